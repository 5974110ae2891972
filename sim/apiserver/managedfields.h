// Field ownership: metadata.managedFields (FieldsV1) for Update operations and server-side apply with
// fieldManager, force and conflicts. Lists are owned atomically (as lists without merge keys are).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace meshscope::sim {

struct FieldConflict
{
    QString manager;
    QString apiVersion;
    QString field; // ".spec.http"
};

struct ApplyOutcome
{
    QJsonObject object; // valid when conflicts is empty
    QList<FieldConflict> conflicts;
};

// After a create/update/patch: manager now owns every field it changed (taken from others).
QJsonObject recordUpdate(
    QJsonObject updated, const std::optional<QJsonObject>& previous, const QString& manager, const QString& apiVersion);

// Server-side apply of config by manager onto live (nullopt: the object does not exist yet).
ApplyOutcome serverSideApply(const std::optional<QJsonObject>& live, const QJsonObject& config, const QString& manager,
    bool force, const QString& apiVersion);

} // namespace meshscope::sim
