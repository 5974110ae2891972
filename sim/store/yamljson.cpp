#include "sim/store/yamljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <yaml-cpp/yaml.h>

namespace meshscope::sim {

namespace {
QJsonValue scalarValue(const YAML::Node& node)
{
    const std::string& text = node.Scalar();
    // Quoted scalars are strings; plain ones may be null, bool or a number (YAML 1.2 core schema).
    if (node.Tag() == "!")
        return QString::fromStdString(text);
    if (text == "null" || text == "~" || text.empty())
        return QJsonValue::Null;
    if (text == "true" || text == "True")
        return true;
    if (text == "false" || text == "False")
        return false;
    const QString string = QString::fromStdString(text);
    bool ok = false;
    const qlonglong integer = string.toLongLong(&ok);
    if (ok)
        return integer;
    if (!string.startsWith(QLatin1Char('.')) && !string.endsWith(QLatin1Char('.'))) {
        const double number = string.toDouble(&ok);
        if (ok && !string.contains(QLatin1String("inf"), Qt::CaseInsensitive)
            && !string.contains(QLatin1String("nan"), Qt::CaseInsensitive))
            return number;
    }
    return string;
}

QJsonValue toJson(const YAML::Node& node, int depth)
{
    if (depth > 200)
        throw YAML::Exception(YAML::Mark::null_mark(), "nesting too deep");
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto& entry : node)
            object.insert(QString::fromStdString(entry.first.as<std::string>()), toJson(entry.second, depth + 1));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto& item : node)
            array.append(toJson(item, depth + 1));
        return array;
    }
    case YAML::NodeType::Scalar:
        return scalarValue(node);
    default:
        return QJsonValue::Null;
    }
}
} // namespace

std::optional<QList<QJsonValue>> parseYamlDocuments(const QByteArray& text, QString* error)
{
    try {
        QList<QJsonValue> documents;
        for (const YAML::Node& node : YAML::LoadAll(text.toStdString())) {
            if (!node.IsNull())
                documents.append(toJson(node, 0));
        }
        return documents;
    } catch (const YAML::Exception& e) {
        *error = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

} // namespace meshscope::sim
