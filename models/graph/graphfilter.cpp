#include "graphfilter.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>
#include <optional>

namespace meshscope::graph {

namespace {

using Op = GraphFilter::Op;
using Term = GraphFilter::Term;
using Target = GraphFilter::Target;

enum class Kind
{
    Text,
    Number,
    Flag
};
struct Operand
{
    Kind kind;
    Target target;
};

const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> map = {
        { QStringLiteral("ns"), QStringLiteral("namespace") },
        { QStringLiteral("svc"), QStringLiteral("service") },
        { QStringLiteral("wl"), QStringLiteral("workload") },
        { QStringLiteral("op"), QStringLiteral("operation") },
        { QStringLiteral("httprate"), QStringLiteral("rps") },
        { QStringLiteral("grpcrate"), QStringLiteral("rps") },
        { QStringLiteral("%err"), QStringLiteral("%error") },
        { QStringLiteral("%req"), QStringLiteral("%traffic") },
        { QStringLiteral("%httperror"), QStringLiteral("%httperr") },
        { QStringLiteral("%grpcerror"), QStringLiteral("%grpcerr") },
        { QStringLiteral("rt"), QStringLiteral("responsetime") },
        { QStringLiteral("unhealthy"), QStringLiteral("failure") },
        { QStringLiteral("outsider"), QStringLiteral("outside") },
        { QStringLiteral("trafficsource"), QStringLiteral("root") },
        { QStringLiteral("se"), QStringLiteral("serviceentry") },
        { QStringLiteral("we"), QStringLiteral("workloadentry") },
        { QStringLiteral("om"), QStringLiteral("outofmesh") },
        { QStringLiteral("sidecar"), QStringLiteral("outofmesh") }, // Kiali's older name: missing sidecar
        { QStringLiteral("sc"), QStringLiteral("outofmesh") },
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

const QHash<QString, Operand>& operands()
{
    static const QHash<QString, Operand> map = [] {
        QHash<QString, Operand> m;
        auto add = [&m](Kind kind, Target target, std::initializer_list<const char*> names) {
            for (const char* name : names)
                m.insert(QLatin1String(name), Operand { kind, target });
        };
        add(Kind::Text, Target::Node,
            { "name", "app", "version", "workload", "service", "namespace", "cluster", "node", "operation" });
        add(Kind::Number, Target::Node, { "httpin", "httpout", "grpcin", "grpcout", "tcpin", "tcpout", "rank" });
        add(Kind::Flag, Target::Node,
            { "idle", "dead", "outside", "inaccessible", "root", "serviceentry", "outofmesh", "virtualservice",
                "circuitbreaker", "faultinjection", "trafficshifting", "tcptrafficshifting", "requestrouting",
                "requesttimeout", "mirroring", "workloadentry", "gateway", "injected" });
        add(Kind::Text, Target::Edge, { "protocol", "sourceprincipal", "destprincipal" });
        add(Kind::Number, Target::Edge,
            { "http", "grpc", "tcp", "rps", "tcprate", "%error", "%traffic", "%httperr", "%grpcerr", "%httptraffic",
                "%grpctraffic", "responsetime", "throughput" });
        add(Kind::Flag, Target::Edge, { "traffic", "mtls" });
        add(Kind::Flag, Target::Both, { "healthy", "degraded", "failure" });
        return m;
    }();
    return map;
}

QString canonical(const QString& field)
{
    const QString lower = field.toLower();
    if (lower.startsWith(QLatin1String("label:")))
        return QStringLiteral("label:") + field.mid(6); // label names are case-sensitive
    return aliases().value(lower, lower);
}

std::optional<Operand> operandOf(const QString& field)
{
    if (field.startsWith(QLatin1String("label:")))
        return field.size() > 6 ? std::optional(Operand { Kind::Text, Target::Node }) : std::nullopt;
    const auto it = operands().constFind(field);
    return it == operands().cend() ? std::nullopt : std::optional(*it);
}

// Kiali's prepareValue: drops `is`/`has`, turns `not`, `contains`, `startswith`, `endswith` into operators.
QString prepare(QString text)
{
    static const QList<std::pair<QRegularExpression, QString>> rewrites = [] {
        QList<std::pair<QRegularExpression, QString>> r;
        auto add = [&r](const char* pattern, const char* with) {
            r.append({ QRegularExpression(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption),
                QLatin1String(with) });
        };
        add(" is ", " ");
        add(" has ", " ");
        add(" !\\s*is ", " ! ");
        add(" !\\s*has ", " ! ");
        add(" not ", " !");
        add(" !\\s*contains ", " !*= ");
        add(" !\\s*startswith ", " !^= ");
        add(" !\\s*endswith ", " !$= ");
        add(" contains ", " *= ");
        add(" startswith ", " ^= ");
        add(" endswith ", " $= ");
        return r;
    }();
    text.replace(QStringLiteral("||"), QStringLiteral(" OR ")).replace(QStringLiteral("&&"), QStringLiteral(" AND "));
    text = QLatin1Char(' ') + text.simplified() + QLatin1Char(' ');
    for (const auto& [pattern, with] : rewrites) {
        // Twice: neighbouring words share the space between them ("is not", "not has").
        text.replace(pattern, with);
        text.replace(pattern, with);
    }
    return text.trimmed();
}

bool parseUnary(QString text, Term* term, QString* error)
{
    if (text.startsWith(QLatin1Char('!'))) {
        term->negate = true;
        text = text.mid(1).trimmed();
    }
    if (text.contains(QLatin1Char(' '))) {
        *error = QStringLiteral("no valid operator in \"%1\"").arg(text);
        return false;
    }
    const QString field = canonical(text);
    const std::optional<Operand> operand = operandOf(field);
    if (field.startsWith(QLatin1String("label:")) && operand) {
        term->field = field;
        term->op = term->negate ? Op::IsUnset : Op::IsSet;
        term->negate = false;
        term->target = Target::Node;
        return true;
    }
    if (!operand || operand->kind != Kind::Flag) {
        *error = QStringLiteral("unknown expression \"%1\"").arg(text);
        return false;
    }
    term->field = field;
    term->op = Op::Flag;
    term->target = operand->target;
    return true;
}

bool parseTerm(const QString& input, Term* term, QString* error)
{
    const QString text = input.trimmed();
    static const QRegularExpression comparison(
        QStringLiteral("^([%\\w.:/-]+)\\s*(!?\\*=|!?\\^=|!?\\$=|!=|>=|<=|=|>|<)\\s*(.+)$"));
    const QRegularExpressionMatch match = comparison.match(text);
    if (!match.hasMatch())
        return parseUnary(text, term, error);
    const QString field = canonical(match.captured(1));
    const QString value = match.captured(3).trimmed();
    static const QHash<QString, Op> ops = { { QStringLiteral("="), Op::Equal }, { QStringLiteral("!="), Op::NotEqual },
        { QStringLiteral(">"), Op::Greater }, { QStringLiteral(">="), Op::GreaterEqual },
        { QStringLiteral("<"), Op::Less }, { QStringLiteral("<="), Op::LessEqual },
        { QStringLiteral("*="), Op::Contains }, { QStringLiteral("!*="), Op::NotContains },
        { QStringLiteral("^="), Op::StartsWith }, { QStringLiteral("!^="), Op::NotStartsWith },
        { QStringLiteral("$="), Op::EndsWith }, { QStringLiteral("!$="), Op::NotEndsWith } };
    const std::optional<Operand> operand = operandOf(field);
    if (!operand || operand->kind == Kind::Flag) {
        *error = QStringLiteral("unknown field \"%1\"").arg(match.captured(1));
        return false;
    }
    term->field = field;
    term->op = ops.value(match.captured(2));
    term->text = value;
    term->target = operand->target;
    const bool ordering
        = term->op == Op::Greater || term->op == Op::GreaterEqual || term->op == Op::Less || term->op == Op::LessEqual;
    if (operand->kind == Kind::Text) {
        if (ordering) {
            *error = QStringLiteral("\"%1\" compares text: use = != *= ^= $=").arg(field);
            return false;
        }
        if (field == QLatin1String("node")) {
            static const QHash<QString, QString> types = { { QStringLiteral("svc"), QStringLiteral("service") },
                { QStringLiteral("wl"), QStringLiteral("workload") },
                { QStringLiteral("op"), QStringLiteral("aggregate") },
                { QStringLiteral("operation"), QStringLiteral("aggregate") } };
            term->text = types.value(value.toLower(), value.toLower());
            static const QStringList known
                = { QStringLiteral("app"), QStringLiteral("service"), QStringLiteral("workload"),
                      QStringLiteral("unknown"), QStringLiteral("aggregate"), QStringLiteral("box") };
            if ((term->op == Op::Equal || term->op == Op::NotEqual) && !known.contains(term->text)) {
                *error = QStringLiteral("unknown node type \"%1\": app, operation, service, unknown or workload")
                             .arg(value);
                return false;
            }
        }
        return true;
    }
    if (!ordering && term->op != Op::Equal && term->op != Op::NotEqual) {
        *error = QStringLiteral("\"%1\" compares numbers: use = != > >= < <=").arg(field);
        return false;
    }
    if (value.compare(QLatin1String("NaN"), Qt::CaseInsensitive) == 0 && !ordering) {
        // Kiali: `= NaN` tests for no activity, `!= NaN` for some.
        term->op = term->op == Op::Equal ? Op::IsUnset : Op::IsSet;
        return true;
    }
    bool ok = false;
    term->number = QString(value).remove(QLatin1Char('%')).toDouble(&ok);
    if (!ok || std::isnan(term->number)) {
        *error = QStringLiteral("\"%1\" needs a number, not \"%2\"").arg(field, value);
        return false;
    }
    if (field == QLatin1String("rank") && (term->number < 1 || term->number > 100)) {
        *error = QStringLiteral("rank is between 1 and 100, not %1").arg(value);
        return false;
    }
    return true;
}

bool compareText(Op op, const QStringList& candidates, const QString& value)
{
    auto any = [&](auto predicate) {
        return std::any_of(
            candidates.cbegin(), candidates.cend(), [&](const QString& c) { return !c.isEmpty() && predicate(c); });
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

// A number operand's value, or NaN when the element has none (Kiali's missing attribute: `= NaN` matches it).
bool compareNumber(Op op, double actual, double wanted)
{
    const bool set = !std::isnan(actual) && actual != 0;
    switch (op) {
    case Op::IsSet:
        return set;
    case Op::IsUnset:
        return !set;
    case Op::Equal:
        return !std::isnan(actual) && qFuzzyCompare(actual + 1, wanted + 1);
    case Op::NotEqual:
        return std::isnan(actual) || !qFuzzyCompare(actual + 1, wanted + 1);
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

// Kiali: `healthy` is Healthy; `!healthy` is Degraded or Failure (no traffic to judge is neither).
bool healthTerm(const Term& t, Health health)
{
    if (t.field == QLatin1String("healthy"))
        return t.negate ? health == Health::Degraded || health == Health::Failure : health == Health::Healthy;
    const bool value = t.field == QLatin1String("degraded") ? health == Health::Degraded : health == Health::Failure;
    return value != t.negate;
}

bool nodeFlag(const QString& f, const Node& n)
{
    static const QHash<QString, bool Node::*> flags = { { QStringLiteral("idle"), &Node::isIdle },
        { QStringLiteral("dead"), &Node::isDead }, { QStringLiteral("outside"), &Node::isOutside },
        { QStringLiteral("inaccessible"), &Node::isInaccessible }, { QStringLiteral("root"), &Node::isRoot },
        { QStringLiteral("outofmesh"), &Node::hasMissingSidecar },
        { QStringLiteral("virtualservice"), &Node::hasVirtualService },
        { QStringLiteral("circuitbreaker"), &Node::hasCircuitBreaker },
        { QStringLiteral("faultinjection"), &Node::hasFaultInjection },
        { QStringLiteral("trafficshifting"), &Node::hasTrafficShifting },
        { QStringLiteral("tcptrafficshifting"), &Node::hasTcpTrafficShifting },
        { QStringLiteral("requestrouting"), &Node::hasRequestRouting },
        { QStringLiteral("requesttimeout"), &Node::hasRequestTimeout },
        { QStringLiteral("mirroring"), &Node::hasMirroring }, { QStringLiteral("gateway"), &Node::isGateway },
        { QStringLiteral("injected"), &Node::isInjected } };
    if (f == QLatin1String("serviceentry"))
        return !n.isServiceEntry.isEmpty();
    // workloadentry: Meshscope reads no WorkloadEntries, so no node has one.
    const auto it = flags.constFind(f);
    return it != flags.cend() && n.*(*it);
}

bool nodeTerm(const Term& t, const Node& n)
{
    if (t.target == Target::Edge)
        return false;
    if (t.op == Op::Flag)
        return t.target == Target::Both ? healthTerm(t, n.health) : nodeFlag(t.field, n) != t.negate;
    if (t.field.startsWith(QLatin1String("label:"))) {
        const QString label = t.field.mid(6);
        if (t.op == Op::IsSet || t.op == Op::IsUnset)
            return n.labels.contains(label) == (t.op == Op::IsSet);
        return compareText(t.op, { n.labels.value(label) }, t.text);
    }
    if (t.field == QLatin1String("rank"))
        return compareNumber(t.op, n.rank > 0 ? n.rank : NAN, t.number);
    const bool out = t.field.endsWith(QLatin1String("out"));
    if (operandOf(t.field)->kind == Kind::Number) {
        const QString rateKey
            = t.field.left(t.field.size() - (out ? 3 : 2)) + (out ? QLatin1String("Out") : QLatin1String("In"));
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
    // operation: Meshscope builds no operation (aggregate) nodes, so nothing has one.
    return compareText(t.op, candidates, t.text);
}

double edgeNumber(const QString& f, const Edge& e)
{
    const bool tcp = e.protocol == QLatin1String("tcp");
    if (f == QLatin1String("rps"))
        return tcp ? NAN : e.requestRate();
    if (f == QLatin1String("tcprate"))
        return tcp ? e.requestRate() : NAN;
    if (f == QLatin1String("%error"))
        return e.errorPercent();
    if (f == QLatin1String("%traffic"))
        return e.requestPercent();
    if (f == QLatin1String("responsetime"))
        return e.responseTimeMs >= 0 ? e.responseTimeMs : NAN;
    if (f == QLatin1String("throughput"))
        return e.throughput >= 0 ? e.throughput : NAN;
    // Kiali's rate keys: http, grpc, tcp, %httperr → httpPercentErr, %grpctraffic → grpcPercentReq, …
    static const QHash<QString, QString> keys = { { QStringLiteral("%httperr"), QStringLiteral("httpPercentErr") },
        { QStringLiteral("%grpcerr"), QStringLiteral("grpcPercentErr") },
        { QStringLiteral("%httptraffic"), QStringLiteral("httpPercentReq") },
        { QStringLiteral("%grpctraffic"), QStringLiteral("grpcPercentReq") } };
    const QString key = keys.value(f, f);
    return e.rates.contains(key) ? e.rates.value(key) : NAN;
}

bool edgeTerm(const Term& t, const Edge& e)
{
    if (t.target == Target::Node)
        return false;
    if (t.op == Op::Flag) {
        if (t.target == Target::Both)
            return healthTerm(t, e.health);
        const bool value = t.field == QLatin1String("mtls") ? e.mtlsPercent > 0 : e.requestRate() > 0;
        return value != t.negate;
    }
    if (t.field == QLatin1String("protocol"))
        return compareText(t.op, { e.protocol }, t.text);
    if (t.field == QLatin1String("sourceprincipal"))
        return compareText(t.op, { e.sourcePrincipal }, t.text);
    if (t.field == QLatin1String("destprincipal"))
        return compareText(t.op, { e.destPrincipal }, t.text);
    return compareNumber(t.op, edgeNumber(t.field, e), t.number);
}

} // namespace

bool GraphFilter::parse(const QString& text, QString* error)
{
    m_any.clear();
    QString problem;
    const QString prepared = prepare(text);
    if (prepared.isEmpty()) {
        if (error)
            error->clear();
        return true;
    }
    // Whole words only, so "a OR OR b" and a trailing "AND" leave an empty side to complain about.
    static const QRegularExpression orSplit(
        QStringLiteral("\\s*(?<!\\S)or(?!\\S)\\s*"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression andSplit(
        QStringLiteral("\\s*(?<!\\S)and(?!\\S)\\s*"), QRegularExpression::CaseInsensitiveOption);
    QList<QList<Term>> any;
    for (const QString& alternative : prepared.split(orSplit)) {
        QList<Term> all;
        bool nodeOnly = false, edgeOnly = false;
        for (const QString& part : alternative.split(andSplit)) {
            Term term;
            if (part.trimmed().isEmpty()) {
                problem = QStringLiteral("empty expression next to AND/OR");
                break;
            }
            if (!parseTerm(part, &term, &problem))
                break;
            nodeOnly = nodeOnly || term.target == Target::Node;
            edgeOnly = edgeOnly || term.target == Target::Edge;
            if (nodeOnly && edgeOnly) {
                problem = QStringLiteral("can not AND node and edge criteria (\"%1\")").arg(alternative.trimmed());
                break;
            }
            all.append(term);
        }
        if (!problem.isEmpty()) {
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
            if (t.target != Target::Edge)
                return true;
        }
    }
    return false;
}

bool GraphFilter::hasEdgeTerms() const
{
    for (const QList<Term>& all : m_any) {
        for (const Term& t : all) {
            if (t.target != Target::Node)
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
