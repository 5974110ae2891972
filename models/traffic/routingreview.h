#pragma once

#include "ownership.h"
#include "routingplan.h"

namespace meshscope::traffic {

// What the user sees before a write: per object the YAML diff (live → new), and who else manages it.
struct WriteReview
{
    PlannedWrite write;
    QString diff; // unified diff of the YAML, "--- <title> (live)" / "+++ <title> (new)"
    Ownership ownership; // of the live object; empty for objects the plan creates
};

struct PlanReview
{
    QList<WriteReview> writes;

    // An object of the plan is managed by someone who would revert the change: writing needs an explicit
    // override.
    bool blockedByOwners() const;
    // Who manages what, for a banner or an error (empty when nobody does).
    QString ownersMessage() const;
    QStringList owners() const; // every reverting owner, once
    // The patch to change the objects in Git instead: the diffs of every write, one after another.
    QString patch() const;
};

// The YAML an object is shown as: what the user wrote, without the server's bookkeeping (managedFields, status,
// uid, resourceVersion, generation, creationTimestamp).
QString reviewYaml(const QJsonObject& object);
QString writeDiff(const PlannedWrite& write, int context = 3);
PlanReview reviewPlan(const RoutingPlan& plan, const OwnershipContext& owners);

} // namespace meshscope::traffic
