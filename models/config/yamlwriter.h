// JSON to YAML as kubectl prints it (`kubectl get -o yaml`): keys in order, two-space indents, list items at
// their key's indent, strings quoted only when plain text would read back as something else, multi-line
// strings as literal blocks. parseYamlDocuments(toYaml(v)) gives v back.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace meshscope::config {

QString toYaml(const QJsonValue& value);
// Documents separated by "---".
QString toYamlDocuments(const QList<QJsonObject>& documents);
// A scalar as it appears after "key: " (quoted when needed); for single-line values.
QString yamlScalar(const QJsonValue& value);

} // namespace meshscope::config
