#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshscope::traffic {

// One object a wizard writes, with the live object it is based on: the diff shows before → after, the write is
// conditional on before's resourceVersion, and undo writes before back.
struct PlannedWrite
{
    enum class Action
    {
        Create,
        Update,
        Delete,
    };
    Action action = Action::Update;
    QString group; // networking.istio.io, gateway.networking.k8s.io
    QString plural; // virtualservices, destinationrules, httproutes
    QJsonObject before; // the live object (Update, Delete); empty for Create
    QJsonObject after; // what is written (Create, Update); empty for Delete
    QStringList changes; // what changes, in the user's words

    QString kind() const;
    QString name() const;
    QString ns() const;
    QString title() const; // "VirtualService bookinfo/reviews"
};

// What a wizard will do, or why it will not.
struct RoutingPlan
{
    enum class Status
    {
        Ok, // writes holds the changes
        NothingToDo, // the routing already is what was asked for
        BadRequest, // the request itself is wrong: unknown version, weights not adding up to 100
        Refused, // the routing cannot be changed safely this way; message says why and what to do instead
    };
    Status status = Status::Ok;
    QString message; // for BadRequest and Refused
    QList<PlannedWrite> writes; // in the order to write them (subsets before the routes using them)
    QStringList notes; // worth knowing, never blocking: versions without pods, objects left alone

    bool ok() const { return status == Status::Ok; }
    static RoutingPlan badRequest(const QString& message);
    static RoutingPlan refused(const QString& message);
};

// Drops what the server owns and a diff should not show: managedFields, status, and (with volatile) uid,
// resourceVersion, generation and creationTimestamp.
QJsonObject withoutServerFields(const QJsonObject& object, bool dropVolatile = true);

} // namespace meshscope::traffic
