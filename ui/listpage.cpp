#include "listpage.h"

#include "ui_listpage.h"
#include "views/overview/entitydelegate.h"
#include "views/overview/healthstyle.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QMenu>
#include <QTimer>

namespace meshscope {

using health::EntityListModel;
using health::Kind;
using health::Status;

namespace {

QString kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::App:
        return ListPage::tr("applications");
    case Kind::Workload:
        return ListPage::tr("workloads");
    case Kind::Service:
        break;
    }
    return ListPage::tr("services");
}

int meshColumn(Kind kind)
{
    const QStringList headers = EntityListModel::headers(kind);
    return int(headers.indexOf(EntityListModel::tr("Mesh")));
}

} // namespace

ListPage::ListPage(health::EntityListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ListPage>())
    , m_model(model)
    , m_proxy(new health::EntityFilterProxy(this))
    , m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->bannerLabel->hide();
    m_ui->refreshButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_proxy->setSourceModel(model);
    QTableView* table = m_ui->table;
    table->setModel(m_proxy);
    table->setItemDelegate(
        new EntityDelegate(model->healthColumn(), model->configColumn(), meshColumn(model->kind()), table));
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Worst first: that is what a list of health is for.
    table->sortByColumn(model->healthColumn(), Qt::DescendingOrder);
    m_ui->emptyState->setIcon(QStringLiteral(":/icons/page-%1.svg")
                                  .arg(model->kind() == Kind::App           ? QStringLiteral("applications")
                                          : model->kind() == Kind::Workload ? QStringLiteral("workloads")
                                                                            : QStringLiteral("services")));
    m_ui->emptyState->setTitle(kindTitle(model->kind()).left(1).toUpper() + kindTitle(model->kind()).mid(1));
    setupFilters();

    connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = sourceIndexAt(index);
        emit detailsRequested(
            source.data(EntityListModel::NamespaceRole).toString(), source.data(EntityListModel::NameRole).toString());
    });
    connect(table, &QWidget::customContextMenuRequested, this, &ListPage::showContextMenu);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &ListPage::refreshRequested);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &ListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPage::updateState);
    updateState();
}

ListPage::~ListPage() = default;

QTableView* ListPage::table() const
{
    return m_ui->table;
}

void ListPage::setupFilters()
{
    // Typing re-filters thousands of rows: wait for a pause.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_ui->nameFilter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->labelFilter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_proxy->setNameFilter(m_ui->nameFilter->text());
        const QString error = m_proxy->setLabelFilter(m_ui->labelFilter->text());
        m_ui->labelFilter->setToolTip(error.isEmpty() ? tr("Labels that must match, separated by commas: key=value, "
                                                           "key!=value, or key (the label is set)")
                                                      : error);
        QPalette palette = m_ui->labelFilter->palette();
        palette.setColor(QPalette::Text,
            error.isEmpty() ? QPalette().color(QPalette::Text) : healthstyle::color(Status::Failure, palette));
        m_ui->labelFilter->setPalette(palette);
        updateState();
    });

    auto* healthMenu = new QMenu(this);
    const std::pair<Status, QString> statuses[] = { { Status::Failure, health::statusText(Status::Failure) },
        { Status::Degraded, health::statusText(Status::Degraded) },
        { Status::NotReady, health::statusText(Status::NotReady) },
        { Status::Healthy, health::statusText(Status::Healthy) }, { Status::NA, health::statusText(Status::NA) } };
    for (const auto& [status, text] : statuses) {
        QAction* action = healthMenu->addAction(healthstyle::icon(status, palette()), text);
        action->setCheckable(true);
        action->setData(int(status));
    }
    connect(healthMenu, &QMenu::triggered, this, [this, healthMenu] {
        QList<Status> chosen;
        for (QAction* action : healthMenu->actions()) {
            if (action->isChecked())
                chosen.append(Status(action->data().toInt()));
        }
        m_proxy->setHealthFilter(chosen);
        m_ui->healthButton->setText(chosen.isEmpty() ? tr("Health") : tr("Health (%1)").arg(chosen.size()));
        updateState();
    });
    m_ui->healthButton->setMenu(healthMenu);

    auto* configMenu = new QMenu(this);
    const std::pair<const char*, QString> kinds[] = { { "VS", tr("VirtualService") }, { "DR", tr("DestinationRule") },
        { "GW", tr("Gateway") }, { "AP", tr("AuthorizationPolicy") }, { "PA", tr("PeerAuthentication") },
        { "RA", tr("RequestAuthentication") }, { "SC", tr("Sidecar") }, { "none", tr("No Istio config") } };
    for (const auto& [kind, text] : kinds) {
        QAction* action = configMenu->addAction(text);
        action->setCheckable(true);
        action->setData(QString::fromLatin1(kind));
    }
    connect(configMenu, &QMenu::triggered, this, [this, configMenu] {
        QStringList chosen;
        for (QAction* action : configMenu->actions()) {
            if (action->isChecked())
                chosen.append(action->data().toString());
        }
        m_proxy->setConfigKindFilter(chosen);
        m_ui->configButton->setText(chosen.isEmpty() ? tr("Istio config") : tr("Istio config (%1)").arg(chosen.size()));
        updateState();
    });
    m_ui->configButton->setMenu(configMenu);

    connect(m_ui->problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyProblems(on);
        updateState();
    });
}

void ListPage::setNamespace(const QString& ns)
{
    m_proxy->setNamespaceFilter(ns);
    updateState();
}

void ListPage::setWaiting(const QString& reason)
{
    m_waitingReason = reason;
    m_loaded = false;
    updateState();
}

void ListPage::setLoaded()
{
    m_loaded = true;
    m_waitingReason.clear();
    updateState();
}

void ListPage::setBanner(const QString& text, bool error)
{
    m_ui->bannerLabel->setText(text);
    m_ui->bannerLabel->setVisible(!text.isEmpty());
    const QColor tint = healthstyle::color(error ? Status::Failure : Status::Degraded, palette());
    m_ui->bannerLabel->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid %1; border-radius: 3px; }").arg(tint.name()));
}

QString ListPage::bannerText() const
{
    return m_ui->bannerLabel->isVisible() ? m_ui->bannerLabel->text() : QString();
}

bool ListPage::isShowingEmptyState() const
{
    return m_ui->stack->currentWidget() == m_ui->emptyState;
}

QModelIndex ListPage::sourceIndexAt(const QModelIndex& viewIndex) const
{
    return m_proxy->mapToSource(viewIndex);
}

void ListPage::showContextMenu(const QPoint& position)
{
    const QModelIndex source = sourceIndexAt(m_ui->table->indexAt(position));
    if (!source.isValid())
        return;
    const QString ns = source.data(EntityListModel::NamespaceRole).toString();
    const QString name = source.data(EntityListModel::NameRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Details"), this, [this, ns, name] { emit detailsRequested(ns, name); });
    menu.addAction(tr("Show in graph"), this, [this, ns, name] { emit graphRequested(ns, name); });
    if (m_shiftTraffic) {
        menu.addSeparator();
        menu.addAction(tr("Shift traffic…"), this, [this, ns, name] { emit shiftTrafficRequested(ns, name); });
    }
    menu.exec(m_ui->table->viewport()->mapToGlobal(position));
}

void ListPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown > 0 && !m_columnsSized) {
        m_columnsSized = true;
        QTimer::singleShot(0, m_ui->table, [table = m_ui->table] {
            table->resizeColumnsToContents();
            for (int column = 0; column + 1 < table->model()->columnCount(); ++column)
                table->setColumnWidth(column, std::min(table->columnWidth(column) + 16, 240));
        });
    }
    m_ui->countLabel->setText(shown == total ? tr("%n item(s)", nullptr, total) : tr("%1 of %2").arg(shown).arg(total));
    if (!m_loaded) {
        m_ui->emptyState->setReason(m_waitingReason.isEmpty() ? tr("Loading…") : m_waitingReason);
        m_ui->stack->setCurrentWidget(m_ui->emptyState);
        return;
    }
    if (total == 0) {
        m_ui->emptyState->setReason(tr("There are no %1 in the chosen namespaces.").arg(kindTitle(m_model->kind())));
        m_ui->stack->setCurrentWidget(m_ui->emptyState);
        return;
    }
    m_ui->stack->setCurrentWidget(m_ui->table);
}

} // namespace meshscope
