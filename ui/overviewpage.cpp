#include "overviewpage.h"

#include "ui_overviewpage.h"
#include "views/overview/healthstyle.h"
#include "views/overview/namespacedelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>

namespace meshscope {

using health::NamespaceFilterProxy;
using health::Status;

OverviewPage::OverviewPage(health::NamespaceModel* model, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewPage>())
    , m_model(model)
    , m_proxy(new NamespaceFilterProxy(this))
{
    m_ui->setupUi(this);
    m_ui->bannerLabel->hide();
    m_ui->countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_proxy->setSourceModel(model);
    m_proxy->sort(0, Qt::AscendingOrder);

    QListView* cards = m_ui->cardsView;
    cards->setModel(m_proxy);
    cards->setItemDelegate(new NamespaceDelegate(NamespaceDelegate::Mode::Card, cards));
    cards->setGridSize(NamespaceDelegate::cardSize());
    cards->setSpacing(0);
    cards->setMouseTracking(true);
    cards->viewport()->setAttribute(Qt::WA_Hover);
    cards->setSelectionMode(QAbstractItemView::SingleSelection);
    QTableView* rows = m_ui->rowsView;
    rows->setModel(m_proxy);
    rows->setItemDelegate(new NamespaceDelegate(NamespaceDelegate::Mode::Row, rows));
    rows->verticalHeader()->setDefaultSectionSize(32);
    rows->horizontalHeader()->setSectionsClickable(false);

    m_ui->emptyState->setIcon(QStringLiteral(":/icons/page-overview.svg"));
    m_ui->emptyState->setTitle(tr("Overview"));

    connect(m_ui->nameFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setNameFilter(text);
        updateState();
    });
    connect(m_ui->problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyProblems(on);
        updateState();
    });
    connect(m_ui->sortCombo, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_proxy->setSortKey(NamespaceFilterProxy::SortKey(index)); });
    connect(m_ui->cardsButton, &QToolButton::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("overview/cards"), on);
        updateState();
    });
    connect(m_ui->meshButton, &QToolButton::clicked, this, &OverviewPage::meshRequested);
    for (QAbstractItemView* view : { static_cast<QAbstractItemView*>(cards), static_cast<QAbstractItemView*>(rows) }) {
        connect(view, &QAbstractItemView::clicked, this,
            [this, view](const QModelIndex& index) { showMenu(index, QCursor::pos()); });
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& position) {
            showMenu(view->indexAt(position), view->viewport()->mapToGlobal(position));
        });
    }
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &OverviewPage::updateState);
    setShowCards(QSettings().value(QStringLiteral("overview/cards"), true).toBool());
    updateState();
}

OverviewPage::~OverviewPage() = default;

bool OverviewPage::showsCards() const
{
    return m_ui->cardsButton->isChecked();
}

void OverviewPage::setShowCards(bool cards)
{
    (cards ? m_ui->cardsButton : m_ui->rowsButton)->setChecked(true);
    updateState();
}

void OverviewPage::setControlPlane(const health::ControlPlaneSummary& summary)
{
    const QPalette& p = palette();
    const auto colored = [](const QColor& color, const QString& text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped());
    };
    QStringList istiods;
    for (const health::IstiodRevision& r : summary.istiods) {
        istiods.append(colored(healthstyle::color(r.status, p),
            tr("%1 %2 (%3/%4 ready)").arg(r.revision, r.version).arg(r.readyPods).arg(r.pods)));
    }
    m_ui->istiodLabel->setText(istiods.isEmpty() ? tr("<b>istiod</b>: none found")
                                                 : tr("<b>istiod</b>: %1").arg(istiods.join(QStringLiteral(", "))));
    if (!summary.syncKnown) {
        m_ui->proxiesLabel->setText(tr("<b>Proxies</b>: %1 (sync status unknown)").arg(summary.proxies));
    } else {
        const QString stale = summary.proxiesStale > 0
            ? colored(healthstyle::color(Status::Degraded, p), tr("%1 stale").arg(summary.proxiesStale))
            : tr("0 stale");
        m_ui->proxiesLabel->setText(tr("<b>Proxies</b>: %1 in sync, %2").arg(summary.proxiesSynced).arg(stale));
    }
    m_ui->mtlsLabel->setText(tr("<b>mTLS</b>: %1").arg(summary.meshMtls.mode));
    m_ui->mtlsLabel->setToolTip(summary.meshMtls.source);
}

QString OverviewPage::controlPlaneText() const
{
    QStringList parts;
    for (const QLabel* label : { m_ui->istiodLabel, m_ui->proxiesLabel, m_ui->mtlsLabel }) {
        QString text = label->text();
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        parts.append(text);
    }
    return parts.join(QStringLiteral(" | "));
}

void OverviewPage::setWaiting(const QString& reason)
{
    m_waitingReason = reason;
    m_loaded = false;
    updateState();
}

void OverviewPage::setLoaded()
{
    m_loaded = true;
    updateState();
}

void OverviewPage::setBanner(const QString& text, bool error)
{
    m_ui->bannerLabel->setText(text);
    m_ui->bannerLabel->setVisible(!text.isEmpty());
    const QColor tint = healthstyle::color(error ? Status::Failure : Status::Degraded, palette());
    m_ui->bannerLabel->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid %1; border-radius: 3px; }").arg(tint.name()));
}

void OverviewPage::showMenu(const QModelIndex& proxyIndex, const QPoint& globalPosition)
{
    if (!proxyIndex.isValid())
        return;
    const QString ns = proxyIndex.data(health::NamespaceModel::NameRole).toString();
    QMenu menu(this);
    menu.setTitle(ns);
    const std::pair<const char*, QString> targets[] = { { "graph", tr("Graph of %1").arg(ns) },
        { "applications", tr("Applications") }, { "workloads", tr("Workloads") }, { "services", tr("Services") },
        { "istio-config", tr("Istio config") } };
    for (const auto& [page, text] : targets) {
        const QString pageId = QLatin1String(page);
        menu.addAction(text, this, [this, ns, pageId] { emit openRequested(ns, pageId); });
    }
    menu.exec(globalPosition);
}

void OverviewPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_ui->countLabel->setText(
        shown == total ? tr("%n namespace(s)", nullptr, total) : tr("%1 of %2 namespaces").arg(shown).arg(total));
    if (!m_loaded || total == 0) {
        m_ui->emptyState->setReason(!m_loaded ? (m_waitingReason.isEmpty() ? tr("Loading…") : m_waitingReason)
                                              : tr("The cluster has no namespaces you may see."));
        m_ui->stack->setCurrentWidget(m_ui->emptyState);
        return;
    }
    if (showsCards()) {
        m_ui->stack->setCurrentWidget(m_ui->cardsView);
    } else {
        m_ui->stack->setCurrentWidget(m_ui->rowsView);
        m_ui->rowsView->resizeColumnsToContents();
    }
}

} // namespace meshscope
