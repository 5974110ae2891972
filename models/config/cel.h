// The part of CEL (Common Expression Language) that Kubernetes CRD validation rules (x-kubernetes-validations)
// are written in: literals, `self`, field selection and has(), indexing, arithmetic, comparison, `in`, logic with
// CEL's error absorption, ?:, the macros all/exists/exists_one/filter/map, and the functions the API server
// offers (size, int/uint/double/string conversions, duration, matches, string extensions such as contains,
// startsWith, substring, split, lowerAscii, and url/isURL with getScheme/getHost/…). A rule that uses something
// else fails to compile with a message saying what. Evaluation is bounded (a cost budget, as the API server's).
#pragma once

#include <QJsonValue>
#include <QString>
#include <memory>

namespace meshscope::config::cel {

class Program;

// Compiles once; programs are immutable and safe to share across threads. Compiled programs are cached by text.
std::shared_ptr<const Program> compile(const QString& expression, QString* error);

struct Outcome
{
    enum class Kind
    {
        True,
        False,
        Error, // evaluation failed (no such key, type conversion error, …) or the result is not a boolean
    };
    Kind kind = Kind::Error;
    QString error;
    QString text; // for evaluateString: the string value
};

// Evaluates a validation rule with `self` bound to value (and `oldSelf` to oldValue when given).
Outcome evaluateRule(const Program& program, const QJsonValue& self, const QJsonValue& oldSelf = QJsonValue::Undefined);
// Evaluates a messageExpression (must give a string).
Outcome evaluateString(const Program& program, const QJsonValue& self);

// Go's time.ParseDuration syntax ("1.5h", "300ms", "-2m3s"); nanoseconds, or false when malformed.
bool parseGoDuration(const QString& text, qint64* nanoseconds);

} // namespace meshscope::config::cel
