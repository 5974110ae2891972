#include "sim/apiserver/admission.h"

#include "models/config/openapischema.h"
#include "models/config/semanticcheck.h"
#include "models/config/structuralops.h"
#include "models/config/validation.h"
#include "sim/apiserver/status.h"
#include "sim/store/objectstore.h"

#include <QJsonArray>

namespace meshscope::sim {

namespace {
using config::ValidationMessage;

// "VirtualService.networking.istio.io \"reviews\" is invalid: …": the API server's summary of field errors.
SimHttpReply invalid(const ResourceType& type, const QString& name, const QList<ValidationMessage>& errors)
{
    QJsonArray causes;
    QStringList texts;
    for (const ValidationMessage& error : errors) {
        causes.append(QJsonObject { { QStringLiteral("reason"), error.reason },
            { QStringLiteral("message"), error.detail }, { QStringLiteral("field"), error.field } });
        texts.append(error.text());
    }
    const QString summary
        = texts.size() == 1 ? texts.first() : QLatin1Char('[') + texts.join(QStringLiteral(", ")) + QLatin1Char(']');
    return statusReply(422, QStringLiteral("Invalid"),
        QStringLiteral("%1.%2 \"%3\" is invalid: %4").arg(type.kind, type.group, name, summary),
        { { QStringLiteral("name"), name }, { QStringLiteral("group"), type.group },
            { QStringLiteral("kind"), type.kind }, { QStringLiteral("causes"), causes } });
}

QByteArray warningHeader(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QByteArray("299 - \"") + escaped.toUtf8() + '"';
}
} // namespace

Admission::Admission(ObjectStore& store)
    : m_store(store)
{ }

Admission::~Admission() = default;

std::shared_ptr<const config::SchemaSet> Admission::schemaFor(const ResourceType& type) const
{
    const QString name = type.resource + QLatin1Char('.') + type.group;
    const StoredObjectPtr crd = m_store.find(
        QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions"), QString(), name);
    if (!crd)
        return nullptr;
    const auto cached = m_cache.constFind(name);
    if (cached != m_cache.constEnd() && cached->first == crd->resourceVersion)
        return cached->second;
    std::shared_ptr<const config::SchemaSet> set = config::SchemaSet::fromCrds({ crd->object }, nullptr);
    if (set->kinds().isEmpty())
        set.reset();
    m_cache.insert(name, { crd->resourceVersion, set });
    return set;
}

Admission::Verdict Admission::admit(
    const ResourceType& type, const QJsonObject& object, const QString& fieldValidation) const
{
    Verdict verdict;
    verdict.object = object;
    if (type.group.isEmpty() || !type.group.contains(QLatin1Char('.')))
        return verdict;
    const auto schemas = schemaFor(type);
    if (!schemas)
        return verdict;
    const config::KindSchema* kind = schemas->kinds().first();
    const QString name = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();

    // Undeclared fields: what fieldValidation asks for, then pruned (status and metadata are the server's).
    QJsonObject body = object;
    const QJsonValue metadata = body.take(QStringLiteral("metadata"));
    const QJsonValue apiVersion = body.take(QStringLiteral("apiVersion"));
    const QJsonValue kindName = body.take(QStringLiteral("kind"));
    QList<config::JsonPath> pruned;
    body = config::pruneUnknownFields(body, *kind->root, {}, &pruned).toObject();
    if (!pruned.isEmpty() && fieldValidation != QLatin1String("Ignore")) {
        QStringList unknown;
        for (const config::JsonPath& path : std::as_const(pruned))
            unknown.append(QStringLiteral("unknown field \"%1\"").arg(path.toString()));
        if (fieldValidation == QLatin1String("Strict")) {
            verdict.rejection = badRequest(QStringLiteral("%1 in version \"%2\" cannot be handled as a %1: strict "
                                                          "decoding error: %3")
                                               .arg(type.kind, apiVersion.toString().section(QLatin1Char('/'), -1),
                                                   unknown.join(QStringLiteral(", "))));
            return verdict;
        }
        for (const QString& warning : std::as_const(unknown))
            verdict.warnings.append(warningHeader(warning));
    }
    body = config::withDefaults(body, *kind->root).toObject();
    QJsonObject stored = body;
    stored.insert(QStringLiteral("apiVersion"), apiVersion);
    stored.insert(QStringLiteral("kind"), kindName);
    stored.insert(QStringLiteral("metadata"), metadata);
    verdict.object = stored;

    // Structural schema, then the rules, as the API server checks them; Istio's webhook after that.
    config::ValidationOptions options;
    options.webhookChecks = false;
    options.unknownFieldsAreErrors = false;
    QList<ValidationMessage> errors;
    for (const ValidationMessage& message : config::validateResource(stored, *schemas, options)) {
        if (message.isError())
            errors.append(message);
    }
    if (!errors.isEmpty()) {
        verdict.rejection = invalid(type, name, errors);
        return verdict;
    }
    if (type.group.endsWith(QLatin1String("istio.io"))) {
        QStringList denied;
        for (const ValidationMessage& message :
            config::checkIstioSemantics(type.kind, apiVersion.toString(), body, metadata.toObject())) {
            if (message.isError())
                denied.append(message.text());
            else
                verdict.warnings.append(warningHeader(message.text()));
        }
        if (!denied.isEmpty()) {
            verdict.rejection = statusReply(400, QStringLiteral("BadRequest"),
                QStringLiteral(
                    "admission webhook \"validation.istio.io\" denied the request: configuration is invalid: %1")
                    .arg(denied.join(QStringLiteral("; "))));
        }
    }
    return verdict;
}

} // namespace meshscope::sim
