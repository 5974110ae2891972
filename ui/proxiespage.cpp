#include "proxiespage.h"

#include "models/istio/syncz.h"
#include "models/proxy/proxydetailcontroller.h"
#include "models/proxy/proxyrowfilter.h"
#include "models/proxy/proxystatuscontroller.h"
#include "ui_proxiespage.h"
#include "views/common/emptystatewidget.h"
#include "views/proxy/proxydetailtabs.h"
#include "views/proxy/proxystyle.h"
#include "views/proxy/tonedelegate.h"

#include <QHeaderView>
#include <QTimer>

namespace meshscope {
namespace {

proxystyle::Tone toneOfState(int state)
{
    switch (state) {
    case int(XdsSyncState::Synced):
        return proxystyle::Tone::Good;
    case int(XdsSyncState::Stale):
    case int(XdsSyncState::Error):
        return proxystyle::Tone::Bad;
    default:
        return proxystyle::Tone::Neutral;
    }
}

bool isProblem(int state)
{
    return state == int(XdsSyncState::Stale) || state == int(XdsSyncState::Error);
}

} // namespace

ProxiesPage::ProxiesPage(ProxyStatusController* status, ProxyDetailController* detail, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProxiesPage>())
    , m_status(status)
    , m_detail(detail)
    , m_filter(new ProxyRowFilter(this))
    , m_tabs(new ProxyDetailTabs(detail, this))
    , m_empty(new EmptyStateWidget(this))
{
    m_ui->setupUi(this);
    m_ui->detailLayout->addWidget(m_tabs, 1);
    m_ui->stack->insertWidget(0, m_empty);
    m_empty->setIcon(QStringLiteral(":/icons/page-proxies.svg"));
    m_empty->setTitle(tr("Proxies"));
    m_empty->setDescription(tr("Every sidecar's and gateway's xDS sync and its Envoy configuration."));

    m_filter->setSourceModel(status->model());
    m_filter->setSortRole(ProxyStatusModel::SortRole);
    m_filter->setProblemTest([](int row, const QAbstractItemModel* model) {
        return isProblem(model->index(row, ProxyStatusModel::SyncColumn).data(ProxyStatusModel::StateRole).toInt());
    });
    QTableView* table = m_ui->proxyTable;
    table->setModel(m_filter);
    table->setSortingEnabled(true);
    table->sortByColumn(ProxyStatusModel::SyncColumn, Qt::AscendingOrder); // STALE and failing first
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->resizeSection(ProxyStatusModel::ProxyColumn, 300);
    for (int column = ProxyStatusModel::CdsColumn; column <= ProxyStatusModel::EcdsColumn; ++column)
        table->horizontalHeader()->resizeSection(column, 104);
    table->horizontalHeader()->resizeSection(ProxyStatusModel::SyncColumn, 110);
    table->horizontalHeader()->resizeSection(ProxyStatusModel::IstiodColumn, 220);
    const auto stateTone = [](const QModelIndex& index) {
        const int state = index.data(ProxyStatusModel::StateRole).toInt();
        return index.data(ProxyStatusModel::StateRole).isValid() ? toneOfState(state) : proxystyle::Tone::Neutral;
    };
    auto* pills = new ToneDelegate(stateTone, true, this);
    table->setItemDelegateForColumn(ProxyStatusModel::SyncColumn, pills);
    for (int column = ProxyStatusModel::CdsColumn; column <= ProxyStatusModel::EcdsColumn; ++column)
        table->setItemDelegateForColumn(column, pills);
    // A STALE proxy's name in the error colour too: obvious at a glance, also when the state columns scroll away.
    table->setItemDelegateForColumn(ProxyStatusModel::ProxyColumn,
        new ToneDelegate(
            [](const QModelIndex& index) {
                const int state
                    = index.siblingAtColumn(ProxyStatusModel::SyncColumn).data(ProxyStatusModel::StateRole).toInt();
                return isProblem(state) ? proxystyle::Tone::Bad : proxystyle::Tone::Neutral;
            },
            false, this));

    m_ui->refreshInterval->addItem(tr("Off"), 0);
    m_ui->refreshInterval->addItem(tr("5 s"), 5);
    m_ui->refreshInterval->addItem(tr("10 s"), 10);
    m_ui->refreshInterval->addItem(tr("30 s"), 30);
    m_ui->refreshInterval->addItem(tr("1 min"), 60);
    m_ui->refreshInterval->setCurrentIndex(2);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->statusBanner->hide();

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_ui->proxyFilter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        m_filter->setText(m_ui->proxyFilter->text());
        showStatus(); // "n of m proxies"
    });
    connect(m_ui->onlyProblems, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setOnlyProblems(only);
        showStatus();
    });
    connect(m_ui->refreshInterval, &QComboBox::currentIndexChanged, this, &ProxiesPage::applyInterval);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, [this] {
        m_status->refresh();
        m_detail->refresh();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProxiesPage::proxyChosen);
    connect(status, &ProxyStatusController::statusChanged, this, &ProxiesPage::showStatus);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(status->model(), signal, this, &ProxiesPage::showStatus);
    connect(status->model(), &QAbstractItemModel::dataChanged, this, &ProxiesPage::showStatus);
    connect(detail, &ProxyDetailController::snapshotChanged, this, &ProxiesPage::showDetailHeader);
    connect(detail, &ProxyDetailController::loadingChanged, this, &ProxiesPage::showDetailHeader);
    connect(m_tabs, &ProxyDetailTabs::openResourceRequested, this, &ProxiesPage::openResourceRequested);
    applyInterval();
    setConnected(false);
    showStatus();
    showDetailHeader();
}

ProxiesPage::~ProxiesPage() = default;

void ProxiesPage::setConnected(bool connected, const QString& reason)
{
    m_empty->setReason(reason.isEmpty() ? tr("Connect to a cluster with Istio to see its proxies.") : reason);
    m_ui->stack->setCurrentIndex(connected ? 1 : 0);
}

void ProxiesPage::applyInterval()
{
    const int seconds = m_ui->refreshInterval->currentData().toInt();
    m_status->setIntervalSeconds(seconds);
    // A big config dump is heavier than syncz: at most every 10 s.
    m_detail->setIntervalSeconds(seconds == 0 ? 0 : std::max(seconds, 10));
}

QString ProxiesPage::bannerText() const
{
    return m_ui->statusBanner->isVisible() ? m_ui->statusBanner->text() : QString();
}

void ProxiesPage::showStatus()
{
    const ProxyStatusModel* model = m_status->model();
    m_ui->countLabel->setText(tr("%1 of %n proxies", nullptr, model->rowCount()).arg(m_filter->rowCount()));
    const QPalette palette = m_ui->statusBanner->palette();
    QStringList lines;
    if (!m_status->error().isEmpty()) {
        const QString since = m_status->hasData()
            ? tr("Showing the proxies as of %1; the last refresh failed: %2")
                  .arg(QLocale().toString(m_status->lastSuccess().time(), QLocale::ShortFormat), m_status->error())
            : tr("Could not read the proxies' sync status: %1").arg(m_status->error());
        lines << QStringLiteral("<span style='color:%1'>%2 %3</span>")
                     .arg(proxystyle::colour(proxystyle::Tone::Warning, palette).name(),
                         proxystyle::glyph(proxystyle::Tone::Warning), since.toHtmlEscaped());
    }
    const int stale = model->staleCount();
    if (stale > 0) {
        QStringList names;
        for (int row = 0; row < model->rowCount() && names.size() < 3; ++row) {
            if (isProblem(int(overallSyncState(model->proxyAt(row)))))
                names << model->proxyAt(row).proxy;
        }
        lines << QStringLiteral("<span style='color:%1'><b>%2 %3</b></span> %4")
                     .arg(proxystyle::colour(proxystyle::Tone::Bad, palette).name(),
                         proxystyle::glyph(proxystyle::Tone::Bad),
                         tr("%n proxy(ies) STALE or failing:", nullptr, stale),
                         QString(names.join(QStringLiteral(", "))
                             + (stale > names.size() ? QStringLiteral(", …") : QString()))
                             .toHtmlEscaped());
    }
    m_ui->statusBanner->setText(lines.join(QStringLiteral("<br>")));
    m_ui->statusBanner->setVisible(!lines.isEmpty());
    if (!m_pending.isEmpty() && model->rowOf(m_pending) >= 0)
        selectProxy(m_pending);
    else if (m_pending.isEmpty() && m_detail->proxy().pod.isEmpty() && m_filter->rowCount() > 0)
        m_ui->proxyTable->setCurrentIndex(m_filter->index(0, 0)); // the worst first: its details at once
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->proxyAt(row).proxy;
    ids.sort();
    m_tabs->setComparableProxies(ids);
}

void ProxiesPage::proxyChosen(const QModelIndex& current)
{
    const QString proxyId = current.data(ProxyStatusModel::ProxyIdRole).toString();
    if (proxyId.isEmpty() || proxyId == m_detail->proxy().proxyId())
        return;
    m_pending.clear();
    const qsizetype dot = proxyId.lastIndexOf(QLatin1Char('.'));
    m_detail->setProxy({ proxyId.left(dot), proxyId.mid(dot + 1), {} }, m_status->istiodOf(proxyId));
}

void ProxiesPage::selectProxy(const QString& proxyId)
{
    const int row = m_status->model()->rowOf(proxyId);
    if (row >= 0) {
        QModelIndex index = m_filter->mapFromSource(m_status->model()->index(row, 0));
        if (!index.isValid()) { // hidden by a filter: show everything
            m_ui->proxyFilter->clear();
            m_filter->setText({});
            m_ui->onlyProblems->setChecked(false);
            index = m_filter->mapFromSource(m_status->model()->index(row, 0));
        }
        m_pending.clear();
        m_ui->proxyTable->setCurrentIndex(index);
        m_ui->proxyTable->scrollTo(index);
        return;
    }
    // Not listed (yet): show it anyway; select the row once the list has it.
    m_pending = proxyId;
    const qsizetype dot = proxyId.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && proxyId != m_detail->proxy().proxyId())
        m_detail->setProxy({ proxyId.left(dot), proxyId.mid(dot + 1), {} }, m_status->istiodOf(proxyId));
}

QString ProxiesPage::selectedProxy() const
{
    return m_detail->proxy().proxyId();
}

void ProxiesPage::showDetailHeader()
{
    const ProxyPod pod = m_detail->proxy();
    if (pod.pod.isEmpty()) {
        m_ui->detailTitle->setText(tr("Select a proxy to see its Envoy configuration."));
        m_ui->detailStatus->clear();
        return;
    }
    const auto snapshot = m_detail->snapshot();
    QString title = QStringLiteral("<b>%1</b>.%2").arg(pod.pod.toHtmlEscaped(), pod.podNamespace.toHtmlEscaped());
    if (!snapshot->dump.istioVersion.isEmpty())
        title += tr(" — Istio %1, Envoy %2").arg(snapshot->dump.istioVersion, snapshot->dump.envoyVersion);
    m_ui->detailTitle->setText(title);
    if (m_detail->isLoading()) {
        m_ui->detailStatus->setText(tr("Loading…"));
    } else if (!snapshot->errors.isEmpty()) {
        m_ui->detailStatus->setText(snapshot->errors.join(QLatin1Char('\n')));
    } else if (snapshot->fetched.isValid()) {
        m_ui->detailStatus->setText(
            tr("Read at %1").arg(QLocale().toString(snapshot->fetched.toLocalTime().time(), QLocale::ShortFormat)));
    }
}

} // namespace meshscope
