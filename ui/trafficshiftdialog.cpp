#include "trafficshiftdialog.h"

#include "ui_trafficshiftdialog.h"
#include "views/traffic/diffview.h"
#include "views/traffic/weightrowswidget.h"

#include <QPushButton>
#include <cmath>

namespace meshscope {

using namespace traffic;

TrafficShiftDialog::TrafficShiftDialog(const Setup& setup, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrafficShiftDialog>())
    , m_setup(setup)
    , m_loader(new RoutingLoader(setup.api, setup.discovery, this))
    , m_change(new TrafficChange(setup.api, setup.discovery, setup.history, this))
    , m_live(new LiveSplit(setup.prometheus, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("trafficShiftDialog"));
    setWindowTitle(tr("Traffic — %1").arg(setup.service));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(tr("%1 in %2").arg(setup.service, setup.ns));
    m_ui->ownerBanner->setVisible(false);
    m_ui->ownerBanner->setStyleSheet(
        QStringLiteral("#ownerBanner { background: palette(alternate-base); border: 1px solid #d4a72c; }"));
    m_ui->splitter->setStretchFactor(0, 2); // the diff under review gets the room
    m_ui->splitter->setStretchFactor(1, 3);

    m_rows = new WeightRowsWidget(m_ui->weightsHost);
    m_rows->setObjectName(QStringLiteral("weightRows"));
    m_ui->weightsHostLayout->addWidget(m_rows);
    m_diff = new DiffView(m_ui->diffHost);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_ui->diffHostLayout->addWidget(m_diff);
    m_diff->setDiff({}, tr("Set the weights (or another wizard's options), then Review shows what will be written."));

    connect(m_rows, &WeightRowsWidget::weightRequested, this, &TrafficShiftDialog::setWeight);
    connect(m_rows, &WeightRowsWidget::lockToggled, this, &TrafficShiftDialog::setLocked);
    connect(m_rows, &WeightRowsWidget::allToRequested, this, &TrafficShiftDialog::allTo);
    connect(m_ui->evenlyButton, &QPushButton::clicked, this, &TrafficShiftDialog::evenly);
    connect(m_ui->mirrorCombo, &QComboBox::currentIndexChanged, this, &TrafficShiftDialog::mirrorChanged);
    connect(m_ui->mirrorPercent, &QSpinBox::valueChanged, this, &TrafficShiftDialog::mirrorChanged);
    connect(m_ui->tcpCheck, &QCheckBox::toggled, this, &TrafficShiftDialog::inputChanged);
    connect(m_ui->wizardTabs, &QTabWidget::currentChanged, this, &TrafficShiftDialog::inputChanged);
    connect(m_ui->overrideCheck, &QCheckBox::toggled, this, &TrafficShiftDialog::updateButtons);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &TrafficShiftDialog::review);
    connect(m_ui->dryRunButton, &QPushButton::clicked, this, &TrafficShiftDialog::dryRun);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &TrafficShiftDialog::apply);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &TrafficShiftDialog::reviewUndo);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TrafficShiftDialog::reviewRemoval);
    connect(m_ui->copyPatchButton, &QPushButton::clicked, this, &TrafficShiftDialog::copyPatch);
    connect(m_ui->savePatchButton, &QPushButton::clicked, this, &TrafficShiftDialog::savePatch);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    setUpWizardTabs();

    connect(m_live, &LiveSplit::updated, this, &TrafficShiftDialog::renderLive);
    m_live->setIntervalSeconds(5);
    renderHistory();
    checkInitialPermissions();
    reload();
}

TrafficShiftDialog::~TrafficShiftDialog() = default;

QString TrafficShiftDialog::statusText() const
{
    return m_ui->statusLabel->text();
}
QString TrafficShiftDialog::diffText() const
{
    return m_diff->toPlainText();
}
QString TrafficShiftDialog::serverAnswerText() const
{
    return m_ui->serverAnswer->toPlainText();
}

void TrafficShiftDialog::setStatus(const QString& text, bool problem)
{
    m_statusIsProblem = problem;
    m_ui->statusLabel->setText(text);
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(
        QPalette::WindowText, problem ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(palette);
}

void TrafficShiftDialog::reload()
{
    setStage(Stage::Loading);
    setStatus(tr("Reading the routing of %1…").arg(m_setup.service));
    const JobTracker::Ticket ticket = m_jobs.start(QStringLiteral("load"));
    m_loader->load(
        m_setup.ns, m_setup.service, this, m_jobs.guard(ticket, [this, ticket](const RoutingLoader::Result& result) {
            m_jobs.finish(ticket);
            loaded(result);
        }));
}

void TrafficShiftDialog::loaded(const RoutingLoader::Result& result)
{
    m_loaded = result;
    if (!result.error.isEmpty()) {
        setStage(Stage::Editing);
        setStatus(result.error, true);
        m_rows->setRows({});
        return;
    }
    m_inventory = inventoryOf(result.routing);
    const RouteProtocol protocol = m_ui->tcpCheck->isChecked() ? RouteProtocol::Tcp : RouteProtocol::Http;
    const CurrentSplit current = currentSplit(result.routing, protocol);
    if (m_keepSplit) {
        m_split = *m_keepSplit; // a retry after a conflict: the user's weights, not the live ones
        m_keepSplit.reset();
    } else {
        m_split = WeightSplit::fromWeights(current.weights);
        if (m_split.sum() != 100 && m_split.count() > 0)
            m_split.distributeEvenly();
        const int mirrorRow = m_split.indexOf(current.mirrorVersion);
        if (mirrorRow >= 0 && m_split.weight(mirrorRow) == 0)
            m_split.setMirror(mirrorRow, int(std::lround(current.mirrorPercent)));
    }
    switch (current.source) {
    case CurrentSplit::Source::None:
        m_ui->sourceLabel->setText(tr("No routing yet: every pod of the service gets its share. Applying creates a "
                                      "VirtualService and a DestinationRule labelled %1.")
                                       .arg(QLatin1String(wizardLabel)));
        break;
    case CurrentSplit::Source::VirtualService:
        m_ui->sourceLabel->setText(
            tr("Routed by VirtualService %1: only the weights of its default route change; every other "
               "route, match, timeout, retry and field stays.")
                .arg(current.objectName));
        break;
    case CurrentSplit::Source::HttpRoute:
        m_ui->sourceLabel->setText(
            tr("Routed by HTTPRoute %1 (Gateway API): the backendRefs weights of its default rule "
               "change.")
                .arg(current.objectName));
        break;
    }
    QStringList notes = m_inventory.notes;
    if (!current.problem.isEmpty())
        notes.prepend(current.problem);
    m_ui->notesLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->notesLabel->setVisible(!notes.isEmpty());

    {
        const QSignalBlocker block(m_ui->mirrorCombo);
        m_ui->mirrorCombo->clear();
        m_ui->mirrorCombo->addItem(tr("nobody"), QString());
        for (const VersionInfo& info : m_inventory.versions)
            m_ui->mirrorCombo->addItem(info.name, info.name);
        m_ui->mirrorCombo->setCurrentIndex(std::max(0, m_ui->mirrorCombo->findData(m_split.mirrorVersion())));
        if (m_split.mirrorRow() >= 0)
            m_ui->mirrorPercent->setValue(m_split.mirrorPercent());
    }
    refreshVersionChoices();
    renderRows();
    const QString app = result.routing.service.value(QLatin1String("spec"))
                            .toObject()
                            .value(QLatin1String("selector"))
                            .toObject()
                            .value(QLatin1String("app"))
                            .toString(m_setup.service);
    if (m_live->query().app != app)
        m_live->setQuery(LiveSplit::Query { m_setup.ns, app, 30 });
    setStage(Stage::Editing);
    if (!m_deniedReason.isEmpty())
        setStatus(m_deniedReason, true);
    else
        setStatus(m_setup.prometheus
                ? tr("Move the weights, then Review.")
                : tr("Move the weights, then Review. (No Prometheus: the share now is not shown.)"));
}

void TrafficShiftDialog::renderRows()
{
    QList<WeightRowView> views;
    for (int row = 0; row < m_split.count(); ++row) {
        const WeightSplit::Row& split = m_split.rows().at(row);
        WeightRowView view;
        view.version = split.version;
        if (const VersionInfo* info = m_inventory.find(split.version)) {
            view.pods = info->pods;
            view.readyPods = info->readyPods;
            view.workloads = info->workloads.join(QLatin1String(", "));
            if (info->pods == 0)
                view.problem = tr("No pods: traffic sent to %1 would fail.").arg(split.version);
        }
        view.weight = split.weight;
        view.minimum = m_split.minimum(row);
        view.maximum = m_split.maximum(row);
        view.locked = split.locked;
        view.mirrored = row == m_split.mirrorRow();
        if (m_live->hasData() && !m_live->versions().isEmpty()) { // no requests at all: nothing to compare
            const VersionTraffic live = m_live->version(split.version);
            view.liveShare = live.share;
            view.liveErrorPercent = live.errorPercent;
            view.liveP95Ms = live.p95Ms;
        }
        views << view;
    }
    m_rows->setRows(views);
    const QString problem = m_split.problem();
    m_ui->sumLabel->setText(problem.isEmpty() ? tr("Total: %1 %").arg(m_split.sum()) : problem);
    m_ui->sumLabel->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
}

void TrafficShiftDialog::renderLive()
{
    renderRows();
    if (!m_live->error().isEmpty())
        m_ui->sumLabel->setToolTip(tr("Live share unavailable: %1").arg(m_live->error()));
    else
        m_ui->sumLabel->setToolTip(tr("Share now: the last %1 s of requests, from Prometheus, refreshed every %2 s.")
                                       .arg(m_live->query().windowSeconds)
                                       .arg(m_live->intervalSeconds()));
}

void TrafficShiftDialog::setWeight(int row, int weight)
{
    if (m_split.weight(row) == weight && m_split.sum() == 100)
        return;
    m_split.setWeight(row, weight);
    renderRows();
    inputChanged();
}

void TrafficShiftDialog::setLocked(int row, bool locked)
{
    m_split.setLocked(row, locked);
    renderRows();
}

void TrafficShiftDialog::allTo(int row)
{
    m_split.allTo(row);
    const QSignalBlocker block(m_ui->mirrorCombo);
    m_ui->mirrorCombo->setCurrentIndex(std::max(0, m_ui->mirrorCombo->findData(m_split.mirrorVersion())));
    renderRows();
    inputChanged();
}

void TrafficShiftDialog::evenly()
{
    m_split.distributeEvenly();
    renderRows();
    inputChanged();
}

void TrafficShiftDialog::mirrorChanged()
{
    const int row = m_split.indexOf(m_ui->mirrorCombo->currentData().toString());
    if (row != m_split.mirrorRow())
        m_split.setMirror(row, m_ui->mirrorPercent->value());
    else
        m_split.setMirrorPercent(m_ui->mirrorPercent->value());
    m_ui->mirrorPercent->setEnabled(row >= 0);
    renderRows();
    inputChanged();
}

void TrafficShiftDialog::inputChanged()
{
    if (m_stage == Stage::Loading)
        return;
    if (m_prepared) {
        m_jobs.cancel(QStringLiteral("prepare"));
        m_prepared.reset();
        m_diff->setDiff({}, tr("Changed since the last review: Review again to see the diff."));
        m_ui->serverAnswer->clear();
        m_ui->ownerBanner->setVisible(false);
    }
    if (m_stage != Stage::Applying)
        setStage(Stage::Editing);
}

void TrafficShiftDialog::setStage(Stage stage)
{
    m_stage = stage;
    updateButtons();
}

void TrafficShiftDialog::updateButtons()
{
    const bool busy = m_stage == Stage::Loading || m_stage == Stage::Reviewing || m_stage == Stage::DryRunning
        || m_stage == Stage::Applying;
    const bool denied = !m_deniedReason.isEmpty();
    const bool canWrite = m_prepared && m_prepared->canWrite(m_ui->overrideCheck->isChecked());
    m_rows->setEditable(!busy);
    m_ui->reviewButton->setEnabled(!busy && !denied && m_loaded.error.isEmpty());
    m_ui->dryRunButton->setEnabled(
        !busy && !denied && m_stage == Stage::Reviewed && m_prepared && m_prepared->plan.ok());
    m_ui->applyButton->setEnabled(!busy && !denied && m_stage == Stage::DryRunDone && canWrite);
    m_ui->removeButton->setEnabled(!busy && !denied);
    m_ui->undoButton->setEnabled(!busy && !denied && m_setup.history
        && m_setup.history->lastUndoable(m_change->server(), m_setup.ns, m_setup.service).has_value());
    const bool hasPatch = m_prepared && !m_prepared->review.patch().isEmpty();
    m_ui->copyPatchButton->setEnabled(hasPatch);
    m_ui->savePatchButton->setEnabled(hasPatch);
    for (QPushButton* button :
        { m_ui->reviewButton, m_ui->dryRunButton, m_ui->applyButton, m_ui->removeButton, m_ui->undoButton })
        button->setToolTip(denied ? m_deniedReason : QString());
    if (!denied && m_prepared && !canWrite && m_stage == Stage::DryRunDone)
        m_ui->applyButton->setToolTip(m_prepared->refusal(m_ui->overrideCheck->isChecked()));
}

void TrafficShiftDialog::checkInitialPermissions()
{
    // The writes a traffic wizard may make here; a user who may do none of them gets every action disabled, with
    // the API server's reason.
    RoutingPlan probe;
    for (const auto& [group, plural] : { std::pair { "networking.istio.io", "virtualservices" },
             std::pair { "networking.istio.io", "destinationrules" } }) {
        for (const PlannedWrite::Action action : { PlannedWrite::Action::Create, PlannedWrite::Action::Update }) {
            PlannedWrite write;
            write.action = action;
            write.group = QLatin1String(group);
            write.plural = QLatin1String(plural);
            write.after = QJsonObject { { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("namespace"), m_setup.ns } } } };
            probe.writes << write;
        }
    }
    RoutingWriter* writer = new RoutingWriter(m_setup.api, m_setup.discovery, this);
    writer->checkPermissions(probe, this, [this, writer](const RoutingWriter::Permissions& permissions) {
        writer->deleteLater();
        if (permissions.denied.size() == 4) {
            m_deniedReason = permissions.message();
            setStatus(m_deniedReason, true);
        }
        updateButtons();
    });
}

} // namespace meshscope
