// Kubernetes label selectors (=, ==, !=, in, notin, exists, !exists) and field selectors
// (metadata.name, metadata.namespace and a few per-kind fields).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace meshscope::sim {

class LabelSelector
{
public:
    // nullopt and *error when the text is not a valid selector.
    static std::optional<LabelSelector> parse(const QString& text, QString* error);
    bool matches(const QJsonObject& labels) const;
    bool isEmpty() const { return m_requirements.isEmpty(); }

private:
    enum class Op
    {
        Equals,
        NotEquals,
        In,
        NotIn,
        Exists,
        NotExists
    };
    struct Requirement
    {
        QString key;
        Op op;
        QStringList values;
    };
    QList<Requirement> m_requirements;
};

class FieldSelector
{
public:
    static std::optional<FieldSelector> parse(const QString& text, const QString& resource, QString* error);
    bool matches(const QJsonObject& object) const;
    bool isEmpty() const { return m_terms.isEmpty(); }

private:
    struct Term
    {
        QStringList path;
        QString value;
        bool negated;
    };
    QList<Term> m_terms;
};

} // namespace meshscope::sim
