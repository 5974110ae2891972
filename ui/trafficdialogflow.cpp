// The Shift traffic dialog's way to a write: review, dry run, apply, undo, remove, patch and history.

#include "models/traffic/routeanalysis.h"
#include "models/traffic/routingwizards.h"
#include "trafficshiftdialog.h"
#include "ui_trafficshiftdialog.h"
#include "views/traffic/diffview.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QListWidgetItem>

namespace meshscope {

using namespace traffic;

TrafficChange::Planner TrafficShiftDialog::currentPlanner(QString* wizard, QString* error) const
{
    const QWidget* tab = m_ui->wizardTabs->currentWidget();
    if (tab == m_ui->routingTab) {
        const QList<RoutingRule> ruleList = rules(error);
        *wizard = QStringLiteral("request-routing");
        return [ruleList](const ServiceRouting& routing) { return planRequestRouting(routing, ruleList); };
    }
    if (tab == m_ui->faultTab) {
        const FaultRequest fault = faultRequest();
        *wizard = QStringLiteral("fault-injection");
        return [fault](const ServiceRouting& routing) { return planFaultInjection(routing, fault); };
    }
    if (tab == m_ui->timeoutTab) {
        const TimeoutRequest timeouts = timeoutRequest();
        *wizard = QStringLiteral("request-timeouts");
        return [timeouts](const ServiceRouting& routing) { return planTimeouts(routing, timeouts); };
    }
    ShiftRequest request;
    for (const WeightSplit::Row& row : m_split.rows())
        request.weights.append({ row.version, row.weight });
    request.protocol = m_ui->tcpCheck->isChecked() ? RouteProtocol::Tcp : RouteProtocol::Http;
    request.wizard = request.protocol == RouteProtocol::Tcp ? QStringLiteral("tcp-traffic-shifting")
                                                            : QStringLiteral("traffic-shifting");
    if (m_split.mirrorRow() >= 0) {
        request.mirror.action = MirrorChange::Action::Set;
        request.mirror.version = m_split.mirrorVersion();
        request.mirror.percent = m_split.mirrorPercent();
    } else if (const CurrentSplit current = currentSplit(m_loaded.routing, request.protocol);
               !current.mirrorVersion.isEmpty() && requestedWeight(current.weights, current.mirrorVersion) == 0) {
        request.mirror.action
            = MirrorChange::Action::Remove; // the dialog showed that mirror, and the user took it away
    }
    *wizard = request.wizard;
    *error = m_split.problem();
    return [request](const ServiceRouting& routing) { return planShift(routing, request); };
}

void TrafficShiftDialog::review()
{
    QString wizard;
    QString error;
    TrafficChange::Planner planner = currentPlanner(&wizard, &error);
    if (!error.isEmpty()) {
        setStatus(error, true);
        return;
    }
    prepare(wizard, std::move(planner));
}

void TrafficShiftDialog::reviewRemoval()
{
    m_ui->wizardTabs->setCurrentWidget(m_ui->shiftTab);
    prepare(
        QStringLiteral("remove"), [](const ServiceRouting& routing) { return planRemoveMeshscopeRouting(routing); });
}

void TrafficShiftDialog::prepare(const QString& wizard, TrafficChange::Planner planner)
{
    setStage(Stage::Reviewing);
    setStatus(tr("Reading the live objects and preparing the diff…"));
    const JobTracker::Ticket ticket = m_jobs.start(QStringLiteral("prepare"));
    m_change->prepare(m_setup.ns, m_setup.service, wizard, std::move(planner), this,
        m_jobs.guard(ticket, [this, ticket](const TrafficChange::Prepared& result) {
            m_jobs.finish(ticket);
            prepared(result);
        }));
}

void TrafficShiftDialog::reviewUndo()
{
    const std::optional<ChangeRecord> record = m_setup.history
        ? m_setup.history->lastUndoable(m_change->server(), m_setup.ns, m_setup.service)
        : std::nullopt;
    if (!record)
        return;
    setStage(Stage::Reviewing);
    setStatus(tr("Reading the objects of the change of %1 to put them back…")
                  .arg(QLocale().toString(record->time.toLocalTime(), QLocale::ShortFormat)));
    const JobTracker::Ticket ticket = m_jobs.start(QStringLiteral("prepare"));
    m_change->prepareUndo(*record, this, m_jobs.guard(ticket, [this, ticket](const TrafficChange::Prepared& result) {
        m_jobs.finish(ticket);
        prepared(result);
    }));
}

void TrafficShiftDialog::prepared(const TrafficChange::Prepared& prepared)
{
    m_prepared = prepared;
    m_ui->serverAnswer->clear();
    m_ui->reviewTabs->setCurrentWidget(m_ui->diffTab);
    m_ui->overrideCheck->setChecked(false);
    const bool blocked = prepared.review.blockedByOwners();
    const QString owners = prepared.review.ownersMessage();
    m_ui->ownerBanner->setVisible(!owners.isEmpty());
    m_ui->ownerLabel->setText(owners);
    m_ui->overrideCheck->setVisible(blocked);
    if (!prepared.error.isEmpty()) {
        m_diff->setDiff({}, prepared.error);
        setStage(Stage::Editing);
        setStatus(prepared.error, true);
        return;
    }
    QString text = prepared.review.patch();
    QStringList header;
    for (const PlannedWrite& write : prepared.plan.writes)
        header << QStringLiteral("# ") + write.title() + QStringLiteral(": ") + write.changes.join(QLatin1Char(' '));
    for (const QString& note : prepared.plan.notes)
        header << QStringLiteral("# ") + tr("Note: %1").arg(note);
    if (!header.isEmpty())
        text = header.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + text;
    m_diff->setDiff(text, prepared.plan.message);
    switch (prepared.plan.status) {
    case RoutingPlan::Status::Ok:
        break;
    case RoutingPlan::Status::NothingToDo:
        setStage(Stage::Editing);
        setStatus(prepared.plan.message);
        return;
    case RoutingPlan::Status::BadRequest:
    case RoutingPlan::Status::Refused:
        setStage(Stage::Editing);
        setStatus(prepared.plan.message, true);
        return;
    }
    setStage(Stage::Reviewed);
    if (!prepared.permissions.allowed())
        setStatus(prepared.permissions.message(), true);
    else if (blocked)
        setStatus(tr("Managed by %1: a change made here would be reverted. Copy the patch for a change in Git, or tick "
                     "\"Write anyway\" to go on.")
                      .arg(prepared.review.owners().join(QLatin1String(", "))),
            true);
    else
        setStatus(tr("Review the diff, then Dry run asks the API server to validate it without storing it."));
}

void TrafficShiftDialog::dryRun()
{
    if (!m_prepared)
        return;
    setStage(Stage::DryRunning);
    setStatus(tr("Dry run on the API server (dryRun=All)…"));
    const JobTracker::Ticket ticket = m_jobs.start(QStringLiteral("write"));
    m_change->dryRun(*m_prepared, this, m_jobs.guard(ticket, [this, ticket](const RoutingWriter::Outcome& outcome) {
        m_jobs.finish(ticket);
        dryRunDone(outcome);
    }));
}

void TrafficShiftDialog::dryRunDone(const RoutingWriter::Outcome& outcome)
{
    m_ui->serverAnswer->setPlainText(outcome.summary());
    m_ui->reviewTabs->setCurrentWidget(m_ui->answerTab);
    if (!outcome.ok()) {
        setStage(Stage::Reviewed);
        setStatus(tr("The API server refused the change; nothing was written. See its answer."), true);
        return;
    }
    setStage(Stage::DryRunDone);
    if (m_prepared->canWrite(m_ui->overrideCheck->isChecked()))
        setStatus(tr("The API server accepts it. Apply writes it, unless the objects changed since the review."));
    else
        setStatus(m_prepared->refusal(m_ui->overrideCheck->isChecked()), true);
}

void TrafficShiftDialog::apply()
{
    if (!m_prepared)
        return;
    setStage(Stage::Applying);
    setStatus(tr("Writing…"));
    const JobTracker::Ticket ticket = m_jobs.start(QStringLiteral("write"));
    m_change->apply(*m_prepared, m_ui->overrideCheck->isChecked(), this,
        m_jobs.guard(ticket, [this, ticket](const TrafficChange::Applied& applied) {
            m_jobs.finish(ticket);
            appliedDone(applied);
        }));
}

void TrafficShiftDialog::appliedDone(const TrafficChange::Applied& result)
{
    QString answer = result.outcome.summary();
    if (!result.historyError.isEmpty())
        answer += QLatin1Char('\n') + result.historyError;
    m_ui->serverAnswer->setPlainText(answer);
    renderHistory();
    if (result.outcome.conflict()) {
        // Reload the live state, show what changed under us, and keep the user's weights for another try.
        m_keepSplit = m_split;
        m_prepared.reset();
        m_diff->setDiff(result.conflictDiff, tr("The object changed since the review."));
        m_ui->reviewTabs->setCurrentWidget(m_ui->diffTab);
        reload();
        setStatus(tr("Someone changed the routing since your review, so nothing was overwritten. The diff shows what "
                     "changed; your weights are kept — Review again to build on the current state."),
            true);
        return;
    }
    m_prepared.reset();
    if (!result.outcome.ok()) {
        setStage(Stage::Editing);
        setStatus(tr("Not written: %1").arg(result.outcome.firstFailure()->result.message), true);
        if (!result.record.id.isEmpty())
            reload();
        return;
    }
    emit applied(m_setup.ns, m_setup.service);
    reload();
    setStatus(tr("Applied and recorded. The share now follows within a refresh or two; Undo puts it back."));
}

void TrafficShiftDialog::copyPatch()
{
    if (!m_prepared)
        return;
    QGuiApplication::clipboard()->setText(m_prepared->review.patch());
    setStatus(tr("The patch is on the clipboard."));
}

void TrafficShiftDialog::savePatch()
{
    if (!m_prepared)
        return;
    const QString name = QFileDialog::getSaveFileName(this, tr("Save patch"),
        m_setup.service + QStringLiteral(".patch"), tr("Patches (*.patch *.diff);;All files (*)"));
    if (name.isEmpty())
        return;
    QFile file(name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_prepared->review.patch().toUtf8()) < 0) {
        setStatus(tr("Could not save %1: %2").arg(name, file.errorString()), true);
        return;
    }
    setStatus(tr("Saved the patch to %1.").arg(name));
}

void TrafficShiftDialog::renderHistory()
{
    m_ui->historyList->clear();
    if (!m_setup.history)
        return;
    const QList<ChangeRecord>& records = m_setup.history->records();
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        if (it->ns != m_setup.ns || it->service != m_setup.service)
            continue;
        QString state;
        if (!it->undoneBy.isEmpty())
            state = tr(" — undone");
        else if (!it->undoes.isEmpty())
            state = tr(" — an undo");
        auto* item = new QListWidgetItem(tr("%1  %2  %3%4\n%5")
                                             .arg(QLocale().toString(it->time.toLocalTime(), QLocale::ShortFormat),
                                                 it->context, it->wizard, state, it->summary),
            m_ui->historyList);
        item->setData(Qt::UserRole, it->id);
    }
    if (m_ui->historyList->count() == 0)
        m_ui->historyList->addItem(tr("No change of %1 recorded yet.").arg(m_setup.service));
}

} // namespace meshscope
