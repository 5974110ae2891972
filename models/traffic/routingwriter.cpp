#include "routingwriter.h"

#include "models/kube/kubeapi.h"
#include "models/kube/kubediscovery.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <memory>

namespace meshscope::traffic {
namespace {

struct RoutingWriterText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::RoutingWriter)
};

QString resourceVersionOf(const QJsonObject& object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
}

QString stepLine(const RoutingWriter::Step& step, bool dryRun)
{
    const QString title = step.write.title();
    if (step.result.ok()) {
        switch (step.write.action) {
        case PlannedWrite::Action::Create:
            return dryRun ? RoutingWriterText::tr("%1: the server would create it.").arg(title)
                          : RoutingWriterText::tr("%1: created.").arg(title);
        case PlannedWrite::Action::Update:
            return dryRun
                ? RoutingWriterText::tr("%1: the server would accept the change.").arg(title)
                : RoutingWriterText::tr("%1: changed (resourceVersion %2 → %3).")
                      .arg(title, resourceVersionOf(step.write.before), resourceVersionOf(step.result.object));
        case PlannedWrite::Action::Delete:
            return dryRun ? RoutingWriterText::tr("%1: the server would delete it.").arg(title)
                          : RoutingWriterText::tr("%1: deleted.").arg(title);
        }
    }
    if (step.result.outcome == KubeWriteResult::Outcome::Conflict)
        return RoutingWriterText::tr("%1: changed by someone else since it was read (%2); nothing was written to it.")
            .arg(title, step.result.message);
    return RoutingWriterText::tr("%1: %2").arg(title, step.result.message);
}

} // namespace

bool RoutingWriter::Outcome::ok() const
{
    return firstFailure() == nullptr;
}

const RoutingWriter::Step* RoutingWriter::Outcome::firstFailure() const
{
    for (const Step& step : steps) {
        if (!step.result.ok())
            return &step;
    }
    return nullptr;
}

bool RoutingWriter::Outcome::conflict() const
{
    const Step* failure = firstFailure();
    return failure && failure->result.outcome == KubeWriteResult::Outcome::Conflict;
}

QString RoutingWriter::Outcome::summary() const
{
    QStringList lines;
    for (const Step& step : steps)
        lines << stepLine(step, dryRun);
    return lines.join(QLatin1Char('\n'));
}

QString RoutingWriter::Permissions::message() const
{
    if (!error.isEmpty())
        return RoutingWriterText::tr("Could not ask the API server for permissions: %1").arg(error);
    if (denied.isEmpty())
        return {};
    return RoutingWriterText::tr("You may not make this change: %1.").arg(denied.join(QLatin1String("; ")));
}

QString RoutingWriter::verbOf(PlannedWrite::Action action)
{
    switch (action) {
    case PlannedWrite::Action::Create:
        return QStringLiteral("create");
    case PlannedWrite::Action::Update:
        return QStringLiteral("update");
    case PlannedWrite::Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

RoutingWriter::RoutingWriter(KubeApi* api, KubeDiscovery* discovery, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_discovery(discovery)
    , m_writer(new KubeWriter(api, this))
{ }

void RoutingWriter::dryRun(const RoutingPlan& plan, QObject* context, Done done)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->dryRun = true;
    run(plan.writes, 0, true, outcome, context, std::move(done));
}

void RoutingWriter::apply(const RoutingPlan& plan, QObject* context, Done done)
{
    run(plan.writes, 0, false, std::make_shared<Outcome>(), context, std::move(done));
}

void RoutingWriter::run(const QList<PlannedWrite>& writes, int index, bool dryRun, std::shared_ptr<Outcome> outcome,
    QObject* context, Done done)
{
    const QPointer<QObject> guard(context);
    if (!guard)
        return;
    const bool stop = !dryRun && !outcome->ok();
    if (index >= writes.size() || stop) {
        done(*outcome);
        return;
    }
    const PlannedWrite& write = writes.at(index);
    auto next = [=, this](const KubeWriteResult& result) {
        outcome->steps.append(Step { writes.at(index), result });
        run(writes, index + 1, dryRun, outcome, guard, done);
    };
    const std::optional<KubeResource> resource = m_discovery->resource(write.group, write.plural);
    if (!resource) {
        KubeWriteResult missing;
        missing.outcome = KubeWriteResult::Outcome::NotFound;
        missing.dryRun = dryRun;
        missing.message = RoutingWriterText::tr("The cluster does not serve %1.%2.").arg(write.plural, write.group);
        next(missing);
        return;
    }
    KubeWriteOptions options;
    options.dryRun = dryRun;
    switch (write.action) {
    case PlannedWrite::Action::Create:
        m_writer->create(*resource, write.after, options, this, next);
        break;
    case PlannedWrite::Action::Update:
        m_writer->update(*resource, write.after, options, this, next); // carries before's resourceVersion
        break;
    case PlannedWrite::Action::Delete:
        options.resourceVersion = resourceVersionOf(write.before);
        m_writer->remove(*resource, write.ns(), write.name(), options, this, next);
        break;
    }
}

void RoutingWriter::checkPermissions(
    const RoutingPlan& plan, QObject* context, std::function<void(const Permissions&)> done)
{
    struct State
    {
        Permissions permissions;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    QSet<QString> asked;
    QList<std::tuple<QString, QString, QString, QString>> questions; // verb, group, plural, namespace
    for (const PlannedWrite& write : plan.writes) {
        const QString verb = verbOf(write.action);
        const QString key
            = verb + QLatin1Char('/') + write.group + QLatin1Char('/') + write.plural + QLatin1Char('/') + write.ns();
        if (!asked.contains(key)) {
            asked.insert(key);
            questions.append({ verb, write.group, write.plural, write.ns() });
        }
    }
    if (questions.isEmpty()) {
        done(state->permissions);
        return;
    }
    state->pending = int(questions.size());
    auto* review = new KubeAccessReview(m_api, this);
    const QPointer<QObject> guard(context);
    for (const auto& [verb, group, plural, ns] : std::as_const(questions)) {
        review->check(verb, group, plural, ns, this,
            [=, verb = verb, plural = plural, ns = ns](const KubeAccessReview::Answer& answer) {
                if (!answer.error.isEmpty() && state->permissions.error.isEmpty())
                    state->permissions.error = answer.error;
                else if (answer.error.isEmpty() && !answer.allowed)
                    state->permissions.denied << (answer.reason.isEmpty()
                            ? RoutingWriterText::tr("%1 %2 in %3").arg(verb, plural, ns)
                            : RoutingWriterText::tr("%1 %2 in %3 (%4)").arg(verb, plural, ns, answer.reason));
                if (--state->pending == 0) {
                    review->deleteLater();
                    if (guard)
                        done(state->permissions);
                }
            });
    }
}

} // namespace meshscope::traffic
