#include "changehistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace meshscope::traffic {
namespace {

struct ChangeHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::ChangeHistory)
};

QJsonObject metadataOf(const QJsonObject& object)
{
    return object.value(QLatin1String("metadata")).toObject();
}
QString resourceVersionOf(const QJsonObject& object)
{
    return metadataOf(object).value(QLatin1String("resourceVersion")).toString();
}

QString titleOf(const QJsonObject& object)
{
    const QJsonObject metadata = metadataOf(object);
    return object.value(QLatin1String("kind")).toString() + QLatin1Char(' ')
        + metadata.value(QLatin1String("namespace")).toString() + QLatin1Char('/')
        + metadata.value(QLatin1String("name")).toString();
}

// What a user wrote into an object: everything but what the server keeps for itself.
bool sameContent(const QJsonObject& a, const QJsonObject& b)
{
    const QJsonObject ma = metadataOf(a);
    const QJsonObject mb = metadataOf(b);
    return a.value(QLatin1String("spec")) == b.value(QLatin1String("spec"))
        && ma.value(QLatin1String("labels")) == mb.value(QLatin1String("labels"))
        && ma.value(QLatin1String("annotations")) == mb.value(QLatin1String("annotations"));
}

} // namespace

QString ChangeRecord::Object::title() const
{
    return titleOf(after.isEmpty() ? before : after);
}

QJsonObject ChangeRecord::toJson() const
{
    QJsonArray list;
    for (const Object& object : objects)
        list.append(
            QJsonObject { { QStringLiteral("group"), object.group }, { QStringLiteral("plural"), object.plural },
                { QStringLiteral("before"), object.before }, { QStringLiteral("after"), object.after } });
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs) }, { QStringLiteral("context"), context },
        { QStringLiteral("server"), server }, { QStringLiteral("namespace"), ns },
        { QStringLiteral("service"), service }, { QStringLiteral("wizard"), wizard },
        { QStringLiteral("summary"), summary }, { QStringLiteral("objects"), list },
        { QStringLiteral("undoes"), undoes }, { QStringLiteral("undoneBy"), undoneBy } };
}

ChangeRecord ChangeRecord::fromJson(const QJsonObject& json)
{
    ChangeRecord record;
    record.id = json.value(QLatin1String("id")).toString();
    record.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    record.context = json.value(QLatin1String("context")).toString();
    record.server = json.value(QLatin1String("server")).toString();
    record.ns = json.value(QLatin1String("namespace")).toString();
    record.service = json.value(QLatin1String("service")).toString();
    record.wizard = json.value(QLatin1String("wizard")).toString();
    record.summary = json.value(QLatin1String("summary")).toString();
    record.undoes = json.value(QLatin1String("undoes")).toString();
    record.undoneBy = json.value(QLatin1String("undoneBy")).toString();
    for (const QJsonValue& value : json.value(QLatin1String("objects")).toArray()) {
        const QJsonObject object = value.toObject();
        record.objects.append(
            Object { object.value(QLatin1String("group")).toString(), object.value(QLatin1String("plural")).toString(),
                object.value(QLatin1String("before")).toObject(), object.value(QLatin1String("after")).toObject() });
    }
    return record;
}

ChangeHistory::ChangeHistory(const QString& path)
    : m_path(path)
{ }

QString ChangeHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/traffic-history.json");
}

QString ChangeHistory::load()
{
    m_records.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return ChangeHistoryText::tr("Cannot read the change history %1: %2").arg(m_path, file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return ChangeHistoryText::tr("The change history %1 is damaged (%2); it starts afresh.")
            .arg(m_path, error.errorString());
    for (const QJsonValue& value : document.object().value(QLatin1String("changes")).toArray()) {
        const ChangeRecord record = ChangeRecord::fromJson(value.toObject());
        if (!record.id.isEmpty())
            m_records << record;
    }
    return {};
}

std::optional<ChangeRecord> ChangeHistory::find(const QString& id) const
{
    for (const ChangeRecord& record : m_records) {
        if (record.id == id)
            return record;
    }
    return std::nullopt;
}

std::optional<ChangeRecord> ChangeHistory::lastUndoable(
    const QString& server, const QString& ns, const QString& service) const
{
    for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
        if (it->server != server || !it->undoneBy.isEmpty() || !it->undoes.isEmpty())
            continue;
        if (!service.isEmpty() && (it->ns != ns || it->service != service))
            continue;
        return *it;
    }
    return std::nullopt;
}

QString ChangeHistory::append(ChangeRecord& record)
{
    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!record.time.isValid())
        record.time = QDateTime::currentDateTimeUtc();
    m_records << record;
    while (m_records.size() > maxRecords)
        m_records.removeFirst();
    return save();
}

QString ChangeHistory::markUndone(const QString& id, const QString& undoneBy)
{
    for (ChangeRecord& record : m_records) {
        if (record.id == id)
            record.undoneBy = undoneBy;
    }
    return save();
}

QString ChangeHistory::save() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray changes;
    for (const ChangeRecord& record : m_records)
        changes.append(record.toJson());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return ChangeHistoryText::tr("Cannot save the change history %1: %2").arg(m_path, file.errorString());
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("changes"), changes } }).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return ChangeHistoryText::tr("Cannot save the change history %1: %2").arg(m_path, file.errorString());
    return {};
}

RoutingPlan planUndo(const ChangeRecord& record, const QList<QJsonObject>& live)
{
    RoutingPlan plan;
    // Backwards: routes go before the subsets they use.
    for (qsizetype index = record.objects.size() - 1; index >= 0; --index) {
        const ChangeRecord::Object& object = record.objects.at(index);
        const QJsonObject now = live.value(index);
        PlannedWrite write;
        write.group = object.group;
        write.plural = object.plural;
        const QString title = object.title();
        if (object.before.isEmpty()) {
            if (now.isEmpty()) {
                plan.notes << ChangeHistoryText::tr("%1 is already gone.").arg(title);
                continue;
            }
            write.action = PlannedWrite::Action::Delete;
            write.before = now;
            write.changes << ChangeHistoryText::tr("Deletes it: the change created it.");
        } else if (now.isEmpty()) {
            write.action = PlannedWrite::Action::Create;
            write.after = withoutServerFields(object.before);
            write.changes << ChangeHistoryText::tr("Creates it again as it was before the change.");
        } else {
            if (sameContent(now, object.before)) {
                plan.notes << ChangeHistoryText::tr("%1 is already as it was before the change.").arg(title);
                continue;
            }
            write.action = PlannedWrite::Action::Update;
            write.before = now;
            // The previous content on the live object's identity, so the write is conditional on what is shown.
            QJsonObject restored = withoutServerFields(object.before);
            QJsonObject metadata = metadataOf(restored);
            const QJsonObject liveMetadata = metadataOf(now);
            for (const char* field : { "uid", "resourceVersion", "creationTimestamp", "generation" }) {
                if (liveMetadata.contains(QLatin1String(field)))
                    metadata.insert(QLatin1String(field), liveMetadata.value(QLatin1String(field)));
            }
            restored.insert(QLatin1String("metadata"), metadata);
            write.after = restored;
            write.changes << ChangeHistoryText::tr("Puts back its labels, annotations and spec as they were before "
                                                   "the change.");
        }
        if (!object.after.isEmpty() && !now.isEmpty() && resourceVersionOf(now) != resourceVersionOf(object.after))
            plan.notes << ChangeHistoryText::tr("%1 was changed again after this change (resourceVersion %2 → %3); "
                                                "undoing reverts that too — see the diff.")
                              .arg(title, resourceVersionOf(object.after), resourceVersionOf(now));
        plan.writes << write;
    }
    if (plan.writes.isEmpty()) {
        plan.status = RoutingPlan::Status::NothingToDo;
        plan.message = ChangeHistoryText::tr("Everything is already as it was before the change.");
    }
    return plan;
}

ChangeRecord recordOf(const QList<PlannedWrite>& writes, const QList<QJsonObject>& written)
{
    ChangeRecord record;
    for (qsizetype index = 0; index < writes.size() && index < written.size(); ++index) {
        const PlannedWrite& write = writes.at(index);
        // managedFields and status say nothing about what to restore, and can be large.
        record.objects.append(
            ChangeRecord::Object { write.group, write.plural, withoutServerFields(write.before, false),
                write.action == PlannedWrite::Action::Delete ? QJsonObject()
                                                             : withoutServerFields(written.at(index), false) });
    }
    return record;
}

} // namespace meshscope::traffic
