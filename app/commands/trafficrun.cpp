#include "trafficrun.h"

#include "models/config/yamlwriter.h"
#include "models/kube/kubeapi.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/kubediscovery.h"
#include "models/kubeconfigcontexts.h"

#include <QCoreApplication>
#include <QTimer>

namespace meshscope {
namespace {

struct TrafficRunText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::TrafficCommand)
};

} // namespace

TrafficRun::TrafficRun(const TrafficArguments& arguments, QObject* parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_out(stdout)
    , m_err(stderr)
    , m_history(std::make_unique<traffic::ChangeHistory>(
          arguments.historyFile.isEmpty() ? traffic::ChangeHistory::defaultPath() : arguments.historyFile))
{ }

TrafficRun::~TrafficRun() = default;

int TrafficRun::exec()
{
    const QString historyError = m_history->load();
    if (!historyError.isEmpty())
        m_err << "meshscope traffic: " << historyError << '\n';
    if (m_arguments.action == QLatin1String("history"))
        return printHistory();

    const Kubeconfig::Result config = Kubeconfig::load(KubeconfigContexts::defaultFiles(m_arguments.kubeconfig),
        m_arguments.context, !m_arguments.kubeconfig.isEmpty());
    if (!config.ok()) {
        m_err << "meshscope traffic: " << config.error << '\n';
        return 1;
    }
    m_api = new KubeApi(*config.selection, this);
    if (!m_api->setupError().isEmpty()) {
        m_err << "meshscope traffic: " << m_api->setupError() << '\n';
        return 1;
    }
    m_discovery = new KubeDiscovery(m_api, this);
    m_change = new traffic::TrafficChange(m_api, m_discovery, m_history.get(), this);
    connect(m_discovery, &KubeDiscovery::finished, this, &TrafficRun::connected);
    m_discovery->run();
    return QCoreApplication::exec() == 0 ? m_exitCode : 1;
}

void TrafficRun::finish(int code, const QString& message)
{
    if (!message.isEmpty())
        m_err << "meshscope traffic: " << message << '\n';
    m_out.flush();
    m_err.flush();
    m_exitCode = code;
    QCoreApplication::exit(0);
}

int TrafficRun::printHistory()
{
    if (m_history->records().isEmpty()) {
        m_out << TrafficRunText::tr("No changes recorded yet.") << '\n';
        return 0;
    }
    for (const traffic::ChangeRecord& record : m_history->records()) {
        QString state;
        if (!record.undoneBy.isEmpty())
            state = TrafficRunText::tr(" (undone by %1)").arg(record.undoneBy);
        else if (!record.undoes.isEmpty())
            state = TrafficRunText::tr(" (undoes %1)").arg(record.undoes);
        m_out << record.id << "  " << record.time.toString(Qt::ISODate) << "  " << record.context << "  " << record.ns
              << '/' << record.service << "  " << record.wizard << state << '\n';
        for (const QString& line : record.summary.split(QLatin1Char('\n')))
            m_out << "    " << line << '\n';
    }
    return 0;
}

traffic::TrafficChange::Planner TrafficRun::planner() const
{
    const TrafficArguments arguments = m_arguments;
    const QString& action = arguments.action;
    if (action == QLatin1String("shift"))
        return [arguments](
                   const traffic::ServiceRouting& routing) { return traffic::planShift(routing, arguments.shift); };
    if (action == QLatin1String("reset"))
        return [](const traffic::ServiceRouting& routing) { return traffic::planRemoveMeshscopeRouting(routing); };
    if (action == QLatin1String("route"))
        return [arguments](const traffic::ServiceRouting& routing) {
            return traffic::planRequestRouting(routing, arguments.rules);
        };
    if (action == QLatin1String("fault"))
        return [arguments](const traffic::ServiceRouting& routing) {
            return traffic::planFaultInjection(routing, arguments.fault);
        };
    return [arguments](
               const traffic::ServiceRouting& routing) { return traffic::planTimeouts(routing, arguments.timeout); };
}

void TrafficRun::connected()
{
    if (!m_discovery->error().isEmpty() && m_discovery->resources().isEmpty()) {
        finish(1, m_discovery->error());
        return;
    }
    const auto onPrepared = [this](const traffic::TrafficChange::Prepared& prepared) { this->prepared(prepared); };
    if (m_arguments.action != QLatin1String("undo")) {
        const QString wizard = m_arguments.action == QLatin1String("shift")
            ? (m_arguments.shift.protocol == traffic::RouteProtocol::Tcp ? QStringLiteral("tcp-traffic-shifting")
                                                                         : QStringLiteral("traffic-shifting"))
            : m_arguments.action;
        m_change->prepare(m_arguments.ns, m_arguments.service, wizard, planner(), this, onPrepared);
        return;
    }
    std::optional<traffic::ChangeRecord> record = m_arguments.undoId.isEmpty()
        ? m_history->lastUndoable(m_change->server(), m_arguments.ns, m_arguments.service)
        : m_history->find(m_arguments.undoId);
    if (!record) {
        finish(1,
            m_arguments.undoId.isEmpty()
                ? TrafficRunText::tr("There is no change to undo on this cluster.")
                : TrafficRunText::tr("There is no change %1 in the history.").arg(m_arguments.undoId));
        return;
    }
    if (!record->undoneBy.isEmpty()) {
        finish(1, TrafficRunText::tr("Change %1 was undone already (by %2).").arg(record->id, record->undoneBy));
        return;
    }
    m_err << TrafficRunText::tr("Undoing change %1 of %2 (%3):")
                 .arg(record->id, record->time.toString(Qt::ISODate), record->context)
          << '\n'
          << record->summary << '\n';
    m_change->prepareUndo(*record, this, onPrepared);
}

void TrafficRun::prepared(const traffic::TrafficChange::Prepared& prepared)
{
    using Status = traffic::RoutingPlan::Status;
    if (!prepared.error.isEmpty()) {
        finish(1, prepared.error);
        return;
    }
    for (const QString& note : prepared.plan.notes)
        m_err << TrafficRunText::tr("note: %1").arg(note) << '\n';
    switch (prepared.plan.status) {
    case Status::BadRequest:
        finish(2, prepared.plan.message);
        return;
    case Status::Refused:
        finish(1, prepared.plan.message);
        return;
    case Status::NothingToDo:
        m_out << prepared.plan.message << '\n';
        finish(0);
        return;
    case Status::Ok:
        break;
    }
    if (m_arguments.output == QLatin1String("yaml")) {
        QList<QJsonObject> documents;
        for (const traffic::PlannedWrite& write : prepared.plan.writes) {
            if (write.action == traffic::PlannedWrite::Action::Delete)
                m_out << TrafficRunText::tr("# deletes %1").arg(write.title()) << '\n';
            else
                documents << traffic::withoutServerFields(write.after, false);
        }
        m_out << config::toYamlDocuments(documents);
    } else {
        m_out << prepared.review.patch();
    }
    m_out.flush();
    for (const traffic::PlannedWrite& write : prepared.plan.writes)
        m_err << write.title() << ": " << write.changes.join(QLatin1Char(' ')) << '\n';
    if (!prepared.permissions.allowed()) {
        finish(1, prepared.permissions.message());
        return;
    }
    if (prepared.review.blockedByOwners()) {
        if (!m_arguments.force && !m_arguments.dryRun) {
            finish(1,
                prepared.review.ownersMessage() + QLatin1Char('\n')
                    + TrafficRunText::tr(
                        "Refused: %1 would revert this change. Change it in Git (the diff above is the "
                        "patch), or run again with --force to write it anyway.")
                          .arg(prepared.review.owners().join(QLatin1String(", "))));
            return;
        }
        m_err << TrafficRunText::tr("warning: %1").arg(prepared.review.ownersMessage()) << '\n';
        if (!m_arguments.dryRun)
            m_err << TrafficRunText::tr("warning: writing anyway (--force).") << '\n';
    }
    m_change->dryRun(prepared, this,
        [this, prepared](const traffic::RoutingWriter::Outcome& outcome) { dryRunDone(prepared, outcome); });
}

void TrafficRun::dryRunDone(
    const traffic::TrafficChange::Prepared& prepared, const traffic::RoutingWriter::Outcome& outcome)
{
    m_err << TrafficRunText::tr("Server-side dry run (dryRun=All):") << '\n' << outcome.summary() << '\n';
    if (!outcome.ok()) {
        finish(1, TrafficRunText::tr("The API server refused the change; nothing was written."));
        return;
    }
    if (m_arguments.dryRun) {
        finish(0);
        return;
    }
    m_change->apply(
        prepared, m_arguments.force, this, [this](const traffic::TrafficChange::Applied& result) { applied(result); });
}

void TrafficRun::applied(const traffic::TrafficChange::Applied& applied)
{
    m_err << applied.outcome.summary() << '\n';
    if (!applied.historyError.isEmpty())
        m_err << "meshscope traffic: " << applied.historyError << '\n';
    if (!applied.record.id.isEmpty() && applied.record.undoes.isEmpty())
        m_err << TrafficRunText::tr("Recorded as change %1; undo it with: meshscope traffic undo --id %1")
                     .arg(applied.record.id)
              << '\n';
    if (applied.outcome.conflict()) {
        m_err << applied.conflictDiff;
        finish(1,
            TrafficRunText::tr("Conflict: the object changed after it was read, so nothing was overwritten. Run the "
                               "command again to review the change against the current state."));
        return;
    }
    if (!applied.outcome.ok()) {
        finish(1,
            applied.record.id.isEmpty() ? TrafficRunText::tr("Nothing was written.")
                                        : TrafficRunText::tr("Only part of the change was written (see above)."));
        return;
    }
    finish(0);
}

} // namespace meshscope
