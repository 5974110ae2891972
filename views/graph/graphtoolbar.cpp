#include "graphtoolbar.h"

#include "views/common/flowlayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace meshscope {

namespace {

// Kiali's durations (1m…1d) and refresh intervals.
const QList<std::pair<int, const char*>> durations { { 60, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Last 1m") },
    { 120, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Last 2m") },
    { 300, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Last 5m") },
    { 600, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Last 10m") },
    { 1800, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Last 30m") },
    { 3600, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Last 1h") },
    { 10800, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Last 3h") },
    { 21600, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Last 6h") },
    { 43200, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Last 12h") },
    { 86400, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Last 1d") } };
const QList<std::pair<int, const char*>> refreshes { { 0, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Pause") },
    { 10, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Every 10s") },
    { 15, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Every 15s") },
    { 30, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Every 30s") },
    { 60, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Every 1m") },
    { 300, QT_TRANSLATE_NOOP("meshscope::GraphToolbar", "Every 5m") } };

} // namespace

GraphToolbar::GraphToolbar(QWidget* parent)
    : QWidget(parent)
    , m_namespaces(new QToolButton(this))
    , m_namespaceMenu(new QMenu(this))
    , m_type(addCombo(QStringLiteral("graphType"), tr("Graph type")))
    , m_duration(addCombo(QStringLiteral("graphDuration"), tr("How far back the rates are computed")))
    , m_refresh(addCombo(QStringLiteral("graphRefresh"), tr("How often the graph is refreshed")))
    , m_edgeLabel(addCombo(QStringLiteral("graphEdgeLabel"), tr("What the edges are labelled with")))
    , m_displayButton(new QToolButton(this))
    , m_layout(addCombo(QStringLiteral("graphLayout"), tr("Graphviz layout engine")))
    , m_export(new QToolButton(this))
    , m_exportMenu(new QMenu(this))
    , m_find(new QLineEdit(this))
    , m_hide(new QLineEdit(this))
    , m_filterError(new QLabel(this))
    , m_firstRow(new QWidget(this))
{
    m_namespaces->setObjectName(QStringLiteral("graphNamespaces"));
    m_namespaces->setPopupMode(QToolButton::InstantPopup);
    m_namespaces->setMenu(m_namespaceMenu);
    m_namespaces->setToolTip(tr("Namespaces in the graph"));
    updateNamespaceButton();

    m_type->addItem(tr("App graph"), int(graph::GraphType::App));
    m_type->addItem(tr("Versioned app graph"), int(graph::GraphType::VersionedApp));
    m_type->addItem(tr("Workload graph"), int(graph::GraphType::Workload));
    m_type->addItem(tr("Service graph"), int(graph::GraphType::Service));
    for (const auto& [seconds, text] : durations)
        m_duration->addItem(tr(text), seconds);
    for (const auto& [seconds, text] : refreshes)
        m_refresh->addItem(tr(text), seconds);

    const QList<std::pair<EdgeLabel, QString>> labels { { EdgeLabel::None, tr("No edge labels") },
        { EdgeLabel::RequestRate, tr("Request rate") }, { EdgeLabel::RequestPercent, tr("Request distribution") },
        { EdgeLabel::ResponseTimeAvg, tr("Response time (average)") },
        { EdgeLabel::ResponseTimeP50, tr("Response time (median)") },
        { EdgeLabel::ResponseTimeP95, tr("Response time (95th percentile)") },
        { EdgeLabel::ResponseTimeP99, tr("Response time (99th percentile)") },
        { EdgeLabel::Throughput, tr("Throughput") }, { EdgeLabel::ErrorPercent, tr("Error %") } };
    for (const auto& [mode, text] : labels)
        m_edgeLabel->addItem(text, int(mode));
    m_displayButton->setObjectName(QStringLiteral("graphDisplay"));
    m_displayButton->setText(tr("Display"));
    m_displayButton->setPopupMode(QToolButton::InstantPopup);
    auto* displayMenu = new QMenu(m_displayButton);
    auto toggle = [&](const QString& name, const QString& text, bool on) {
        QAction* action = displayMenu->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(on);
        return action;
    };
    m_idle = toggle(QStringLiteral("showIdleNodes"), tr("Idle nodes"), false);
    m_serviceNodes = toggle(QStringLiteral("showServiceNodes"), tr("Service nodes"), true);
    m_badges = toggle(QStringLiteral("showBadges"), tr("Badges"), true);
    m_animation = toggle(QStringLiteral("showAnimation"), tr("Traffic animation"), false);
    m_security = toggle(QStringLiteral("showSecurity"), tr("Security (mTLS lock)"), true);
    displayMenu->addSeparator();
    QAction* health = displayMenu->addAction(tr("Health thresholds…"));
    health->setObjectName(QStringLiteral("graphHealthThresholds"));
    health->setToolTip(tr("When nodes and edges count as degraded or failing"));
    connect(health, &QAction::triggered, this, &GraphToolbar::healthThresholdsRequested);
    m_displayButton->setMenu(displayMenu);

    m_layout->addItem(tr("Layout: auto"), QString());
    m_layout->addItem(tr("Layout: dot"), QStringLiteral("dot"));
    m_layout->addItem(tr("Layout: sfdp"), QStringLiteral("sfdp"));

    auto* refreshNow = new QToolButton(this);
    refreshNow->setObjectName(QStringLiteral("graphRefreshNow"));
    refreshNow->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    refreshNow->setText(tr("Refresh"));
    refreshNow->setToolTip(tr("Refresh now"));
    refreshNow->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* fit = new QToolButton(this);
    fit->setObjectName(QStringLiteral("graphFit"));
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Zoom to fit the whole graph"));
    auto* legend = new QToolButton(this);
    legend->setObjectName(QStringLiteral("graphLegendButton"));
    legend->setText(tr("Legend"));
    legend->setCheckable(true);
    m_export->setObjectName(QStringLiteral("graphExport"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(m_exportMenu);
    setExportFormats({ QStringLiteral("PNG"), QStringLiteral("SVG") });

    // The query's controls wrap in a narrow window instead of making the whole window wider, a group at a time
    // (what, when, how it is drawn), so related controls stay side by side. The view's own buttons (fit, legend,
    // export) sit with find and hide, which act on the view too.
    auto* row = new FlowLayout(m_firstRow);
    row->setContentsMargins(0, 0, 0, 0);
    const auto group = [this](std::initializer_list<QWidget*> widgets) {
        auto* box = new QWidget(m_firstRow);
        auto* layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(6);
        for (QWidget* w : widgets)
            layout->addWidget(w);
        return box;
    };
    row->addWidget(group({ m_namespaces, m_type }));
    row->addWidget(group({ m_duration, m_refresh, refreshNow }));
    row->addWidget(group({ m_edgeLabel, m_displayButton, m_layout }));

    m_find->setObjectName(QStringLiteral("graphFind"));
    m_find->setPlaceholderText(tr("Find: e.g. %error > 5, name = reviews, rt > 1000"));
    m_find->setClearButtonEnabled(true);
    m_hide->setObjectName(QStringLiteral("graphHide"));
    m_hide->setPlaceholderText(tr("Hide: e.g. healthy, name = unknown, !traffic"));
    m_hide->setClearButtonEnabled(true);
    m_filterError->setObjectName(QStringLiteral("graphFilterError"));
    m_filterError->setVisible(false);
    QPalette errorPalette = m_filterError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc9, 0x19, 0x0b));
    m_filterError->setPalette(errorPalette);
    auto* second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(m_find, 1);
    second->addWidget(m_hide, 1);
    second->addWidget(m_filterError, 1);
    for (QWidget* w : std::initializer_list<QWidget*> { fit, legend, m_export })
        second->addWidget(w);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_firstRow);
    layout->addLayout(second);

    // A typed expression is applied after a short pause, not at every key.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    for (QLineEdit* edit : { m_find, m_hide }) {
        connect(edit, &QLineEdit::textEdited, debounce, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &GraphToolbar::filtersEdited);
        connect(edit, &QLineEdit::textChanged, this, [this, edit, debounce](const QString& text) {
            if (text.isEmpty() && !debounce->isActive())
                emit filtersEdited(); // the clear button
            Q_UNUSED(edit);
        });
    }
    connect(debounce, &QTimer::timeout, this, &GraphToolbar::filtersEdited);
    connect(m_type, &QComboBox::activated, this,
        [this] { edit([this](auto& q) { q.type = graph::GraphType(m_type->currentData().toInt()); }); });
    connect(m_duration, &QComboBox::activated, this,
        [this] { edit([this](auto& q) { q.durationSeconds = m_duration->currentData().toInt(); }); });
    connect(m_refresh, &QComboBox::activated, this,
        [this] { edit([this](auto& q) { q.refreshSeconds = m_refresh->currentData().toInt(); }); });
    connect(m_edgeLabel, &QComboBox::activated, this,
        [this] { edit([this](auto& q) { q.display.edgeLabel = EdgeLabel(m_edgeLabel->currentData().toInt()); }); });
    connect(m_layout, &QComboBox::activated, this,
        [this] { edit([this](auto& q) { q.layoutEngine = m_layout->currentData().toString(); }); });
    connect(m_serviceNodes, &QAction::triggered, this,
        [this](bool on) { edit([on](auto& q) { q.injectServiceNodes = on; }); });
    const std::pair<QAction*, bool GraphDisplay::*> toggles[]
        = { { m_idle, &GraphDisplay::idleNodes }, { m_badges, &GraphDisplay::badges },
              { m_animation, &GraphDisplay::animation }, { m_security, &GraphDisplay::security } };
    for (const auto& [action, member] : toggles) {
        connect(action, &QAction::triggered, this,
            [this, member = member](bool on) { edit([on, member](auto& q) { q.display.*member = on; }); });
    }
    connect(refreshNow, &QToolButton::clicked, this, &GraphToolbar::refreshRequested);
    connect(fit, &QToolButton::clicked, this, &GraphToolbar::fitRequested);
    connect(legend, &QToolButton::toggled, this, &GraphToolbar::legendToggled);
    showQuery(m_query);
}

void GraphToolbar::edit(const std::function<void(graph::GraphPageQuery&)>& change)
{
    graph::GraphPageQuery edited = m_query;
    change(edited);
    emit queryEdited(edited);
}

void GraphToolbar::showQuery(const graph::GraphPageQuery& query)
{
    m_query = query;
    const auto select = [](QComboBox* box, const QVariant& data) {
        const QSignalBlocker blocker(box);
        const int index = box->findData(data);
        if (index >= 0)
            box->setCurrentIndex(index);
    };
    select(m_type, int(query.type));
    select(m_duration, query.durationSeconds);
    select(m_refresh, query.refreshSeconds);
    select(m_edgeLabel, int(query.display.edgeLabel));
    select(m_layout, query.layoutEngine);
    const std::pair<QAction*, bool> checks[] = { { m_serviceNodes, query.injectServiceNodes },
        { m_idle, query.display.idleNodes }, { m_badges, query.display.badges },
        { m_animation, query.display.animation }, { m_security, query.display.security } };
    for (const auto& [action, on] : checks) {
        const QSignalBlocker blocker(action);
        action->setChecked(on);
    }
    // Namespaces not (yet) listed by the cluster are kept, so a choice survives until the list arrives.
    for (QAction* action : m_namespaceMenu->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(query.namespaces.contains(action->data().toString()));
    }
    for (const QString& name : query.namespaces) {
        const QList<QAction*> actions = m_namespaceMenu->actions();
        if (std::none_of(actions.begin(), actions.end(), [&](QAction* a) { return a->data().toString() == name; }))
            addNamespace(name, true);
    }
    updateNamespaceButton();
}

QComboBox* GraphToolbar::addCombo(const QString& objectName, const QString& toolTip)
{
    auto* box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setToolTip(toolTip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QAction* GraphToolbar::addNamespace(const QString& name, bool checked)
{
    // Keyed by the namespace itself, never by the action's text: styles may add '&' accelerators to that.
    QAction* action = m_namespaceMenu->addAction(name);
    action->setData(name);
    action->setCheckable(true);
    action->setChecked(checked);
    connect(action, &QAction::triggered, this, [this, name](bool on) {
        edit([&](auto& q) {
            if (on && !q.namespaces.contains(name))
                q.namespaces.append(name);
            else if (!on)
                q.namespaces.removeAll(name);
        });
    });
    return action;
}

void GraphToolbar::setAvailableNamespaces(const QStringList& namespaces)
{
    m_namespaceMenu->clear();
    QStringList names = namespaces;
    for (const QString& chosen : std::as_const(m_query.namespaces)) {
        if (!names.contains(chosen))
            names.append(chosen); // kept until the cluster lists it (or the user unticks it)
    }
    for (const QString& name : std::as_const(names))
        addNamespace(name, m_query.namespaces.contains(name));
    updateNamespaceButton();
}

void GraphToolbar::updateNamespaceButton()
{
    const QStringList& names = m_query.namespaces;
    if (names.isEmpty())
        m_namespaces->setText(tr("Select namespaces"));
    else if (names.size() <= 2)
        m_namespaces->setText(names.join(QStringLiteral(", ")));
    else
        m_namespaces->setText(tr("%n namespace(s)", nullptr, int(names.size())));
}

QAction* GraphToolbar::displayAction(const QString& objectName) const
{
    for (QAction* action : m_displayButton->menu()->actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

void GraphToolbar::setFilterErrors(const QString& findError, const QString& hideError)
{
    QStringList errors;
    if (!findError.isEmpty())
        errors << tr("Find: %1").arg(findError);
    if (!hideError.isEmpty())
        errors << tr("Hide: %1").arg(hideError);
    m_filterError->setText(errors.join(QStringLiteral("  ·  ")));
    m_filterError->setVisible(!errors.isEmpty());
    for (auto [edit, error] : { std::pair { m_find, findError }, { m_hide, hideError } }) {
        QPalette p = palette();
        if (!error.isEmpty())
            p.setColor(QPalette::Base,
                p.color(QPalette::Base).lightness() < 128 ? QColor(0x4a, 0x20, 0x20) : QColor(0xfd, 0xe8, 0xe6));
        edit->setPalette(p);
    }
}

void GraphToolbar::setExportFormats(const QStringList& formats)
{
    m_exportMenu->clear();
    for (const QString& format : formats) {
        QAction* action = m_exportMenu->addAction(tr("Export as %1…").arg(format));
        connect(action, &QAction::triggered, this, [this, format] { emit exportRequested(format); });
    }
}

} // namespace meshscope
