#include "models/config/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace meshscope::config {

namespace {
// Names that read unambiguously after a dot.
bool isPlainName(const QString& name)
{
    if (name.isEmpty())
        return false;
    bool allDigits = true;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('$')))
            return false;
        allDigits = allDigits && c.isDigit();
    }
    return !allDigits;
}
} // namespace

JsonPath JsonPath::parse(const QString& text)
{
    JsonPath path;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i + 1);
            const QString inner = text.mid(i + 1, (close < 0 ? n : close) - i - 1);
            bool ok = false;
            const int index = inner.toInt(&ok);
            if (ok && index >= 0)
                path.m_segments.append(index);
            else
                path.m_segments.append(inner);
            i = close < 0 ? n : close + 1;
            continue;
        }
        qsizetype j = i;
        while (j < n && text.at(j) != QLatin1Char('.') && text.at(j) != QLatin1Char('['))
            ++j;
        path.m_segments.append(text.mid(i, j - i));
        i = j;
    }
    return path;
}

JsonPath JsonPath::key(const QString& name) const
{
    JsonPath path = *this;
    path.m_segments.append(name);
    return path;
}

JsonPath JsonPath::index(int i) const
{
    JsonPath path = *this;
    path.m_segments.append(i);
    return path;
}

JsonPath JsonPath::parent() const
{
    JsonPath path = *this;
    if (!path.m_segments.isEmpty())
        path.m_segments.removeLast();
    return path;
}

bool JsonPath::startsWith(const JsonPath& prefix) const
{
    if (prefix.m_segments.size() > m_segments.size())
        return false;
    for (qsizetype i = 0; i < prefix.m_segments.size(); ++i) {
        if (prefix.m_segments.at(i) != m_segments.at(i))
            return false;
    }
    return true;
}

QString JsonPath::lastKey() const
{
    if (m_segments.isEmpty())
        return {};
    const Segment& last = m_segments.last();
    return std::holds_alternative<QString>(last) ? std::get<QString>(last) : QString();
}

QString JsonPath::appendKey(const QString& path, const QString& key)
{
    if (isPlainName(key))
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    return path + QLatin1Char('[') + key + QLatin1Char(']');
}

QString JsonPath::appendIndex(const QString& path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonPath::toString() const
{
    QString out;
    for (const Segment& segment : m_segments) {
        if (std::holds_alternative<int>(segment))
            out = appendIndex(out, std::get<int>(segment));
        else
            out = appendKey(out, std::get<QString>(segment));
    }
    return out;
}

QJsonValue JsonPath::valueIn(const QJsonValue& root) const
{
    QJsonValue value = root;
    for (const Segment& segment : m_segments) {
        if (std::holds_alternative<int>(segment)) {
            const int i = std::get<int>(segment);
            if (!value.isArray() || i >= value.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toArray().at(i);
        } else {
            if (!value.isObject())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toObject().value(std::get<QString>(segment));
        }
    }
    return value;
}

size_t qHash(const JsonPath& path, size_t seed)
{
    return ::qHash(path.toString(), seed);
}

} // namespace meshscope::config
