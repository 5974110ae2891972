#pragma once

#include "changehistory.h"
#include "routingloader.h"
#include "routingreview.h"
#include "routingwriter.h"

#include <QObject>
#include <functional>

namespace meshscope {

class KubeApi;
class KubeDiscovery;

namespace traffic {

// One change to a service's routing, the way every write goes (the dialogs and `meshscope traffic` alike):
// prepare (read the live objects, plan, diff, owners, permissions) → dry run → apply (conditional on what was
// prepared) → record in the history. A conflict on apply means something changed since prepare: prepare again
// with the same request to show the new state.
class TrafficChange : public QObject
{
    Q_OBJECT
public:
    TrafficChange(KubeApi* api, KubeDiscovery* discovery, ChangeHistory* history, QObject* parent = nullptr);

    using Planner = std::function<RoutingPlan(const ServiceRouting&)>;

    struct Prepared
    {
        QString ns;
        QString service;
        QString wizard; // recorded with the change ("undo" for undo)
        QString undoes; // for an undo: the change it undoes
        RoutingLoader::Result loaded;
        RoutingPlan plan;
        PlanReview review;
        RoutingWriter::Permissions permissions;
        QString error; // reading failed; nothing else is valid

        bool canWrite(bool overrideOwners) const; // a plan with writes, allowed, and not blocked (or overridden)
        // Why canWrite is false, in the user's words (empty when it is true).
        QString refusal(bool overrideOwners) const;
    };
    using PreparedDone = std::function<void(const Prepared&)>;

    void prepare(const QString& ns, const QString& service, const QString& wizard, Planner planner, QObject* context,
        PreparedDone done);
    // Undo a recorded change: reads each of its objects as it is now and plans putting them back.
    void prepareUndo(const ChangeRecord& record, QObject* context, PreparedDone done);

    void dryRun(const Prepared& prepared, QObject* context, RoutingWriter::Done done);

    struct Applied
    {
        RoutingWriter::Outcome outcome;
        ChangeRecord record; // what was written (also when only part of the plan was)
        QString historyError; // the change was made but could not be saved in the history
        // For a conflict: how the object changed since it was read (YAML diff, read → live).
        QString conflictDiff;
    };
    using AppliedDone = std::function<void(const Applied&)>;
    // Writes the prepared plan; refuses (without writing) when prepared.canWrite(overrideOwners) is false.
    void apply(const Prepared& prepared, bool overrideOwners, QObject* context, AppliedDone done);

    ChangeHistory* history() const { return m_history; }
    QString server() const; // the cluster's URL, as the history keys changes
    QString contextName() const;

private:
    void review(Prepared prepared, QObject* context, PreparedDone done);

    KubeApi* m_api;
    KubeDiscovery* m_discovery;
    ChangeHistory* m_history;
    RoutingLoader* m_loader;
    RoutingWriter* m_writer;
};

} // namespace traffic
} // namespace meshscope
