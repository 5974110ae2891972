#include "selectors.h"

#include <algorithm>

namespace meshscope::analysis {

LabelSet::LabelSet(const Labels& labels)
{
    m_pairs.reserve(labels.size());
    for (auto it = labels.begin(); it != labels.end(); ++it)
        m_pairs.append({ it.key(), it.value() });
    std::sort(m_pairs.begin(), m_pairs.end());
}

bool LabelSet::matches(const Labels& labels) const
{
    for (const auto& [key, value] : m_pairs) {
        const auto it = labels.constFind(key);
        if (it == labels.constEnd() || *it != value)
            return false;
    }
    return true;
}

QString LabelSet::toString() const
{
    QStringList parts;
    parts.reserve(m_pairs.size());
    for (const auto& [key, value] : m_pairs)
        parts << key + QLatin1Char('=') + value;
    return parts.join(QLatin1Char(','));
}

LabelSelector LabelSelector::fromJson(const QJsonValue& value)
{
    LabelSelector selector;
    if (value.isNull() || value.isUndefined())
        return selector;
    selector.m_absent = false;
    const QJsonObject object = value.toObject();
    selector.m_matchLabels = json::stringMap(object.value(QLatin1String("matchLabels")));
    for (const QJsonValue& item : json::arr(object, "matchExpressions")) {
        const QJsonObject expression = item.toObject();
        Requirement requirement { json::str(expression, "key"), json::str(expression, "operator"),
            json::strings(expression.value(QLatin1String("values"))) };
        const bool needsValues = requirement.op == QLatin1String("In") || requirement.op == QLatin1String("NotIn");
        const bool noValues
            = requirement.op == QLatin1String("Exists") || requirement.op == QLatin1String("DoesNotExist");
        if ((!needsValues && !noValues) || (needsValues && requirement.values.isEmpty())
            || (noValues && !requirement.values.isEmpty()))
            selector.m_invalid = true;
        selector.m_expressions.append(requirement);
    }
    return selector;
}

bool LabelSelector::matches(const Labels& labels) const
{
    if (m_absent)
        return true;
    if (m_invalid)
        return false;
    if (!containsAll(labels, m_matchLabels))
        return false;
    for (const Requirement& requirement : m_expressions) {
        const bool present = labels.contains(requirement.key);
        if (requirement.op == QLatin1String("In")) {
            if (!present || !requirement.values.contains(labels.value(requirement.key)))
                return false;
        } else if (requirement.op == QLatin1String("NotIn")) {
            if (present && requirement.values.contains(labels.value(requirement.key)))
                return false;
        } else if (requirement.op == QLatin1String("Exists")) {
            if (!present)
                return false;
        } else if (present) { // DoesNotExist
            return false;
        }
    }
    return true;
}

bool containsAll(const Labels& labels, const Labels& subset)
{
    for (auto it = subset.begin(); it != subset.end(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.constEnd() || *found != it.value())
            return false;
    }
    return true;
}

} // namespace meshscope::analysis
