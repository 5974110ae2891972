#include "trafficchange.h"

#include "models/config/textdiff.h"
#include "models/kube/kubeapi.h"
#include "models/kube/kubediscovery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <memory>

namespace meshscope::traffic {
namespace {

struct TrafficChangeText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::TrafficChange)
};

QString summaryOf(const RoutingPlan& plan)
{
    QStringList lines;
    for (const PlannedWrite& write : plan.writes)
        lines << write.title() + QLatin1String(": ") + write.changes.join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool TrafficChange::Prepared::canWrite(bool overrideOwners) const
{
    return refusal(overrideOwners).isEmpty();
}

QString TrafficChange::Prepared::refusal(bool overrideOwners) const
{
    if (!error.isEmpty())
        return error;
    if (!plan.ok())
        return plan.message;
    if (plan.writes.isEmpty())
        return TrafficChangeText::tr("There is nothing to write.");
    if (!permissions.allowed())
        return permissions.message();
    if (review.blockedByOwners() && !overrideOwners)
        return review.ownersMessage();
    return {};
}

TrafficChange::TrafficChange(KubeApi* api, KubeDiscovery* discovery, ChangeHistory* history, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_discovery(discovery)
    , m_history(history)
    , m_loader(new RoutingLoader(api, discovery, this))
    , m_writer(new RoutingWriter(api, discovery, this))
{ }

QString TrafficChange::server() const
{
    return m_api->config().cluster.server.toString();
}
QString TrafficChange::contextName() const
{
    return m_api->config().context;
}

void TrafficChange::prepare(const QString& ns, const QString& service, const QString& wizard, Planner planner,
    QObject* context, PreparedDone done)
{
    const QPointer<QObject> guard(context);
    m_loader->load(ns, service, this, [=, this](const RoutingLoader::Result& loaded) {
        if (!guard)
            return;
        Prepared prepared;
        prepared.ns = ns;
        prepared.service = service;
        prepared.wizard = wizard;
        prepared.loaded = loaded;
        if (!loaded.error.isEmpty()) {
            prepared.error = loaded.error;
            done(prepared);
            return;
        }
        prepared.plan = planner(loaded.routing);
        review(prepared, guard, done);
    });
}

void TrafficChange::prepareUndo(const ChangeRecord& record, QObject* context, PreparedDone done)
{
    const QPointer<QObject> guard(context);
    auto prepared = std::make_shared<Prepared>();
    prepared->ns = record.ns;
    prepared->service = record.service;
    prepared->wizard = QStringLiteral("undo");
    prepared->undoes = record.id;
    if (record.server != server()) {
        prepared->error
            = TrafficChangeText::tr("That change was made on another cluster (%1); connect to it to undo it.")
                  .arg(record.server);
        done(*prepared);
        return;
    }
    auto live = std::make_shared<QList<QJsonObject>>(record.objects.size());
    auto pending = std::make_shared<int>(int(record.objects.size()) + 2);
    const auto finishOne = [=, this] {
        if (--*pending > 0 || !guard)
            return;
        if (prepared->error.isEmpty())
            prepared->plan = planUndo(record, *live);
        if (!prepared->error.isEmpty()) {
            done(*prepared);
            return;
        }
        review(*prepared, guard, done);
    };
    for (qsizetype index = 0; index < record.objects.size(); ++index) {
        const ChangeRecord::Object& object = record.objects.at(index);
        const QJsonObject identity = object.after.isEmpty() ? object.before : object.after;
        const QJsonObject metadata = identity.value(QLatin1String("metadata")).toObject();
        const std::optional<KubeResource> resource = m_discovery->resource(object.group, object.plural);
        if (!resource) {
            prepared->error
                = TrafficChangeText::tr("The cluster does not serve %1.%2 any more.").arg(object.plural, object.group);
            finishOne();
            continue;
        }
        KubeRequest request;
        request.path = resource->path(
            metadata.value(QLatin1String("namespace")).toString(), metadata.value(QLatin1String("name")).toString());
        m_api->send(request, this, [=](const HttpResponse& response) {
            if (response.ok())
                (*live)[index] = QJsonDocument::fromJson(response.body).object();
            else if (response.status != 404 && prepared->error.isEmpty())
                prepared->error = TrafficChangeText::tr("Could not read %1: %2")
                                      .arg(object.title(), KubeApi::errorMessage(response));
            finishOne();
        });
    }
    m_loader->list(QStringLiteral("argoproj.io"), QStringLiteral("rollouts"), record.ns, {}, this,
        [=](const QList<QJsonObject>& items, const QString&) {
            prepared->loaded.owners.rollouts = items;
            finishOne();
        });
    m_loader->list(QStringLiteral("flagger.app"), QStringLiteral("canaries"), record.ns, {}, this,
        [=](const QList<QJsonObject>& items, const QString&) {
            prepared->loaded.owners.canaries = items;
            finishOne();
        });
}

void TrafficChange::review(Prepared prepared, QObject* context, PreparedDone done)
{
    prepared.review = reviewPlan(prepared.plan, prepared.loaded.owners);
    if (prepared.plan.writes.isEmpty()) {
        done(prepared);
        return;
    }
    const QPointer<QObject> guard(context);
    m_writer->checkPermissions(prepared.plan, this, [=](const RoutingWriter::Permissions& permissions) {
        if (!guard)
            return;
        Prepared reviewed = prepared;
        reviewed.permissions = permissions;
        done(reviewed);
    });
}

void TrafficChange::dryRun(const Prepared& prepared, QObject* context, RoutingWriter::Done done)
{
    m_writer->dryRun(prepared.plan, context, std::move(done));
}

void TrafficChange::apply(const Prepared& prepared, bool overrideOwners, QObject* context, AppliedDone done)
{
    if (!prepared.canWrite(overrideOwners)) {
        Applied refused;
        KubeWriteResult result;
        result.outcome = KubeWriteResult::Outcome::Forbidden;
        result.message = prepared.refusal(overrideOwners);
        refused.outcome.steps.append(RoutingWriter::Step { prepared.plan.writes.value(0), result });
        done(refused);
        return;
    }
    const QPointer<QObject> guard(context);
    m_writer->apply(prepared.plan, this, [=, this](const RoutingWriter::Outcome& outcome) {
        if (!guard)
            return;
        Applied applied;
        applied.outcome = outcome;
        QList<PlannedWrite> writes;
        QList<QJsonObject> written;
        for (const RoutingWriter::Step& step : outcome.steps) {
            if (!step.result.ok())
                break;
            writes << step.write;
            written << step.result.object;
        }
        if (const RoutingWriter::Step* failure = outcome.firstFailure();
            failure && failure->result.outcome == KubeWriteResult::Outcome::Conflict)
            applied.conflictDiff
                = textdiff::unifiedDiff(reviewYaml(failure->write.before), reviewYaml(failure->result.liveObject),
                    failure->write.title() + TrafficChangeText::tr(" (as reviewed)"),
                    failure->write.title() + TrafficChangeText::tr(" (live now)"));
        if (!writes.isEmpty()) {
            ChangeRecord record = recordOf(writes, written);
            record.context = contextName();
            record.server = server();
            record.ns = prepared.ns;
            record.service = prepared.service;
            record.wizard = prepared.wizard;
            record.undoes = prepared.undoes;
            RoutingPlan writtenPlan;
            writtenPlan.writes = writes;
            record.summary = summaryOf(writtenPlan);
            if (m_history) {
                applied.historyError = m_history->append(record);
                if (!prepared.undoes.isEmpty() && outcome.ok()) {
                    const QString error = m_history->markUndone(prepared.undoes, record.id);
                    if (applied.historyError.isEmpty())
                        applied.historyError = error;
                }
            }
            applied.record = record;
        }
        done(applied);
    });
}

} // namespace meshscope::traffic
