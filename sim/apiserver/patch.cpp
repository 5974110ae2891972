#include "sim/apiserver/patch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace meshscope::sim {

QJsonValue mergePatch(const QJsonValue& target, const QJsonValue& patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject patchObject = patch.toObject();
    for (auto it = patchObject.begin(); it != patchObject.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

namespace {
QStringList pointerTokens(const QString& pointer)
{
    QStringList tokens = pointer.split(QLatin1Char('/'));
    tokens.removeFirst(); // the empty token before the leading '/'
    for (QString& token : tokens)
        token = token.replace(QStringLiteral("~1"), QStringLiteral("/"))
                    .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return tokens;
}

std::optional<QJsonValue> getAt(const QJsonValue& root, const QStringList& tokens)
{
    QJsonValue value = root;
    for (const QString& token : tokens) {
        if (value.isObject()) {
            if (!value.toObject().contains(token))
                return std::nullopt;
            value = value.toObject().value(token);
        } else if (value.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= value.toArray().size())
                return std::nullopt;
            value = value.toArray().at(index);
        } else {
            return std::nullopt;
        }
    }
    return value;
}

enum class Edit
{
    Add,
    Remove,
    Replace
};

// Applies one edit at tokens[depth..]; false when the path does not exist.
bool editAt(QJsonValue& node, const QStringList& tokens, int depth, Edit edit, const QJsonValue& value)
{
    const QString& token = tokens.at(depth);
    const bool last = depth == tokens.size() - 1;
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (last) {
            if (edit != Edit::Add && !object.contains(token))
                return false;
            if (edit == Edit::Remove)
                object.remove(token);
            else
                object.insert(token, value);
        } else {
            if (!object.contains(token))
                return false;
            QJsonValue child = object.value(token);
            if (!editAt(child, tokens, depth + 1, edit, value))
                return false;
            object.insert(token, child);
        }
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const int index = token == QStringLiteral("-") ? int(array.size()) : token.toInt(&ok);
        if (token != QStringLiteral("-") && !ok)
            return false;
        if (last) {
            if (edit == Edit::Add) {
                if (index < 0 || index > array.size())
                    return false;
                array.insert(index, value);
            } else {
                if (index < 0 || index >= array.size())
                    return false;
                if (edit == Edit::Remove)
                    array.removeAt(index);
                else
                    array.replace(index, value);
            }
        } else {
            if (index < 0 || index >= array.size())
                return false;
            QJsonValue child = array.at(index);
            if (!editAt(child, tokens, depth + 1, edit, value))
                return false;
            array.replace(index, child);
        }
        node = array;
        return true;
    }
    return false;
}
} // namespace

std::optional<QJsonObject> jsonPatch(const QJsonObject& target, const QByteArray& patch, QString* error)
{
    const QJsonDocument document = QJsonDocument::fromJson(patch);
    if (!document.isArray()) {
        *error = QStringLiteral("a JSON patch must be an array of operations");
        return std::nullopt;
    }
    QJsonValue root = target;
    for (const QJsonValue& entry : document.array()) {
        const QJsonObject operation = entry.toObject();
        const QString op = operation.value(QStringLiteral("op")).toString();
        const QString path = operation.value(QStringLiteral("path")).toString();
        const QStringList tokens = pointerTokens(path);
        if (!path.startsWith(QLatin1Char('/'))) {
            *error = QStringLiteral("invalid JSON pointer '%1'").arg(path);
            return std::nullopt;
        }
        bool ok = true;
        if (op == QStringLiteral("add")) {
            ok = editAt(root, tokens, 0, Edit::Add, operation.value(QStringLiteral("value")));
        } else if (op == QStringLiteral("remove")) {
            ok = editAt(root, tokens, 0, Edit::Remove, {});
        } else if (op == QStringLiteral("replace")) {
            ok = editAt(root, tokens, 0, Edit::Replace, operation.value(QStringLiteral("value")));
        } else if (op == QStringLiteral("test")) {
            const auto current = getAt(root, tokens);
            ok = current && *current == operation.value(QStringLiteral("value"));
        } else if (op == QStringLiteral("move") || op == QStringLiteral("copy")) {
            const QStringList from = pointerTokens(operation.value(QStringLiteral("from")).toString());
            const auto value = getAt(root, from);
            ok = value && (op == QStringLiteral("copy") || editAt(root, from, 0, Edit::Remove, {}))
                && editAt(root, tokens, 0, Edit::Add, *value);
        } else {
            *error = QStringLiteral("Unexpected kind: %1").arg(op);
            return std::nullopt;
        }
        if (!ok) {
            *error = op == QStringLiteral("test")
                ? QStringLiteral("testing value %1 failed").arg(path)
                : QStringLiteral("%1 operation does not apply: doc is missing path: \"%2\"").arg(op, path);
            return std::nullopt;
        }
    }
    return root.toObject();
}

} // namespace meshscope::sim
