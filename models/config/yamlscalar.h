// How a YAML scalar reads as JSON, the way kubectl's YAML reader (YAML 1.1 rules) resolves it, and whether a
// string can be written back plain without changing its meaning.
#pragma once

#include <QJsonValue>
#include <QString>

namespace meshscope::config {

struct ScalarValue
{
    QJsonValue value;
    QString error; // e.g. ".inf has no JSON form"
};

// plain: written without quotes or block style; tag: an explicit tag ("tag:yaml.org,2002:str", "!") or "".
ScalarValue resolveScalar(const QString& text, bool plain, const QString& tag);

// The JSON value a plain (unquoted) scalar with this text has.
QJsonValue resolvePlain(const QString& text);

// True when text may be written unquoted and reads back as the same string.
bool isSafePlainString(const QString& text);

} // namespace meshscope::config
