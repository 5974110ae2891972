#include "models/config/documentvalidation.h"

#include <QCoreApplication>

namespace meshscope::config {

QString DocumentMessage::resourceText() const
{
    if (kind.isEmpty())
        return {};
    const QString who = ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
    return who.isEmpty() ? kind : kind + QLatin1Char(' ') + who;
}

QString DocumentMessage::format(const QString& file) const
{
    QString line = QStringLiteral("%1:%2: ").arg(file).arg(position.line);
    if (!message.isError())
        line += QStringLiteral("warning: ");
    const QString resource = resourceText();
    if (!resource.isEmpty())
        line += resource + QStringLiteral(": ");
    return line + message.text();
}

int TextValidation::errorCount() const
{
    return int(
        std::count_if(messages.begin(), messages.end(), [](const DocumentMessage& m) { return m.message.isError(); }));
}

int TextValidation::warningCount() const
{
    return int(messages.size()) - errorCount();
}

QList<TextResource> resourcesOf(const QList<YamlDocument>& documents)
{
    QList<TextResource> resources;
    for (const YamlDocument& document : documents) {
        if (!document.ok() || !document.isObject())
            continue;
        const QJsonObject object = document.object();
        const bool isList = object.value(QStringLiteral("kind")).toString().endsWith(QLatin1String("List"))
            && object.value(QStringLiteral("items")).isArray();
        if (!isList) {
            resources.append({ document.index, JsonPath(), object });
            continue;
        }
        const QJsonArray items = object.value(QStringLiteral("items")).toArray();
        for (int i = 0; i < items.size(); ++i)
            resources.append(
                { document.index, JsonPath().key(QStringLiteral("items")).index(i), items.at(i).toObject() });
    }
    return resources;
}

TextValidation validateText(const QString& text, const SchemaSet& schemas, const ValidationOptions& options)
{
    TextValidation result;
    result.documents = parseYamlDocuments(text);
    for (const YamlDocument& document : std::as_const(result.documents)) {
        if (!document.ok()) {
            DocumentMessage m;
            m.documentIndex = document.index;
            m.position = document.errorPosition;
            m.message.source = ValidationMessage::Source::Yaml;
            m.message.reason = QStringLiteral("YAML");
            m.message.detail = QCoreApplication::translate("Validation", "YAML: %1").arg(document.error);
            result.messages.append(m);
        } else if (!document.isObject()) {
            DocumentMessage m;
            m.documentIndex = document.index;
            m.position = { document.firstLine, 1 };
            m.message.source = ValidationMessage::Source::Yaml;
            m.message.reason = QStringLiteral("YAML");
            m.message.detail
                = QCoreApplication::translate("Validation", "the document is not a mapping (a Kubernetes object)");
            result.messages.append(m);
        }
    }
    for (const TextResource& resource : resourcesOf(result.documents)) {
        ++result.resourceCount;
        const YamlDocument& document = result.documents.at(resource.documentIndex);
        const QJsonObject metadata = resource.object.value(QStringLiteral("metadata")).toObject();
        for (const ValidationMessage& message : validateResource(resource.object, schemas, options)) {
            DocumentMessage m;
            m.documentIndex = resource.documentIndex;
            JsonPath full = resource.path;
            for (const auto& segment : message.path.segments())
                full = std::holds_alternative<int>(segment) ? full.index(std::get<int>(segment))
                                                            : full.key(std::get<QString>(segment));
            m.position = document.positionOf(full);
            m.kind = resource.object.value(QStringLiteral("kind")).toString();
            m.ns = metadata.value(QStringLiteral("namespace")).toString();
            m.name = metadata.value(QStringLiteral("name")).toString();
            m.message = message;
            result.messages.append(m);
        }
    }
    std::stable_sort(
        result.messages.begin(), result.messages.end(), [](const DocumentMessage& a, const DocumentMessage& b) {
            return std::tie(a.documentIndex, a.position.line) < std::tie(b.documentIndex, b.position.line);
        });
    return result;
}

} // namespace meshscope::config
