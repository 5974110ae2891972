#include "sim/apiserver/selectors.h"

#include <QRegularExpression>

namespace meshscope::sim {

namespace {
// Splits on commas outside parentheses.
QStringList splitTerms(const QString& text)
{
    QStringList terms;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            terms.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty())
        terms.append(current.trimmed());
    return terms;
}
} // namespace

std::optional<LabelSelector> LabelSelector::parse(const QString& text, QString* error)
{
    static const QRegularExpression setPattern(QStringLiteral("^([A-Za-z0-9._/-]+)\\s+(in|notin)\\s*\\(([^)]*)\\)$"));
    static const QRegularExpression comparePattern(
        QStringLiteral("^([A-Za-z0-9._/-]+)\\s*(==|!=|=)\\s*([A-Za-z0-9._-]*)$"));
    static const QRegularExpression existsPattern(QStringLiteral("^(!?)([A-Za-z0-9._/-]+)$"));
    LabelSelector selector;
    for (const QString& term : splitTerms(text)) {
        if (term.isEmpty())
            continue;
        if (const auto match = setPattern.match(term); match.hasMatch()) {
            QStringList values;
            for (const QString& value : match.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
                values.append(value.trimmed());
            selector.m_requirements.append(
                { match.captured(1), match.captured(2) == QStringLiteral("in") ? Op::In : Op::NotIn, values });
        } else if (const auto match = comparePattern.match(term); match.hasMatch()) {
            selector.m_requirements.append({ match.captured(1),
                match.captured(2) == QStringLiteral("!=") ? Op::NotEquals : Op::Equals, { match.captured(3) } });
        } else if (const auto match = existsPattern.match(term); match.hasMatch()) {
            selector.m_requirements.append(
                { match.captured(2), match.captured(1).isEmpty() ? Op::Exists : Op::NotExists, {} });
        } else {
            *error = QStringLiteral("unable to parse requirement: found '%1', expected: in, notin, =, ==, !=, gt, lt")
                         .arg(term);
            return std::nullopt;
        }
    }
    return selector;
}

bool LabelSelector::matches(const QJsonObject& labels) const
{
    for (const Requirement& requirement : m_requirements) {
        const bool has = labels.contains(requirement.key);
        const QString value = labels.value(requirement.key).toString();
        switch (requirement.op) {
        case Op::Equals:
        case Op::In:
            if (!has || !requirement.values.contains(value))
                return false;
            break;
        case Op::NotEquals:
        case Op::NotIn:
            if (has && requirement.values.contains(value))
                return false;
            break;
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::NotExists:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

std::optional<FieldSelector> FieldSelector::parse(const QString& text, const QString& resource, QString* error)
{
    static const QStringList common { QStringLiteral("metadata.name"), QStringLiteral("metadata.namespace") };
    FieldSelector selector;
    for (const QString& term : splitTerms(text)) {
        if (term.isEmpty())
            continue;
        const bool negated = term.contains(QStringLiteral("!="));
        const QStringList parts
            = term.split(negated ? QStringLiteral("!=")
                                 : (term.contains(QStringLiteral("==")) ? QStringLiteral("==") : QStringLiteral("=")));
        if (parts.size() != 2) {
            *error = QStringLiteral("invalid selector: '%1'; can't understand '%1'").arg(term);
            return std::nullopt;
        }
        const QString field = parts.at(0).trimmed();
        const bool known = common.contains(field) || resource == QStringLiteral("events")
            || (resource == QStringLiteral("pods")
                && (field == QStringLiteral("spec.nodeName") || field == QStringLiteral("status.phase")))
            || (resource == QStringLiteral("secrets") && field == QStringLiteral("type"));
        if (!known) {
            *error = QStringLiteral("field label not supported: %1").arg(field);
            return std::nullopt;
        }
        selector.m_terms.append({ field.split(QLatin1Char('.')), parts.at(1).trimmed(), negated });
    }
    return selector;
}

bool FieldSelector::matches(const QJsonObject& object) const
{
    for (const Term& term : m_terms) {
        QJsonValue value = object;
        for (const QString& key : term.path)
            value = value.toObject().value(key);
        if ((value.toString() == term.value) == term.negated)
            return false;
    }
    return true;
}

} // namespace meshscope::sim
