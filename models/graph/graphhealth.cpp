#include "graphhealth.h"

#include <QHash>
#include <QRegularExpression>
#include <tuple>

namespace meshscope::graph {

QRegularExpression toleranceCodeRegex(const QString& code)
{
    QString pattern = code;
    pattern.replace(QLatin1Char('X'), QStringLiteral("\\d")).replace(QLatin1Char('x'), QStringLiteral("\\d"));
    if (!pattern.startsWith(QLatin1Char('^')))
        pattern.prepend(QLatin1Char('^'));
    if (!pattern.endsWith(QLatin1Char('$')))
        pattern.append(QLatin1Char('$'));
    return QRegularExpression(pattern);
}

namespace {

Health worse(Health a, Health b)
{
    return int(a) > int(b) ? a : b;
}

// The tolerances with their patterns compiled once per graph (not once per node and edge).
struct Compiled
{
    RateTolerance tolerance;
    QRegularExpression code, protocol, direction;
    QString simpleCode; // "5XX", "404", "-": matched character by character, no regex per response code
    bool inboundHttp = false, inboundGrpc = false; // protocol and direction patterns, evaluated once
    bool matchesCode(const QString& value) const
    {
        if (simpleCode.isEmpty())
            return code.match(value).hasMatch();
        if (value.size() != simpleCode.size())
            return false;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QChar want = simpleCode[i];
            const bool any = want == QLatin1Char('X') || want == QLatin1Char('x');
            if (any ? !value[i].isDigit() : value[i] != want)
                return false;
        }
        return true;
    }
};

// "5XX", "404", "-" (also anchored, as Kiali's default "^-$"): a code compared character by character.
QString simpleCode(const QString& code)
{
    static const QRegularExpression simple(QStringLiteral("^\\^?([0-9Xx-]+)\\$?$"));
    const QRegularExpressionMatch match = simple.match(code);
    return match.hasMatch() ? match.captured(1) : QString();
}

QList<Compiled> compile(const HealthConfig& config)
{
    QList<Compiled> compiled;
    for (const RateTolerance& t : config.tolerances) {
        compiled.append({ t, toleranceCodeRegex(t.code),
            QRegularExpression(QStringLiteral("^(?:") + t.protocol + QStringLiteral(")$")),
            QRegularExpression(QStringLiteral("^(?:") + t.direction + QStringLiteral(")$")), simpleCode(t.code) });
        Compiled& c = compiled.last();
        const bool inbound = c.direction.match(QStringLiteral("inbound")).hasMatch();
        c.inboundHttp = inbound && c.protocol.match(QStringLiteral("http")).hasMatch();
        c.inboundGrpc = inbound && c.protocol.match(QStringLiteral("grpc")).hasMatch();
    }
    return compiled;
}

// Percent of requests per tolerance, for one protocol and direction, from code → percent.
Health judge(const QMap<QString, double>& percentByCode, const QString& protocol, const QString& direction,
    const QList<Compiled>& tolerances)
{
    Health health = Health::Healthy;
    for (const Compiled& c : tolerances) {
        const bool applies = direction == QLatin1String("inbound")
            ? (protocol == QLatin1String("http") ? c.inboundHttp : protocol == QLatin1String("grpc") && c.inboundGrpc)
            : (c.protocol.match(protocol).hasMatch() && c.direction.match(direction).hasMatch());
        if (!applies)
            continue;
        double percent = 0;
        for (auto it = percentByCode.cbegin(); it != percentByCode.cend(); ++it) {
            if (c.matchesCode(it.key()))
                percent += it.value();
        }
        if (percent > 0)
            health = worse(health, healthForPercent(percent, c.tolerance));
    }
    return health;
}

// An edge's share of requests per response code (Kiali's responses: code → flags → percent).
QMap<QString, double> percentByCode(const Edge& edge)
{
    QMap<QString, double> percents;
    for (auto it = edge.responses.cbegin(); it != edge.responses.cend(); ++it) {
        double percent = 0;
        for (double value : it->flags)
            percent += value;
        if (it->flags.isEmpty()) {
            for (double value : it->hosts)
                percent += value;
        }
        percents[it.key()] = percent;
    }
    return percents;
}

Health edgeHealthCompiled(const Edge& edge, const QList<Compiled>& tolerances)
{
    if (edge.protocol == QLatin1String("tcp") || edge.requestRate() <= 0)
        return Health::None;
    return judge(percentByCode(edge), edge.protocol, QStringLiteral("inbound"), tolerances);
}

// What a node received, per protocol and response code (requests/s), from the edges into it: every code the
// tolerances may name (2XX, 404, a gRPC status), not only the 4xx/5xx/no-response rates a node carries itself.
struct Inbound
{
    QMap<QString, double> http, grpc; // code → requests/s
    double httpTotal = 0, grpcTotal = 0;
};

QHash<QString, Inbound> inboundByNode(const Graph& graph)
{
    QHash<QString, Inbound> inbound;
    for (const Edge& edge : graph.edges) {
        const bool http = edge.protocol == QLatin1String("http");
        if ((!http && edge.protocol != QLatin1String("grpc")) || edge.responses.isEmpty())
            continue;
        const double rate = edge.requestRate();
        if (rate <= 0)
            continue;
        Inbound& in = inbound[edge.dest];
        QMap<QString, double>& codes = http ? in.http : in.grpc;
        (http ? in.httpTotal : in.grpcTotal) += rate;
        const QMap<QString, double> percents = percentByCode(edge);
        for (auto it = percents.cbegin(); it != percents.cend(); ++it)
            codes[it.key()] += rate * it.value() / 100;
    }
    return inbound;
}

Health inboundHealth(const Inbound& in, const QList<Compiled>& tolerances)
{
    Health health = Health::None;
    for (const auto& [codes, total, protocol] : { std::tuple { &in.http, in.httpTotal, QStringLiteral("http") },
             std::tuple { &in.grpc, in.grpcTotal, QStringLiteral("grpc") } }) {
        if (total <= 0)
            continue;
        QMap<QString, double> percents;
        for (auto it = codes->cbegin(); it != codes->cend(); ++it)
            percents.insert(it.key(), it.value() / total * 100);
        health = worse(health, judge(percents, protocol, QStringLiteral("inbound"), tolerances));
    }
    return health;
}

Health nodeHealthCompiled(const Node& node, const QList<Compiled>& tolerances)
{
    Health health = Health::None;
    const double httpIn = node.rate(QStringLiteral("httpIn"));
    if (httpIn > 0) {
        QMap<QString, double> codes;
        codes[QStringLiteral("500")] = node.rate(QStringLiteral("httpIn5xx")) / httpIn * 100;
        codes[QStringLiteral("400")] = node.rate(QStringLiteral("httpIn4xx")) / httpIn * 100;
        codes[QStringLiteral("-")] = node.rate(QStringLiteral("httpInNoResponse")) / httpIn * 100;
        health = worse(health, judge(codes, QStringLiteral("http"), QStringLiteral("inbound"), tolerances));
    }
    const double grpcIn = node.rate(QStringLiteral("grpcIn"));
    if (grpcIn > 0) {
        QMap<QString, double> codes;
        codes[QStringLiteral("2")] = node.rate(QStringLiteral("grpcInErr")) / grpcIn * 100;
        codes[QStringLiteral("-")] = node.rate(QStringLiteral("grpcInNoResponse")) / grpcIn * 100;
        health = worse(health, judge(codes, QStringLiteral("grpc"), QStringLiteral("inbound"), tolerances));
    }
    return health;
}

} // namespace

QList<RateTolerance> HealthConfig::defaultTolerances()
{
    return {
        { QStringLiteral("5XX"), QStringLiteral("http"), QStringLiteral(".*"), 0, 10 },
        { QStringLiteral("4XX"), QStringLiteral("http"), QStringLiteral(".*"), 10, 20 },
        { QStringLiteral("^[1-9]$|^1[0-6]$"), QStringLiteral("grpc"), QStringLiteral(".*"), 0, 10 },
        { QStringLiteral("^-$"), QStringLiteral("http|grpc"), QStringLiteral(".*"), 0, 10 },
    };
}

Health healthForPercent(double percent, const RateTolerance& tolerance)
{
    if (tolerance.failure > 0 && percent >= tolerance.failure)
        return Health::Failure;
    if (tolerance.degraded > 0 ? percent >= tolerance.degraded : percent > 0)
        return Health::Degraded;
    return Health::Healthy;
}

Health edgeHealth(const Edge& edge, const HealthConfig& config)
{
    return edgeHealthCompiled(edge, compile(config));
}

Health nodeHealth(const Node& node, const HealthConfig& config)
{
    return nodeHealthCompiled(node, compile(config));
}

void applyHealth(Graph& graph, const HealthConfig& config)
{
    const QList<Compiled> tolerances = compile(config);
    for (Edge& edge : graph.edges)
        edge.health = edgeHealthCompiled(edge, tolerances);
    // Nodes are judged by what they received, code by code, with the same tolerances as their edges; a node whose
    // requests came by no edge with response codes falls back to its own error rates.
    const QHash<QString, Inbound> inbound = inboundByNode(graph);
    for (Node& node : graph.nodes) {
        if (node.type == NodeType::Box)
            continue;
        const auto in = inbound.constFind(node.id);
        node.health = in != inbound.cend() ? inboundHealth(*in, tolerances) : nodeHealthCompiled(node, tolerances);
    }
}

QList<RateTolerance> parseTolerances(const QString& text, QString* error)
{
    QList<RateTolerance> result;
    QStringList problems;
    for (const QString& entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.trimmed().split(QLatin1Char(','));
        bool degradedOk = false, failureOk = false;
        RateTolerance tolerance;
        if (parts.size() >= 3) {
            tolerance.code = parts[0].trimmed();
            tolerance.degraded = parts[1].trimmed().toDouble(&degradedOk);
            tolerance.failure = parts[2].trimmed().toDouble(&failureOk);
            tolerance.protocol = parts.size() > 3 ? parts[3].trimmed() : QStringLiteral("http|grpc");
            tolerance.direction = parts.size() > 4 ? parts[4].trimmed() : QStringLiteral(".*");
        }
        const bool valid = degradedOk && failureOk && !tolerance.code.isEmpty() && tolerance.degraded >= 0
            && tolerance.failure >= 0 && (tolerance.failure == 0 || tolerance.degraded <= tolerance.failure)
            && QRegularExpression(tolerance.protocol).isValid() && toleranceCodeRegex(tolerance.code).isValid();
        if (valid)
            result.append(tolerance);
        else
            problems.append(entry.trimmed());
    }
    if (error)
        *error = problems.isEmpty() ? QString()
                                    : QStringLiteral("invalid tolerance: %1").arg(problems.join(QStringLiteral("; ")));
    return result;
}

QString toString(const QList<RateTolerance>& tolerances)
{
    QStringList entries;
    for (const RateTolerance& t : tolerances) {
        entries.append(
            QStringLiteral("%1,%2,%3,%4,%5")
                .arg(t.code, QString::number(t.degraded), QString::number(t.failure), t.protocol, t.direction));
    }
    return entries.join(QLatin1Char(';'));
}

HealthConfig healthConfigFromText(const QString& text)
{
    HealthConfig config;
    const QList<RateTolerance> parsed = parseTolerances(text);
    if (!parsed.isEmpty())
        config.tolerances = parsed;
    return config;
}

} // namespace meshscope::graph
