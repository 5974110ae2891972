// What Meshscope last applied to each object (the configuration it sent, per cluster context), kept under
// AppDataLocation/applied so the editor can show "live vs last applied by Meshscope": which of its fields someone
// else changed since. Written atomically; Secrets are never recorded.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace meshscope::config {

class AppliedRecords
{
public:
    explicit AppliedRecords(const QString& dir = {}); // empty: AppDataLocation + "/applied"

    // key: the object's identity, e.g. "<context>/<group>/<Kind>/<namespace>/<name>".
    bool record(const QString& key, const QJsonObject& applied) const;
    std::optional<QJsonObject> lastApplied(const QString& key) const;

    static QString keyFor(
        const QString& context, const QString& group, const QString& kind, const QString& ns, const QString& name);

private:
    QString pathFor(const QString& key) const;
    QString m_dir;
};

} // namespace meshscope::config
