#include "sim/apiserver/managedfields.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace meshscope::sim {

namespace {
using Path = QStringList;
using FieldSet = QSet<QString>; // paths joined with '\n'

const QChar separator = QLatin1Char('\n');

// Metadata the server owns, never tracked as a manager's field.
bool isUntracked(const Path& path)
{
    if (path.size() == 1)
        return path.first() == QStringLiteral("apiVersion") || path.first() == QStringLiteral("kind");
    if (path.first() != QStringLiteral("metadata"))
        return false;
    static const QStringList server { QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("uid"),
        QStringLiteral("resourceVersion"), QStringLiteral("generation"), QStringLiteral("creationTimestamp"),
        QStringLiteral("managedFields"), QStringLiteral("selfLink"), QStringLiteral("deletionTimestamp") };
    return path.size() >= 2 && server.contains(path.at(1));
}

void collectLeaves(const QJsonValue& value, Path& path, FieldSet& out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            path.append(it.key());
            if (!isUntracked(path))
                collectLeaves(it.value(), path, out);
            path.removeLast();
        }
        return;
    }
    if (!path.isEmpty())
        out.insert(path.join(separator));
}

FieldSet leavesOf(const QJsonObject& object)
{
    FieldSet leaves;
    Path path;
    collectLeaves(object, path, leaves);
    return leaves;
}

QJsonValue valueAt(const QJsonObject& object, const QString& joined)
{
    QJsonValue value = object;
    for (const QString& key : joined.split(separator))
        value = value.toObject().value(key);
    return value;
}

void removeAt(QJsonObject& object, const QStringList& path, int depth = 0)
{
    if (depth == path.size() - 1) {
        object.remove(path.at(depth));
        return;
    }
    QJsonValue child = object.value(path.at(depth));
    if (!child.isObject())
        return;
    QJsonObject childObject = child.toObject();
    removeAt(childObject, path, depth + 1);
    if (childObject.isEmpty())
        object.remove(path.at(depth));
    else
        object.insert(path.at(depth), childObject);
}

QJsonObject toFieldsV1(const FieldSet& fields)
{
    QJsonObject root;
    for (const QString& joined : fields) {
        const QStringList path = joined.split(separator);
        // Build the nested f: objects from the leaf outwards.
        std::function<void(QJsonObject&, int)> insert = [&](QJsonObject& node, int depth) {
            const QString key = QStringLiteral("f:") + path.at(depth);
            QJsonObject child = node.value(key).toObject();
            if (depth + 1 < path.size())
                insert(child, depth + 1);
            node.insert(key, child);
        };
        insert(root, 0);
    }
    return root;
}

void fromFieldsV1(const QJsonObject& node, Path& path, FieldSet& out)
{
    bool hasChildren = false;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!it.key().startsWith(QStringLiteral("f:")))
            continue; // ".", "k:", "v:", "i:" entries: list items, owned with their list
        hasChildren = true;
        path.append(it.key().mid(2));
        fromFieldsV1(it.value().toObject(), path, out);
        path.removeLast();
    }
    if (!hasChildren && !path.isEmpty())
        out.insert(path.join(separator));
}

struct Entry
{
    QString manager;
    QString operation;
    QString apiVersion;
    QString time;
    FieldSet fields;
};

QList<Entry> entriesOf(const QJsonObject& object)
{
    QList<Entry> entries;
    for (const QJsonValue& value :
        object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("managedFields")).toArray()) {
        const QJsonObject entry = value.toObject();
        Entry parsed { entry.value(QStringLiteral("manager")).toString(),
            entry.value(QStringLiteral("operation")).toString(), entry.value(QStringLiteral("apiVersion")).toString(),
            entry.value(QStringLiteral("time")).toString(), {} };
        Path path;
        fromFieldsV1(entry.value(QStringLiteral("fieldsV1")).toObject(), path, parsed.fields);
        entries.append(parsed);
    }
    return entries;
}

QJsonObject withEntries(QJsonObject object, const QList<Entry>& entries)
{
    QJsonArray array;
    for (const Entry& entry : entries) {
        if (entry.fields.isEmpty())
            continue;
        array.append(QJsonObject { { QStringLiteral("manager"), entry.manager },
            { QStringLiteral("operation"), entry.operation }, { QStringLiteral("apiVersion"), entry.apiVersion },
            { QStringLiteral("time"), entry.time }, { QStringLiteral("fieldsType"), QStringLiteral("FieldsV1") },
            { QStringLiteral("fieldsV1"), toFieldsV1(entry.fields) } });
    }
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("managedFields"), array);
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

// Two paths overlap when one is the other or a prefix of it.
bool overlaps(const QString& a, const QString& b)
{
    return a == b || a.startsWith(b + separator) || b.startsWith(a + separator);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Entry& entryFor(QList<Entry>& entries, const QString& manager, const QString& operation, const QString& apiVersion)
{
    for (Entry& entry : entries) {
        if (entry.manager == manager && entry.operation == operation) {
            entry.apiVersion = apiVersion;
            entry.time = now();
            return entry;
        }
    }
    entries.append({ manager, operation, apiVersion, now(), {} });
    return entries.last();
}

QJsonValue deepMerge(const QJsonValue& live, const QJsonValue& config)
{
    if (!live.isObject() || !config.isObject())
        return config;
    QJsonObject result = live.toObject();
    const QJsonObject configObject = config.toObject();
    for (auto it = configObject.begin(); it != configObject.end(); ++it)
        result.insert(it.key(), deepMerge(result.value(it.key()), it.value()));
    return result;
}
} // namespace

QJsonObject recordUpdate(
    QJsonObject updated, const std::optional<QJsonObject>& previous, const QString& manager, const QString& apiVersion)
{
    QList<Entry> entries = entriesOf(previous ? *previous : updated);
    const FieldSet newLeaves = leavesOf(updated);
    FieldSet changed;
    for (const QString& leaf : newLeaves) {
        if (!previous || valueAt(*previous, leaf) != valueAt(updated, leaf))
            changed.insert(leaf);
    }
    for (Entry& entry : entries) {
        // Fields that are gone or changed by someone else are no longer owned.
        for (auto it = entry.fields.begin(); it != entry.fields.end();) {
            const bool gone = valueAt(updated, *it).isUndefined();
            const bool taken
                = std::any_of(changed.cbegin(), changed.cend(), [&](const QString& c) { return overlaps(c, *it); });
            it = (gone || (taken && entry.manager != manager)) ? entry.fields.erase(it) : std::next(it);
        }
    }
    if (!changed.isEmpty() && !manager.isEmpty())
        entryFor(entries, manager, QStringLiteral("Update"), apiVersion).fields.unite(changed);
    return withEntries(updated, entries);
}

ApplyOutcome serverSideApply(const std::optional<QJsonObject>& live, const QJsonObject& config, const QString& manager,
    bool force, const QString& apiVersion)
{
    QJsonObject object = live ? *live : QJsonObject();
    QList<Entry> entries = entriesOf(object);
    const FieldSet applied = leavesOf(config);

    ApplyOutcome outcome;
    for (Entry& entry : entries) {
        if (entry.manager == manager && entry.operation == QStringLiteral("Apply"))
            continue;
        for (auto it = entry.fields.begin(); it != entry.fields.end();) {
            bool conflicting = false;
            for (const QString& field : applied) {
                if (overlaps(field, *it) && valueAt(object, *it) != valueAt(config, *it)) {
                    conflicting = true;
                    break;
                }
            }
            if (conflicting && !force) {
                outcome.conflicts.append({ entry.manager, entry.apiVersion,
                    QLatin1Char('.') + QString(*it).replace(separator, QLatin1Char('.')) });
                ++it;
            } else {
                it = conflicting ? entry.fields.erase(it) : std::next(it);
            }
        }
    }
    if (!outcome.conflicts.isEmpty())
        return outcome;

    // Fields this manager applied before but no longer applies are removed unless someone else owns them.
    Entry& mine = entryFor(entries, manager, QStringLiteral("Apply"), apiVersion);
    for (const QString& old : std::as_const(mine.fields)) {
        if (applied.contains(old))
            continue;
        const bool sharedElsewhere = std::any_of(entries.cbegin(), entries.cend(), [&](const Entry& other) {
            return &other != &mine && std::any_of(other.fields.cbegin(), other.fields.cend(), [&](const QString& f) {
                return overlaps(f, old);
            });
        });
        if (!sharedElsewhere)
            removeAt(object, old.split(separator));
    }
    mine.fields = applied;
    QJsonObject merged = deepMerge(object, config).toObject();
    outcome.object = withEntries(merged, entries);
    return outcome;
}

} // namespace meshscope::sim
