#include "models/config/rulecheck.h"

#include "models/config/cel.h"
#include "models/config/structuralcheck.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <cmath>

namespace meshscope::config {

namespace {
using Source = ValidationMessage::Source;

const QRegularExpression* regex(const QString& pattern)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QRegularExpression>> cache;
    QMutexLocker lock(&mutex);
    auto& entry = cache[pattern];
    if (!entry) {
        entry = std::make_shared<QRegularExpression>(pattern);
        entry->optimize();
    }
    return entry.get();
}

bool validFormat(const QString& format, const QString& text)
{
    if (format == QLatin1String("date-time"))
        return QDateTime::fromString(text, Qt::ISODateWithMs).isValid()
            || QDateTime::fromString(text, Qt::ISODate).isValid();
    if (format == QLatin1String("byte")) {
        static const QRegularExpression base64(
            QStringLiteral("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"));
        return base64.match(text).hasMatch();
    }
    if (format == QLatin1String("ipv4")) {
        QHostAddress address;
        return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv4Protocol;
    }
    if (format == QLatin1String("ipv6")) {
        QHostAddress address;
        return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    return true; // int32, int64, double, …: nothing to check on a string
}

// Go's %#v of a list-map item's keys, as the API server prints a duplicate: map[string]interface {}{"name":"http"}.
QString goMapText(const QJsonObject& keys)
{
    QStringList parts;
    for (auto it = keys.begin(); it != keys.end(); ++it)
        parts.append(QStringLiteral("\"%1\":%2").arg(it.key(), kubeValueText(it.value())));
    return QStringLiteral("map[string]interface {}{%1}").arg(parts.join(QLatin1Char(',')));
}

class Walker
{
public:
    explicit Walker(const RuleCheckScope& scope)
        : m_scope(scope)
    { }

    QList<ValidationMessage> messages;

    void walk(const QJsonValue& value, const SchemaNode& node, const JsonPath& path)
    {
        if (value.isNull() || value.isUndefined())
            return;
        checkScalar(value, node, path);
        if (value.isArray() && node.items) {
            const QJsonArray array = value.toArray();
            checkListType(array, node, path);
            for (int i = 0; i < array.size(); ++i)
                walk(array.at(i), *node.items, path.index(i));
        } else if (value.isObject() && node.type == SchemaNode::Type::Object) {
            const QJsonObject object = value.toObject();
            for (const QStringList& group : node.exclusive) {
                QStringList present;
                for (const QString& name : group) {
                    if (object.contains(name))
                        present.append(name);
                }
                if (present.size() > 1) {
                    messages.append(fieldError(Source::Rule, path, QStringLiteral("FieldValueInvalid"),
                        QStringLiteral("Invalid value: \"object\": only one of %1 may be set (found %2)")
                            .arg(group.join(QStringLiteral(", ")), present.join(QStringLiteral(" and ")))));
                }
            }
            for (auto it = object.begin(); it != object.end(); ++it) {
                const SchemaNode* child = node.property(it.key());
                if (!child)
                    child = node.additionalProperties.get();
                if (child)
                    walk(it.value(), *child, path.key(it.key()));
            }
        }
        if (m_scope.celRules)
            checkCel(value, node, path);
    }

private:
    void checkScalar(const QJsonValue& value, const SchemaNode& node, const JsonPath& path)
    {
        const bool integerType = node.type == SchemaNode::Type::Integer || node.type == SchemaNode::Type::IntOrString;
        if (integerType && value.isDouble() && value.toDouble() != std::floor(value.toDouble())) {
            messages.append(fieldError(Source::Rule, path, QStringLiteral("FieldValueTypeInvalid"),
                QStringLiteral("Invalid value: \"number\": %1 in body must be of type integer: \"number\"")
                    .arg(path.toString())));
        }
        if (!value.isString())
            return;
        const QString text = value.toString();
        if (!node.pattern.isEmpty()) {
            const QRegularExpression* re = regex(node.pattern);
            if (re->isValid() && !re->match(text).hasMatch()) {
                messages.append(fieldError(Source::Rule, path, QStringLiteral("FieldValueInvalid"),
                    inBody(path, value, QStringLiteral("should match '%1'").arg(node.pattern))));
            }
        }
        if (!node.format.isEmpty() && !validFormat(node.format, text)) {
            messages.append(fieldError(Source::Rule, path, QStringLiteral("FieldValueInvalid"),
                QStringLiteral("Invalid value: %1: %2 in body must be of type %3: %1")
                    .arg(kubeValueText(value), path.toString(), node.format)));
        }
    }

    void checkListType(const QJsonArray& array, const SchemaNode& node, const JsonPath& path)
    {
        if (node.listType == QLatin1String("set")) {
            for (int i = 0; i < array.size(); ++i) {
                for (int j = 0; j < i; ++j) {
                    if (array.at(i) == array.at(j)) {
                        messages.append(fieldError(Source::Rule, path.index(i), QStringLiteral("FieldValueDuplicate"),
                            QStringLiteral("Duplicate value: %1").arg(kubeValueText(array.at(i)))));
                        break;
                    }
                }
            }
        } else if (node.listType == QLatin1String("map") && !node.listMapKeys.isEmpty()) {
            QHash<QString, int> seen;
            for (int i = 0; i < array.size(); ++i) {
                const QJsonObject item = array.at(i).toObject();
                QJsonObject keys;
                for (const QString& key : node.listMapKeys) {
                    if (item.contains(key))
                        keys.insert(key, item.value(key));
                    else if (const SchemaNode* keyNode = node.items->property(key);
                             keyNode && !keyNode->defaultValue.isUndefined())
                        keys.insert(key, keyNode->defaultValue);
                }
                const QString signature = QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact));
                if (seen.contains(signature)) {
                    messages.append(fieldError(Source::Rule, path.index(i), QStringLiteral("FieldValueDuplicate"),
                        QStringLiteral("Duplicate value: %1").arg(goMapText(keys))));
                } else {
                    seen.insert(signature, i);
                }
            }
        }
    }

    void checkCel(const QJsonValue& value, const SchemaNode& node, const JsonPath& path)
    {
        for (const CelRule& rule : node.rules) {
            QString error;
            const auto program = cel::compile(rule.rule, &error);
            const QString message
                = rule.message.isEmpty() ? QStringLiteral("failed rule: %1").arg(rule.rule) : rule.message;
            JsonPath at = path;
            if (!rule.fieldPath.isEmpty())
                at = JsonPath::parse(path.toString() + rule.fieldPath);
            const QString typeWord = value.isObject()   ? QStringLiteral("object")
                : value.isArray()                       ? QStringLiteral("array")
                : value.isString()                      ? QStringLiteral("string")
                : value.isBool()                        ? QStringLiteral("boolean")
                : node.type == SchemaNode::Type::Number ? QStringLiteral("number")
                                                        : QStringLiteral("integer");
            if (!program) {
                messages.append(fieldError(Source::Rule, at, QStringLiteral("FieldValueInvalid"),
                    QStringLiteral("Invalid value: \"%1\": rule compiler errors: %2").arg(typeWord, error)));
                continue;
            }
            const cel::Outcome outcome = cel::evaluateRule(*program, value);
            if (outcome.kind == cel::Outcome::Kind::True)
                continue;
            QString detail = outcome.kind == cel::Outcome::Kind::Error
                ? QStringLiteral("%1 evaluating rule: %2").arg(outcome.error, message)
                : message;
            if (outcome.kind == cel::Outcome::Kind::False && !rule.messageExpression.isEmpty()) {
                QString ignored;
                if (const auto expression = cel::compile(rule.messageExpression, &ignored)) {
                    const cel::Outcome text = cel::evaluateString(*expression, value);
                    if (text.kind == cel::Outcome::Kind::True && !text.text.trimmed().isEmpty())
                        detail = text.text;
                }
            }
            const QString reason = rule.reason.isEmpty() ? QStringLiteral("FieldValueInvalid") : rule.reason;
            if (reason == QLatin1String("FieldValueRequired"))
                detail = QStringLiteral("Required value: %1").arg(detail);
            else if (reason == QLatin1String("FieldValueForbidden"))
                detail = QStringLiteral("Forbidden: %1").arg(detail);
            else if (reason == QLatin1String("FieldValueDuplicate"))
                detail = QStringLiteral("Duplicate value: %1").arg(detail);
            else
                detail = QStringLiteral("Invalid value: \"%1\": %2").arg(typeWord, detail);
            messages.append(fieldError(Source::Rule, at, reason, detail));
        }
    }

    RuleCheckScope m_scope;
};
} // namespace

QList<ValidationMessage> checkRules(
    const QJsonValue& value, const SchemaNode& schema, const JsonPath& at, const RuleCheckScope& scope)
{
    Walker walker(scope);
    walker.walk(value, schema, at);
    return walker.messages;
}

} // namespace meshscope::config
