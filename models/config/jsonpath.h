// Field paths into JSON documents, written as Kubernetes writes them in messages: "spec.http[0].route[1].weight",
// map keys in brackets when they are not plain names ("metadata.labels[app.kubernetes.io/name]").
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <variant>

namespace meshscope::config {

class JsonPath
{
public:
    using Segment = std::variant<QString, int>; // object key or array index

    JsonPath() = default;
    static JsonPath parse(const QString& text); // inverse of toString(); "[3]" is an index, "[a.b]" a key

    JsonPath key(const QString& name) const;
    JsonPath index(int i) const;
    JsonPath parent() const;

    const QList<Segment>& segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.isEmpty(); }
    qsizetype size() const { return m_segments.size(); }
    bool startsWith(const JsonPath& prefix) const;
    QString lastKey() const; // "" when the last segment is an index

    // Kubernetes' form: "spec.http[0].route", keys that are not plain names in brackets.
    QString toString() const;
    // The same form built step by step: appendKey("spec", "http") == "spec.http".
    static QString appendKey(const QString& path, const QString& key);
    static QString appendIndex(const QString& path, int index);

    // The value at this path in root, or undefined.
    QJsonValue valueIn(const QJsonValue& root) const;

    bool operator==(const JsonPath&) const = default;

private:
    QList<Segment> m_segments;
};

size_t qHash(const JsonPath& path, size_t seed = 0);

} // namespace meshscope::config
