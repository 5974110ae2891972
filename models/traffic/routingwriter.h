#pragma once

#include "models/kube/kubewriter.h"
#include "routingplan.h"

#include <QObject>
#include <functional>

namespace meshscope {

class KubeApi;
class KubeDiscovery;

namespace traffic {

// Writes a plan, never over a change made meanwhile: an update is a PUT carrying the resourceVersion of the object
// the plan (and its review) was based on, a create fails if the object appeared meanwhile, a delete carries a
// resourceVersion precondition. Any of those comes back as a Conflict with the live object.
class RoutingWriter : public QObject
{
    Q_OBJECT
public:
    RoutingWriter(KubeApi* api, KubeDiscovery* discovery, QObject* parent = nullptr);

    struct Step
    {
        PlannedWrite write;
        KubeWriteResult result;
    };
    struct Outcome
    {
        QList<Step> steps; // apply stops after the first failure; a dry run tries every write
        bool dryRun = false;
        bool ok() const;
        const Step* firstFailure() const;
        bool conflict() const; // the first failure is a conflict: something changed since the review
        QString summary() const; // one line per step, in the user's words
    };
    using Done = std::function<void(const Outcome&)>;

    // Server-side dry run (dryRun=All) of every write: validated and admitted by the API server, not stored.
    void dryRun(const RoutingPlan& plan, QObject* context, Done done);
    // The writes in order, stopping at the first that fails.
    void apply(const RoutingPlan& plan, QObject* context, Done done);

    struct Permissions
    {
        QStringList denied; // "update virtualservices in bookinfo: <reason>"
        QString error; // the review itself failed
        bool allowed() const { return denied.isEmpty() && error.isEmpty(); }
        QString message() const;
    };
    // One SelfSubjectAccessReview per verb, kind and namespace the plan writes.
    void checkPermissions(const RoutingPlan& plan, QObject* context, std::function<void(const Permissions&)> done);

    static QString verbOf(PlannedWrite::Action action); // create, update, delete

private:
    void run(const QList<PlannedWrite>& writes, int index, bool dryRun, std::shared_ptr<Outcome> outcome,
        QObject* context, Done done);

    KubeApi* m_api;
    KubeDiscovery* m_discovery;
    KubeWriter* m_writer;
};

} // namespace traffic
} // namespace meshscope
