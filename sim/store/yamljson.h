// YAML (and JSON, a subset) documents to QJsonValue, for scenario files and apply-patch+yaml bodies.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace meshscope::sim {

// Every non-empty document of a (multi-document) YAML text; nullopt and *error when it is malformed.
std::optional<QList<QJsonValue>> parseYamlDocuments(const QByteArray& text, QString* error);

} // namespace meshscope::sim
