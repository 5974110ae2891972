#include "models/config/validation.h"

#include "models/config/rulecheck.h"
#include "models/config/semanticcheck.h"
#include "models/config/structuralcheck.h"
#include "models/config/structuralops.h"

#include <QRegularExpression>

namespace meshscope::config {

namespace {
using Source = ValidationMessage::Source;

const QRegularExpression& dns1123Subdomain()
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return re;
}

const QRegularExpression& dns1123Label()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return re;
}

const QRegularExpression& qualifiedNamePart()
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$"));
    return re;
}

// A label or annotation key: [prefix/]name, prefix a DNS subdomain, name up to 63 characters.
QString keyProblem(const QString& key)
{
    QString name = key;
    if (const qsizetype slash = key.indexOf(QLatin1Char('/')); slash >= 0) {
        const QString prefix = key.left(slash);
        name = key.mid(slash + 1);
        if (prefix.isEmpty() || prefix.size() > 253 || !dns1123Subdomain().match(prefix).hasMatch())
            return QCoreApplication::translate("Validation", "the prefix must be a lowercase DNS subdomain");
    }
    if (name.isEmpty() || name.size() > 63 || !qualifiedNamePart().match(name).hasMatch())
        return QCoreApplication::translate("Validation",
            "the name must be 1–63 characters of letters, digits, '-', '_' or '.', starting and ending with a letter "
            "or digit");
    return {};
}

void checkMetadata(const QJsonObject& object, const KindSchema* kind, const ValidationOptions& options,
    QList<ValidationMessage>& messages)
{
    const JsonPath metadataPath = JsonPath().key(QStringLiteral("metadata"));
    const QJsonValue metadataValue = object.value(QStringLiteral("metadata"));
    if (!metadataValue.isUndefined() && !metadataValue.isObject()) {
        messages.append(fieldError(Source::Resource, metadataPath, QStringLiteral("FieldValueTypeInvalid"),
            QStringLiteral("Invalid value: %1: metadata must be an object").arg(kubeValueText(metadataValue))));
        return;
    }
    const QJsonObject metadata = metadataValue.toObject();
    const QJsonValue name = metadata.value(QStringLiteral("name"));
    const JsonPath namePath = metadataPath.key(QStringLiteral("name"));
    if (name.isUndefined() || name.toString().isEmpty()) {
        if (options.requireName && metadata.value(QStringLiteral("generateName")).toString().isEmpty()) {
            messages.append(fieldError(Source::Resource, namePath, QStringLiteral("FieldValueRequired"),
                QCoreApplication::translate("Validation", "Required value: name or generateName is required")));
        }
    } else if (!name.isString() || name.toString().size() > 253
        || !dns1123Subdomain().match(name.toString()).hasMatch()) {
        messages.append(fieldError(Source::Resource, namePath, QStringLiteral("FieldValueInvalid"),
            QStringLiteral("Invalid value: %1: %2")
                .arg(kubeValueText(name),
                    QCoreApplication::translate("Validation",
                        "must be a lowercase RFC 1123 subdomain: up to 253 characters of a-z, 0-9, '-' and '.', "
                        "starting and ending with a letter or digit"))));
    }
    const QJsonValue ns = metadata.value(QStringLiteral("namespace"));
    if (!ns.isUndefined() && !ns.toString().isEmpty()) {
        if (kind && !kind->namespaced) {
            messages.append(fieldError(Source::Resource, metadataPath.key(QStringLiteral("namespace")),
                QStringLiteral("FieldValueForbidden"),
                QCoreApplication::translate("Validation", "Forbidden: %1 is not namespaced").arg(kind->kind)));
        } else if (ns.toString().size() > 63 || !dns1123Label().match(ns.toString()).hasMatch()) {
            messages.append(fieldError(Source::Resource, metadataPath.key(QStringLiteral("namespace")),
                QStringLiteral("FieldValueInvalid"),
                QStringLiteral("Invalid value: %1: %2")
                    .arg(kubeValueText(ns),
                        QCoreApplication::translate("Validation",
                            "must be a lowercase RFC 1123 label: up to 63 characters of a-z, 0-9 and '-', starting "
                            "and ending with a letter or digit"))));
        }
    }
    for (const char* field : { "labels", "annotations" }) {
        const QString fieldName = QLatin1String(field);
        const QJsonValue value = metadata.value(fieldName);
        if (value.isUndefined() || value.isNull())
            continue;
        const JsonPath path = metadataPath.key(fieldName);
        if (!value.isObject()) {
            messages.append(fieldError(Source::Resource, path, QStringLiteral("FieldValueTypeInvalid"),
                QStringLiteral("Invalid value: %1: must be a map of strings").arg(kubeValueText(value))));
            continue;
        }
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString problem = keyProblem(it.key());
            if (!problem.isEmpty()) {
                messages.append(fieldError(Source::Resource, path, QStringLiteral("FieldValueInvalid"),
                    QStringLiteral("Invalid value: %1: %2").arg(kubeValueText(it.key()), problem)));
            }
            if (!it.value().isString()) {
                messages.append(
                    fieldError(Source::Resource, path.key(it.key()), QStringLiteral("FieldValueTypeInvalid"),
                        QStringLiteral("Invalid value: %1: must be a string").arg(kubeValueText(it.value()))));
                continue;
            }
            const QString text = it.value().toString();
            if (fieldName == QLatin1String("labels") && !text.isEmpty()
                && (text.size() > 63 || !qualifiedNamePart().match(text).hasMatch())) {
                messages.append(fieldError(Source::Resource, path.key(it.key()), QStringLiteral("FieldValueInvalid"),
                    QStringLiteral("Invalid value: %1: %2")
                        .arg(kubeValueText(it.value()),
                            QCoreApplication::translate("Validation",
                                "a label value must be empty or up to 63 characters of letters, digits, '-', '_' or "
                                "'.', starting and ending with a letter or digit"))));
            }
        }
    }
}

bool isBlocking(const ValidationMessage& message)
{
    static const QStringList blocking { QStringLiteral("FieldValueNotSupported"), QStringLiteral("FieldValueRequired"),
        QStringLiteral("FieldValueTooLong"), QStringLiteral("FieldValueTooMany"),
        QStringLiteral("FieldValueTypeInvalid") };
    return message.isError() && blocking.contains(message.reason);
}
} // namespace

QString ValidationMessage::text() const
{
    if (field.isEmpty() || reason == QLatin1String("UnknownField"))
        return detail;
    return field + QStringLiteral(": ") + detail;
}

QList<ValidationMessage> validateValue(
    const QJsonValue& value, const SchemaNode& schema, const JsonPath& at, const ValidationOptions& options)
{
    // A copy that lives for this call only: its translated schema is built afresh each time.
    QList<ValidationMessage> messages = checkStructure(value, std::make_shared<SchemaNode>(schema), at, options);
    const bool blocked = std::any_of(messages.begin(), messages.end(), isBlocking);
    messages += checkRules(withDefaults(value, schema), schema, at, RuleCheckScope { !blocked });
    return messages;
}

QList<ValidationMessage> validateResource(
    const QJsonObject& object, const SchemaSet& schemas, const ValidationOptions& options)
{
    QList<ValidationMessage> messages;
    const QString apiVersion = object.value(QStringLiteral("apiVersion")).toString();
    const QString kindName = object.value(QStringLiteral("kind")).toString();
    if (apiVersion.isEmpty()) {
        messages.append(fieldError(Source::Resource, JsonPath().key(QStringLiteral("apiVersion")),
            QStringLiteral("FieldValueRequired"), QStringLiteral("Required value")));
    }
    if (kindName.isEmpty()) {
        messages.append(fieldError(Source::Resource, JsonPath().key(QStringLiteral("kind")),
            QStringLiteral("FieldValueRequired"), QStringLiteral("Required value")));
    }
    const KindSchema* kind = schemas.findForApiVersion(apiVersion, kindName);
    checkMetadata(object, kind, options, messages);
    if (!kind) {
        const QString group = apiVersion.section(QLatin1Char('/'), 0, 0);
        if (apiVersion.contains(QLatin1Char('/')) && group.endsWith(QLatin1String("istio.io")) && !kindName.isEmpty()) {
            ValidationMessage unknown = fieldError(Source::Resource, JsonPath().key(QStringLiteral("kind")),
                QStringLiteral("FieldValueNotSupported"),
                QCoreApplication::translate("Validation", "no schema for %1 in %2").arg(kindName, apiVersion));
            unknown.severity = ValidationMessage::Severity::Warning;
            messages.append(unknown);
        }
        return messages;
    }
    const QString version = apiVersion.section(QLatin1Char('/'), 1);
    if (!kind->serves(version)) {
        messages.append(fieldError(Source::Resource, JsonPath().key(QStringLiteral("apiVersion")),
            QStringLiteral("FieldValueNotSupported"),
            QStringLiteral("Unsupported value: %1: supported values: %2").arg(kubeValueText(apiVersion), [&] {
                QStringList versions;
                for (const QString& v : kind->versions)
                    versions.append(kubeValueText(kind->apiVersion(v)));
                return versions.join(QStringLiteral(", "));
            }())));
    }
    // The schema covers the body; apiVersion, kind and metadata are the API server's own.
    QJsonObject body = object;
    body.remove(QStringLiteral("apiVersion"));
    body.remove(QStringLiteral("kind"));
    body.remove(QStringLiteral("metadata"));
    QList<ValidationMessage> structural = checkStructure(body, kind->root, JsonPath(), options);
    const bool blocked = std::any_of(structural.begin(), structural.end(), isBlocking);
    messages += structural;
    const QJsonValue defaulted = withDefaults(body, *kind->root);
    messages += checkRules(defaulted, *kind->root, JsonPath(), RuleCheckScope { !blocked });
    if (blocked) {
        ValidationMessage skipped = fieldError(Source::Rule, JsonPath(), QStringLiteral("FieldValueInvalid"),
            QCoreApplication::translate("Validation",
                "validation rules (CEL) were not checked because of the other errors; fix those to check the rest"));
        skipped.severity = ValidationMessage::Severity::Warning;
        messages.append(skipped);
    }
    if (options.webhookChecks && !blocked)
        messages += checkIstioSemantics(object.value(QStringLiteral("kind")).toString(), apiVersion,
            defaulted.toObject(), object.value(QStringLiteral("metadata")).toObject());
    return messages;
}

} // namespace meshscope::config
