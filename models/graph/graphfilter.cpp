#include "graphfilter.h"

#include <QRegularExpression>

namespace meshscope::graph {

namespace {

using Op = GraphFilter::Op;
using Term = GraphFilter::Term;

const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> map = {
        { QStringLiteral("ns"), QStringLiteral("namespace") },
        { QStringLiteral("httprate"), QStringLiteral("rps") },
        { QStringLiteral("grpcrate"), QStringLiteral("rps") },
        { QStringLiteral("%err"), QStringLiteral("%error") },
        { QStringLiteral("%req"), QStringLiteral("%traffic") },
        { QStringLiteral("rt"), QStringLiteral("responsetime") },
        { QStringLiteral("unhealthy"), QStringLiteral("failure") },
        { QStringLiteral("outsider"), QStringLiteral("outside") },
        { QStringLiteral("trafficsource"), QStringLiteral("root") },
        { QStringLiteral("se"), QStringLiteral("serviceentry") },
        { QStringLiteral("sc"), QStringLiteral("sidecar") },
        { QStringLiteral("vs"), QStringLiteral("virtualservice") },
        { QStringLiteral("cb"), QStringLiteral("circuitbreaker") },
        { QStringLiteral("fi"), QStringLiteral("faultinjection") },
        { QStringLiteral("ts"), QStringLiteral("trafficshifting") },
        { QStringLiteral("tcpts"), QStringLiteral("tcptrafficshifting") },
        { QStringLiteral("rr"), QStringLiteral("requestrouting") },
        { QStringLiteral("rto"), QStringLiteral("requesttimeout") },
    };
    return map;
}

const QStringList nodeStringFields
    = { QStringLiteral("name"), QStringLiteral("app"), QStringLiteral("version"), QStringLiteral("workload"),
          QStringLiteral("service"), QStringLiteral("namespace"), QStringLiteral("cluster"), QStringLiteral("node") };
const QStringList nodeNumberFields = { QStringLiteral("httpin"), QStringLiteral("httpout"), QStringLiteral("grpcin"),
    QStringLiteral("grpcout"), QStringLiteral("tcpin"), QStringLiteral("tcpout") };
const QStringList edgeNumberFields = { QStringLiteral("rps"), QStringLiteral("tcprate"), QStringLiteral("%error"),
    QStringLiteral("%traffic"), QStringLiteral("responsetime"), QStringLiteral("throughput") };
const QStringList nodeFlags = { QStringLiteral("idle"), QStringLiteral("dead"), QStringLiteral("outside"),
    QStringLiteral("root"), QStringLiteral("serviceentry"), QStringLiteral("sidecar"), QStringLiteral("virtualservice"),
    QStringLiteral("circuitbreaker"), QStringLiteral("faultinjection"), QStringLiteral("trafficshifting"),
    QStringLiteral("tcptrafficshifting"), QStringLiteral("requestrouting"), QStringLiteral("requesttimeout"),
    QStringLiteral("mirroring"), QStringLiteral("gateway"), QStringLiteral("injected") };
const QStringList healthFlags = { QStringLiteral("healthy"), QStringLiteral("degraded"), QStringLiteral("failure") };

bool parseTerm(QString text, Term* term, QString* error)
{
    text = text.trimmed();
    static const QRegularExpression comparison(
        QStringLiteral("^([%\\w.-]+)\\s*(!?\\*=|!?\\^=|!?\\$=|!=|>=|<=|=|>|<)\\s*(.+)$"));
    const QRegularExpressionMatch match = comparison.match(text);
    if (!match.hasMatch()) {
        QString flag = text.toLower();
        if (flag.startsWith(QLatin1Char('!'))) {
            term->negate = true;
            flag = flag.mid(1).trimmed();
        }
        flag = aliases().value(flag, flag);
        if (!nodeFlags.contains(flag) && !healthFlags.contains(flag) && flag != QLatin1String("mtls")) {
            *error = QStringLiteral("unknown expression \"%1\"").arg(text);
            return false;
        }
        term->field = flag;
        term->op = Op::Flag;
        term->edgeTerm = flag == QLatin1String("mtls");
        return true;
    }
    QString field = match.captured(1).toLower();
    field = aliases().value(field, field);
    const QString op = match.captured(2);
    const QString value = match.captured(3).trimmed();
    static const QHash<QString, Op> ops = { { QStringLiteral("="), Op::Equal }, { QStringLiteral("!="), Op::NotEqual },
        { QStringLiteral(">"), Op::Greater }, { QStringLiteral(">="), Op::GreaterEqual },
        { QStringLiteral("<"), Op::Less }, { QStringLiteral("<="), Op::LessEqual },
        { QStringLiteral("*="), Op::Contains }, { QStringLiteral("!*="), Op::NotContains },
        { QStringLiteral("^="), Op::StartsWith }, { QStringLiteral("!^="), Op::NotStartsWith },
        { QStringLiteral("$="), Op::EndsWith }, { QStringLiteral("!$="), Op::NotEndsWith } };
    term->field = field;
    term->op = ops.value(op);
    term->text = value;
    const bool numeric = nodeNumberFields.contains(field) || edgeNumberFields.contains(field);
    const bool ordering
        = term->op == Op::Greater || term->op == Op::GreaterEqual || term->op == Op::Less || term->op == Op::LessEqual;
    if (numeric) {
        bool ok = false;
        term->number = QString(value).remove(QLatin1Char('%')).toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("\"%1\" needs a number, not \"%2\"").arg(field, value);
            return false;
        }
        if (!ordering && term->op != Op::Equal && term->op != Op::NotEqual) {
            *error = QStringLiteral("\"%1\" compares numbers: use = != > >= < <=").arg(field);
            return false;
        }
        term->edgeTerm = edgeNumberFields.contains(field);
        return true;
    }
    if (nodeStringFields.contains(field) || field == QLatin1String("protocol")) {
        if (ordering) {
            *error = QStringLiteral("\"%1\" compares text: use = != *= ^= $=").arg(field);
            return false;
        }
        term->edgeTerm = field == QLatin1String("protocol");
        return true;
    }
    *error = QStringLiteral("unknown field \"%1\"").arg(match.captured(1));
    return false;
}

bool compareText(Op op, const QStringList& candidates, const QString& value)
{
    auto any = [&](auto predicate) {
        for (const QString& c : candidates) {
            if (!c.isEmpty() && predicate(c))
                return true;
        }
        return false;
    };
    switch (op) {
    case Op::Equal:
        return any([&](const QString& c) { return c.compare(value, Qt::CaseInsensitive) == 0; });
    case Op::NotEqual:
        return !compareText(Op::Equal, candidates, value);
    case Op::Contains:
        return any([&](const QString& c) { return c.contains(value, Qt::CaseInsensitive); });
    case Op::NotContains:
        return !compareText(Op::Contains, candidates, value);
    case Op::StartsWith:
        return any([&](const QString& c) { return c.startsWith(value, Qt::CaseInsensitive); });
    case Op::NotStartsWith:
        return !compareText(Op::StartsWith, candidates, value);
    case Op::EndsWith:
        return any([&](const QString& c) { return c.endsWith(value, Qt::CaseInsensitive); });
    case Op::NotEndsWith:
        return !compareText(Op::EndsWith, candidates, value);
    default:
        return false;
    }
}

bool compareNumber(Op op, double actual, double wanted)
{
    switch (op) {
    case Op::Equal:
        return qFuzzyCompare(actual + 1, wanted + 1);
    case Op::NotEqual:
        return !qFuzzyCompare(actual + 1, wanted + 1);
    case Op::Greater:
        return actual > wanted;
    case Op::GreaterEqual:
        return actual >= wanted;
    case Op::Less:
        return actual < wanted;
    case Op::LessEqual:
        return actual <= wanted;
    default:
        return false;
    }
}

bool healthFlag(const QString& flag, Health health)
{
    if (flag == QLatin1String("healthy"))
        return health == Health::Healthy;
    if (flag == QLatin1String("degraded"))
        return health == Health::Degraded;
    return health == Health::Failure;
}

bool nodeTerm(const Term& t, const Node& n)
{
    if (t.edgeTerm)
        return false;
    if (t.op == Op::Flag) {
        bool value = false;
        if (healthFlags.contains(t.field))
            value = healthFlag(t.field, n.health);
        else if (t.field == QLatin1String("idle"))
            value = n.isIdle;
        else if (t.field == QLatin1String("dead"))
            value = n.isDead;
        else if (t.field == QLatin1String("outside"))
            value = n.isOutside;
        else if (t.field == QLatin1String("root"))
            value = n.isRoot;
        else if (t.field == QLatin1String("serviceentry"))
            value = !n.isServiceEntry.isEmpty();
        else if (t.field == QLatin1String("sidecar"))
            value = n.hasMissingSidecar;
        else if (t.field == QLatin1String("virtualservice"))
            value = n.hasVirtualService;
        else if (t.field == QLatin1String("circuitbreaker"))
            value = n.hasCircuitBreaker;
        else if (t.field == QLatin1String("faultinjection"))
            value = n.hasFaultInjection;
        else if (t.field == QLatin1String("trafficshifting"))
            value = n.hasTrafficShifting;
        else if (t.field == QLatin1String("tcptrafficshifting"))
            value = n.hasTcpTrafficShifting;
        else if (t.field == QLatin1String("requestrouting"))
            value = n.hasRequestRouting;
        else if (t.field == QLatin1String("requesttimeout"))
            value = n.hasRequestTimeout;
        else if (t.field == QLatin1String("mirroring"))
            value = n.hasMirroring;
        else if (t.field == QLatin1String("gateway"))
            value = n.isGateway;
        else if (t.field == QLatin1String("injected"))
            value = n.isInjected;
        return value != t.negate;
    }
    if (nodeNumberFields.contains(t.field)) {
        const QString key = t.field.left(t.field.size() - (t.field.endsWith(QLatin1String("out")) ? 3 : 2));
        const QString rateKey
            = key + (t.field.endsWith(QLatin1String("out")) ? QStringLiteral("Out") : QStringLiteral("In"));
        return compareNumber(t.op, n.rate(rateKey), t.number);
    }
    QStringList candidates;
    if (t.field == QLatin1String("name"))
        candidates = { n.workload, n.app, n.service };
    else if (t.field == QLatin1String("app"))
        candidates = { n.app };
    else if (t.field == QLatin1String("version"))
        candidates = { n.version };
    else if (t.field == QLatin1String("workload"))
        candidates = { n.workload };
    else if (t.field == QLatin1String("service"))
        candidates = { n.service };
    else if (t.field == QLatin1String("namespace"))
        candidates = { n.namespace_ };
    else if (t.field == QLatin1String("cluster"))
        candidates = { n.cluster };
    else if (t.field == QLatin1String("node"))
        candidates = { toString(n.type) };
    return compareText(t.op, candidates, t.text);
}

bool edgeTerm(const Term& t, const Edge& e)
{
    if (t.op == Op::Flag) {
        bool value = false;
        if (t.field == QLatin1String("mtls"))
            value = e.mtlsPercent > 0;
        else if (t.field == QLatin1String("idle"))
            value = e.requestRate() <= 0;
        else if (healthFlags.contains(t.field))
            value = healthFlag(t.field, e.health);
        else
            return false;
        return value != t.negate;
    }
    if (t.field == QLatin1String("protocol"))
        return compareText(t.op, { e.protocol }, t.text);
    if (!t.edgeTerm)
        return false;
    const bool tcp = e.protocol == QLatin1String("tcp");
    double value = 0;
    if (t.field == QLatin1String("rps"))
        value = tcp ? 0 : e.requestRate();
    else if (t.field == QLatin1String("tcprate"))
        value = tcp ? e.requestRate() : 0;
    else if (t.field == QLatin1String("%error"))
        value = e.errorPercent();
    else if (t.field == QLatin1String("%traffic"))
        value = e.requestPercent();
    else if (t.field == QLatin1String("responsetime")) {
        if (e.responseTimeMs < 0)
            return false;
        value = e.responseTimeMs;
    } else if (t.field == QLatin1String("throughput")) {
        if (e.throughput < 0)
            return false;
        value = e.throughput;
    }
    return compareNumber(t.op, value, t.number);
}

} // namespace

bool GraphFilter::parse(const QString& text, QString* error)
{
    m_any.clear();
    QString normalized = text;
    normalized.replace(QStringLiteral("||"), QStringLiteral(" OR "))
        .replace(QStringLiteral("&&"), QStringLiteral(" AND "));
    static const QRegularExpression orSplit(QStringLiteral("\\s+or\\s+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression andSplit(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
    if (normalized.trimmed().isEmpty()) {
        if (error)
            error->clear();
        return true;
    }
    QList<QList<Term>> any;
    for (const QString& alternative : normalized.split(orSplit)) {
        QList<Term> all;
        for (const QString& part : alternative.split(andSplit)) {
            Term term;
            QString problem;
            if (part.trimmed().isEmpty()) {
                problem = QStringLiteral("empty expression next to AND/OR");
            } else if (parseTerm(part, &term, &problem)) {
                all.append(term);
                continue;
            }
            if (error)
                *error = problem;
            return false;
        }
        any.append(all);
    }
    m_any = any;
    if (error)
        error->clear();
    return true;
}

bool GraphFilter::hasNodeTerms() const
{
    for (const QList<Term>& all : m_any) {
        for (const Term& t : all) {
            if (!t.edgeTerm)
                return true;
        }
    }
    return false;
}

bool GraphFilter::hasEdgeTerms() const
{
    for (const QList<Term>& all : m_any) {
        for (const Term& t : all) {
            if (t.edgeTerm || t.op == Op::Flag)
                return true;
        }
    }
    return false;
}

bool GraphFilter::matches(const Node& node) const
{
    for (const QList<Term>& all : m_any) {
        if (std::all_of(all.cbegin(), all.cend(), [&](const Term& t) { return nodeTerm(t, node); }))
            return true;
    }
    return false;
}

bool GraphFilter::matches(const Edge& edge) const
{
    for (const QList<Term>& all : m_any) {
        if (std::all_of(all.cbegin(), all.cend(), [&](const Term& t) { return edgeTerm(t, edge); }))
            return true;
    }
    return false;
}

} // namespace meshscope::graph
