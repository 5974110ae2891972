#pragma once

#include "routingplan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace meshscope::traffic {

// One change Meshscope applied to a cluster: when, where, and every object before and after, so that it can be
// undone exactly.
struct ChangeRecord
{
    struct Object
    {
        QString group;
        QString plural;
        QJsonObject before; // as it was read before the change; empty: the change created it
        QJsonObject after; // as the server returned it after the change; empty: the change deleted it
        QString title() const; // "VirtualService bookinfo/reviews"
    };

    QString id;
    QDateTime time; // UTC
    QString context; // the kubeconfig context
    QString server; // the cluster's API server URL: undo only where the change was made
    QString ns;
    QString service;
    QString wizard; // traffic-shifting, request-routing, …, or undo
    QString summary; // what changed, in the user's words
    QList<Object> objects; // in the order they were written
    QString undoes; // the id of the change this one undid
    QString undoneBy; // the id of the change that undid this one

    QJsonObject toJson() const;
    static ChangeRecord fromJson(const QJsonObject& json);
};

// The changes applied from this machine, newest last, kept in a JSON file (written atomically) so that they survive
// a restart. Never holds credentials: only the objects written, which Meshscope may read anyway.
class ChangeHistory
{
public:
    explicit ChangeHistory(const QString& path = defaultPath());

    static QString defaultPath(); // <AppDataLocation>/traffic-history.json

    // Reads the file; a missing file is an empty history. Returns an error text (the history is then empty).
    QString load();
    const QList<ChangeRecord>& records() const { return m_records; }
    std::optional<ChangeRecord> find(const QString& id) const;
    // The newest change of this service (or of any, when service is empty) on that cluster that is not undone
    // and is not itself an undo.
    std::optional<ChangeRecord> lastUndoable(
        const QString& server, const QString& ns = {}, const QString& service = {}) const;

    // Adds a record (a new id when it has none) and saves. Returns an error text; the record is kept in memory
    // either way.
    QString append(ChangeRecord& record);
    QString markUndone(const QString& id, const QString& undoneBy);

    static constexpr int maxRecords = 500; // the oldest are dropped beyond this

private:
    QString save() const;

    QString m_path;
    QList<ChangeRecord> m_records;
};

// The plan that puts the objects of a change back as they were: objects it changed get their previous content
// (labels, annotations, spec — byte for byte), objects it created are deleted, objects it deleted are created
// again. live: each object as it is now (an empty object when it is gone), in the record's order. Every write is
// conditional on the live object's resourceVersion; an object that was changed again after the change is noted,
// since undoing reverts that too (the review shows it).
RoutingPlan planUndo(const ChangeRecord& record, const QList<QJsonObject>& live);

// A record of the objects a plan wrote, from the objects the server returned.
ChangeRecord recordOf(const QList<PlannedWrite>& writes, const QList<QJsonObject>& written);

} // namespace meshscope::traffic
