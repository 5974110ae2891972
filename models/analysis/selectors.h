#pragma once

#include "analysisresource.h"

#include <QList>
#include <QPair>

namespace meshscope::analysis {

// An equality-based label selector built from a map (Kubernetes' SelectorFromSet): every pair must be present in
// the labels. An empty selector matches everything.
class LabelSet
{
public:
    LabelSet() = default;
    explicit LabelSet(const Labels& labels);

    bool isEmpty() const { return m_pairs.isEmpty(); }
    bool matches(const Labels& labels) const;
    // "k1=v1,k2=v2" with keys sorted, as Kubernetes prints a selector.
    QString toString() const;
    const QList<QPair<QString, QString>>& pairs() const { return m_pairs; }

private:
    QList<QPair<QString, QString>> m_pairs; // sorted by key
};

// A metav1.LabelSelector (matchLabels and matchExpressions with In, NotIn, Exists, DoesNotExist). A selector that
// is absent matches everything; one that cannot be understood matches nothing.
class LabelSelector
{
public:
    static LabelSelector fromJson(const QJsonValue& value); // null/undefined: absent
    bool matches(const Labels& labels) const;

private:
    struct Requirement
    {
        QString key;
        QString op;
        QStringList values;
    };
    bool m_absent = true;
    bool m_invalid = false;
    Labels m_matchLabels;
    QList<Requirement> m_expressions;
};

// True when every key/value of subset is in labels (maps.Contains).
bool containsAll(const Labels& labels, const Labels& subset);

} // namespace meshscope::analysis
