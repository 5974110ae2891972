#include "draftcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace meshscope::analysis {
namespace {

// What tells two findings apart across analyses: the same code on the same object with the same text and field.
QString identity(const AnalysisMessage& message)
{
    return message.toLogLine() + QLatin1Char('\n') + message.path;
}

// Numbers every field of the edited object as if it were a line of its own, keyed by istioctl's field path
// ("{.spec.http[0].route[0].destination.host}"), so that an analyzer's report at a field comes back as that field.
void numberFields(const QJsonValue& value, const QString& path, QHash<QString, int>* ids, QStringList* fields)
{
    if (!path.isEmpty()) {
        fields->append(path.mid(1)); // Kubernetes' form has no leading dot
        ids->insert(QLatin1Char('{') + path + QLatin1Char('}'), int(fields->size()));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            numberFields(it.value(), path + QLatin1Char('.') + it.key(), ids, fields);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            numberFields(array.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), ids, fields);
    }
}

// Kiali's "spec/http[0]/route[0]/destination" in Kubernetes' form.
QString kialiField(const QString& path)
{
    QString field = path;
    return field.replace(QLatin1Char('/'), QLatin1Char('.'));
}

DraftFinding findingOf(const AnalysisMessage& message, const QStringList* draftFields)
{
    const bool onDraft = draftFields != nullptr;
    DraftFinding finding;
    finding.level = message.level();
    finding.code = message.code();
    finding.text = message.text();
    finding.fix = QCoreApplication::translate("meshscope::analysis::Fix", message.type->fix);
    finding.documentationUrl = message.type->documentationUrl();
    if (onDraft) {
        if (!message.path.isEmpty())
            finding.field = kialiField(message.path);
        else if (message.line > 0 && message.line <= draftFields->size())
            finding.field = draftFields->at(message.line - 1);
    } else if (message.resource) {
        finding.elsewhere = message.origin();
        finding.related << message.resource->key();
    }
    for (const QString& key : message.related) {
        if (!finding.related.contains(key))
            finding.related << key;
    }
    return finding;
}

} // namespace

DraftFindings DraftBaseline::check(const QJsonObject& object, const QString& defaultNamespace) const
{
    const QJsonObject metadata = json::obj(object, "metadata");
    const Kind kind = kindFromApiVersion(json::str(object, "apiVersion"), json::str(object, "kind"));
    if (kind == Kind::Count || kind == Kind::MeshConfig || kind == Kind::MeshNetworks
        || json::str(metadata, "name").isEmpty())
        return {};
    QJsonObject edited = object;
    if (!isClusterScoped(kind) && json::str(metadata, "namespace").isEmpty()) {
        QJsonObject withNamespace = metadata;
        withNamespace.insert(QLatin1String("namespace"), defaultNamespace);
        edited.insert(QLatin1String("metadata"), withNamespace);
    }
    std::shared_ptr<Resource> resource = makeResource(kind, edited);
    auto ids = std::make_shared<QHash<QString, int>>();
    QStringList fields;
    numberFields(edited, QString(), ids.get(), &fields);
    resource->fieldLines = std::move(ids);
    const ResourcePtr draft = std::move(resource);
    const QString draftKey = draft->key();

    Snapshot overlaid = snapshot;
    AnalysisEngine overlayEngine = engine;
    overlaid.setAvailable(kind);
    const ResourcePtr replaced = overlaid.insert(draft);
    const AnalysisRun run = analysed ? overlayEngine.reanalyze(overlaid, { ObjectChange { replaced, draft } })
                                     : overlayEngine.analyze(overlaid);

    QSet<QString> before;
    before.reserve(messages.size());
    for (const AnalysisMessage& message : messages)
        before.insert(identity(message));
    DraftFindings onDraft;
    DraftFindings elsewhere;
    for (const AnalysisMessage& message : run.messages) {
        if (message.resource && message.resource->key() == draftKey)
            onDraft.append(findingOf(message, &fields));
        else if (!before.contains(identity(message)))
            elsewhere.append(findingOf(message, nullptr));
    }
    return onDraft + elsewhere;
}

} // namespace meshscope::analysis
