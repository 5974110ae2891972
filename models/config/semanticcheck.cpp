#include "models/config/semanticcheck.h"

#include "models/config/cel.h"
#include "models/config/structuralcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace meshscope::config {

namespace {
using Source = ValidationMessage::Source;

// lupdate files the messages under this context, the one they are looked up in at run time.
struct IstioChecksText
{
    Q_DECLARE_TR_FUNCTIONS(IstioChecks)
};

class Checks
{
public:
    QList<ValidationMessage> messages;

    void error(const JsonPath& path, const QJsonValue& value, const QString& what)
    {
        messages.append(fieldError(Source::Webhook, path, QStringLiteral("FieldValueInvalid"),
            QStringLiteral("Invalid value: %1: %2").arg(kubeValueText(value), what)));
    }
    void required(const JsonPath& path, const QString& what)
    {
        messages.append(fieldError(Source::Webhook, path, QStringLiteral("FieldValueRequired"),
            QStringLiteral("Required value: %1").arg(what)));
    }
    void warning(const JsonPath& path, const QString& what)
    {
        ValidationMessage m = fieldError(Source::Webhook, path, QStringLiteral("FieldValueInvalid"), what);
        m.severity = ValidationMessage::Severity::Warning;
        messages.append(m);
    }

    void host(const QJsonValue& value, const JsonPath& path)
    {
        if (!value.isString())
            return;
        const QString problem = hostProblem(value.toString());
        if (!problem.isEmpty())
            error(path, value, problem);
    }

    void port(const QJsonValue& value, const JsonPath& path)
    {
        if (!value.isDouble())
            return;
        const double number = value.toDouble();
        if (number < 1 || number > 65535)
            error(path, value, IstioChecksText::tr("a port number must be between 1 and 65535"));
    }

    void duration(const QJsonValue& value, const JsonPath& path)
    {
        qint64 ns = 0;
        if (value.isString() && !cel::parseGoDuration(value.toString(), &ns))
            error(path, value, IstioChecksText::tr("not a duration (write it as 10s, 1.5m, 300ms, 1h30m)"));
        else if (value.isString() && ns < 0)
            error(path, value, IstioChecksText::tr("a duration may not be negative"));
    }

    void regex(const QJsonValue& value, const JsonPath& path)
    {
        if (!value.isString())
            return;
        const QRegularExpression re(value.toString());
        if (!re.isValid())
            error(path, value, IstioChecksText::tr("not a valid regular expression: %1").arg(re.errorString()));
    }

    void stringMatch(const QJsonObject& match, const JsonPath& path)
    {
        if (match.contains(QStringLiteral("regex")))
            regex(match.value(QStringLiteral("regex")), path.key(QStringLiteral("regex")));
    }

    void selector(const QJsonObject& labels, const JsonPath& path)
    {
        static const QRegularExpression value(QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            const QString text = it.value().toString();
            if (text.size() > 63 || !value.match(text).hasMatch())
                error(path.key(it.key()), it.value(), IstioChecksText::tr("not a valid label value"));
        }
    }

    void destination(const QJsonObject& destination, const JsonPath& path)
    {
        host(destination.value(QStringLiteral("host")), path.key(QStringLiteral("host")));
        port(destination.value(QStringLiteral("port")).toObject().value(QStringLiteral("number")),
            path.key(QStringLiteral("port")).key(QStringLiteral("number")));
        const QJsonValue subset = destination.value(QStringLiteral("subset"));
        if (subset.isString() && !subset.toString().isEmpty() && !dnsLabel(subset.toString()))
            error(path.key(QStringLiteral("subset")), subset, IstioChecksText::tr("a subset name must be a DNS label"));
    }

    void weightedDestinations(const QJsonArray& routes, const JsonPath& path)
    {
        qint64 total = 0;
        bool anyWeight = false;
        for (int i = 0; i < routes.size(); ++i) {
            const QJsonObject route = routes.at(i).toObject();
            const JsonPath at = path.index(i);
            destination(route.value(QStringLiteral("destination")).toObject(), at.key(QStringLiteral("destination")));
            const QJsonValue weight = route.value(QStringLiteral("weight"));
            if (weight.isDouble()) {
                anyWeight = true;
                if (weight.toDouble() < 0)
                    error(
                        at.key(QStringLiteral("weight")), weight, IstioChecksText::tr("a weight may not be negative"));
                total += qint64(weight.toDouble());
            }
        }
        if (routes.size() > 1 && total == 0) {
            error(path, QJsonValue(QStringLiteral("array")),
                IstioChecksText::tr("the weights of these destinations add up to 0"));
        } else if (routes.size() > 1 && anyWeight && total != 100) {
            warning(path,
                IstioChecksText::tr(
                    "the weights add up to %1, not 100: Istio scales them, so each destination gets its share of %1")
                    .arg(total));
        }
    }

    static bool dnsLabel(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
        return text.size() <= 63 && re.match(text).hasMatch();
    }

    // "namespace/host", "./host", "*/host" or "host", as gateways and sidecars write them.
    void namespacedHost(const QJsonValue& value, const JsonPath& path, bool namespaceRequired)
    {
        const QString text = value.toString();
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        if (slash < 0) {
            if (namespaceRequired)
                error(path, value,
                    IstioChecksText::tr(
                        "write the host as namespace/host (\"*/\" for every namespace, \"./\" for this one)"));
            else
                host(value, path);
            return;
        }
        const QString ns = text.left(slash);
        if (ns != QLatin1String("*") && ns != QLatin1String(".") && ns != QLatin1String("~") && !dnsLabel(ns))
            error(path, value, IstioChecksText::tr("the namespace part must be *, . or a namespace name"));
        const QString name = text.mid(slash + 1);
        const QString problem = hostProblem(name);
        if (!problem.isEmpty())
            error(path, value, problem);
    }

    void virtualService(const QJsonObject& spec, const JsonPath& path)
    {
        const QJsonArray hosts = spec.value(QStringLiteral("hosts")).toArray();
        const QJsonArray gateways = spec.value(QStringLiteral("gateways")).toArray();
        if (hosts.isEmpty() && !gateways.isEmpty())
            required(path.key(QStringLiteral("hosts")),
                IstioChecksText::tr("a virtual service bound to gateways needs hosts"));
        for (int i = 0; i < hosts.size(); ++i) {
            if (hosts.at(i).toString().contains(QLatin1Char('/')))
                error(path.key(QStringLiteral("hosts")).index(i), hosts.at(i),
                    IstioChecksText::tr("a host may not contain '/'"));
            else
                host(hosts.at(i), path.key(QStringLiteral("hosts")).index(i));
        }
        for (int i = 0; i < gateways.size(); ++i) {
            const QString name = gateways.at(i).toString();
            const QString local = name.section(QLatin1Char('/'), -1);
            if (name != QLatin1String("mesh") && (local.isEmpty() || name.count(QLatin1Char('/')) > 1))
                error(path.key(QStringLiteral("gateways")).index(i), gateways.at(i),
                    IstioChecksText::tr("a gateway is written as name, namespace/name or \"mesh\""));
        }
        const QJsonArray http = spec.value(QStringLiteral("http")).toArray();
        for (int i = 0; i < http.size(); ++i) {
            const QJsonObject route = http.at(i).toObject();
            const JsonPath at = path.key(QStringLiteral("http")).index(i);
            const bool hasRoute = !route.value(QStringLiteral("route")).toArray().isEmpty();
            const bool hasRedirect = route.contains(QStringLiteral("redirect"));
            const bool hasDirect = route.contains(QStringLiteral("directResponse"));
            const bool hasDelegate = route.contains(QStringLiteral("delegate"));
            if (!hasRoute && !hasRedirect && !hasDirect && !hasDelegate)
                required(at.key(QStringLiteral("route")),
                    IstioChecksText::tr("an HTTP route needs a route, redirect, directResponse or delegate"));
            if (hasRoute && hasRedirect)
                error(at, QJsonValue(QStringLiteral("object")),
                    IstioChecksText::tr("an HTTP route may not have both route and redirect"));
            if (hasRoute && hasDirect)
                error(at, QJsonValue(QStringLiteral("object")),
                    IstioChecksText::tr("an HTTP route may not have both route and directResponse"));
            if (hasRedirect && route.contains(QStringLiteral("rewrite")))
                error(at, QJsonValue(QStringLiteral("object")),
                    IstioChecksText::tr("an HTTP route may not have both redirect and rewrite"));
            weightedDestinations(route.value(QStringLiteral("route")).toArray(), at.key(QStringLiteral("route")));
            for (const char* field : { "timeout" })
                duration(route.value(QLatin1String(field)), at.key(QLatin1String(field)));
            const QJsonObject retries = route.value(QStringLiteral("retries")).toObject();
            duration(retries.value(QStringLiteral("perTryTimeout")),
                at.key(QStringLiteral("retries")).key(QStringLiteral("perTryTimeout")));
            if (retries.value(QStringLiteral("attempts")).toDouble() < 0)
                error(at.key(QStringLiteral("retries")).key(QStringLiteral("attempts")),
                    retries.value(QStringLiteral("attempts")), IstioChecksText::tr("attempts may not be negative"));
            const QJsonArray matches = route.value(QStringLiteral("match")).toArray();
            for (int m = 0; m < matches.size(); ++m) {
                const QJsonObject match = matches.at(m).toObject();
                const JsonPath mp = at.key(QStringLiteral("match")).index(m);
                for (const char* field : { "uri", "scheme", "method", "authority" })
                    stringMatch(match.value(QLatin1String(field)).toObject(), mp.key(QLatin1String(field)));
                port(match.value(QStringLiteral("port")), mp.key(QStringLiteral("port")));
                const QJsonObject headers = match.value(QStringLiteral("headers")).toObject();
                for (auto it = headers.begin(); it != headers.end(); ++it)
                    stringMatch(it.value().toObject(), mp.key(QStringLiteral("headers")).key(it.key()));
            }
            const QJsonObject abort
                = route.value(QStringLiteral("fault")).toObject().value(QStringLiteral("abort")).toObject();
            const QJsonValue status = abort.value(QStringLiteral("httpStatus"));
            if (status.isDouble() && (status.toDouble() < 200 || status.toDouble() > 599))
                error(at.key(QStringLiteral("fault")).key(QStringLiteral("abort")).key(QStringLiteral("httpStatus")),
                    status, IstioChecksText::tr("an abort status must be an HTTP status between 200 and 599"));
            if (route.contains(QStringLiteral("mirror")))
                destination(route.value(QStringLiteral("mirror")).toObject(), at.key(QStringLiteral("mirror")));
        }
        for (const char* section : { "tcp", "tls" }) {
            const QJsonArray routes = spec.value(QLatin1String(section)).toArray();
            for (int i = 0; i < routes.size(); ++i) {
                const QJsonObject route = routes.at(i).toObject();
                const JsonPath at = path.key(QLatin1String(section)).index(i);
                if (route.value(QStringLiteral("route")).toArray().isEmpty())
                    required(
                        at.key(QStringLiteral("route")), IstioChecksText::tr("a route needs at least one destination"));
                weightedDestinations(route.value(QStringLiteral("route")).toArray(), at.key(QStringLiteral("route")));
                if (QLatin1String(section) == QLatin1String("tls")) {
                    const QJsonArray matches = route.value(QStringLiteral("match")).toArray();
                    if (matches.isEmpty())
                        required(at.key(QStringLiteral("match")),
                            IstioChecksText::tr("a TLS route needs a match with sniHosts"));
                    for (int m = 0; m < matches.size(); ++m) {
                        if (matches.at(m).toObject().value(QStringLiteral("sniHosts")).toArray().isEmpty())
                            required(at.key(QStringLiteral("match")).index(m).key(QStringLiteral("sniHosts")),
                                IstioChecksText::tr("a TLS match needs at least one SNI host"));
                    }
                }
            }
        }
    }

    void destinationRule(const QJsonObject& spec, const JsonPath& path)
    {
        host(spec.value(QStringLiteral("host")), path.key(QStringLiteral("host")));
        QSet<QString> names;
        const QJsonArray subsets = spec.value(QStringLiteral("subsets")).toArray();
        for (int i = 0; i < subsets.size(); ++i) {
            const QJsonObject subset = subsets.at(i).toObject();
            const JsonPath at = path.key(QStringLiteral("subsets")).index(i);
            const QString name = subset.value(QStringLiteral("name")).toString();
            if (name.isEmpty())
                required(at.key(QStringLiteral("name")), IstioChecksText::tr("a subset needs a name"));
            else if (!dnsLabel(name))
                error(at.key(QStringLiteral("name")), subset.value(QStringLiteral("name")),
                    IstioChecksText::tr("a subset name must be a DNS label"));
            else if (names.contains(name))
                messages.append(
                    fieldError(Source::Webhook, at.key(QStringLiteral("name")), QStringLiteral("FieldValueDuplicate"),
                        QStringLiteral("Duplicate value: %1").arg(kubeValueText(name))));
            names.insert(name);
            selector(subset.value(QStringLiteral("labels")).toObject(), at.key(QStringLiteral("labels")));
        }
    }

    void gateway(const QJsonObject& spec, const JsonPath& path)
    {
        const QJsonArray servers = spec.value(QStringLiteral("servers")).toArray();
        if (servers.isEmpty())
            required(path.key(QStringLiteral("servers")), IstioChecksText::tr("a gateway needs at least one server"));
        QSet<QString> portNames;
        static const QStringList protocols { QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("GRPC"),
            QStringLiteral("GRPC-WEB"), QStringLiteral("HTTP2"), QStringLiteral("MONGO"), QStringLiteral("TCP"),
            QStringLiteral("TLS"), QStringLiteral("REDIS"), QStringLiteral("MYSQL") };
        for (int i = 0; i < servers.size(); ++i) {
            const QJsonObject server = servers.at(i).toObject();
            const JsonPath at = path.key(QStringLiteral("servers")).index(i);
            const QJsonArray hosts = server.value(QStringLiteral("hosts")).toArray();
            if (hosts.isEmpty())
                required(at.key(QStringLiteral("hosts")), IstioChecksText::tr("a server needs at least one host"));
            for (int h = 0; h < hosts.size(); ++h)
                namespacedHost(hosts.at(h), at.key(QStringLiteral("hosts")).index(h), false);
            const QJsonObject serverPort = server.value(QStringLiteral("port")).toObject();
            const JsonPath pp = at.key(QStringLiteral("port"));
            if (serverPort.isEmpty()) {
                required(pp, IstioChecksText::tr("a server needs a port"));
                continue;
            }
            port(serverPort.value(QStringLiteral("number")), pp.key(QStringLiteral("number")));
            const QString protocol = serverPort.value(QStringLiteral("protocol")).toString();
            if (protocol.isEmpty())
                required(pp.key(QStringLiteral("protocol")), IstioChecksText::tr("a server port needs a protocol"));
            else if (!protocols.contains(protocol.toUpper()))
                error(pp.key(QStringLiteral("protocol")), serverPort.value(QStringLiteral("protocol")),
                    IstioChecksText::tr("unknown protocol; use one of %1").arg(protocols.join(QStringLiteral(", "))));
            const QString name = serverPort.value(QStringLiteral("name")).toString();
            if (!name.isEmpty() && portNames.contains(name))
                messages.append(
                    fieldError(Source::Webhook, pp.key(QStringLiteral("name")), QStringLiteral("FieldValueDuplicate"),
                        QStringLiteral("Duplicate value: %1").arg(kubeValueText(name))));
            portNames.insert(name);
            const QJsonObject tls = server.value(QStringLiteral("tls")).toObject();
            if (protocol.compare(QLatin1String("HTTPS"), Qt::CaseInsensitive) == 0 && tls.isEmpty())
                required(at.key(QStringLiteral("tls")), IstioChecksText::tr("an HTTPS server needs TLS settings"));
            const QString mode = tls.value(QStringLiteral("mode")).toString(QStringLiteral("SIMPLE"));
            const bool hasCredential = tls.contains(QStringLiteral("credentialName"))
                || tls.contains(QStringLiteral("credentialNames")) || tls.contains(QStringLiteral("tlsCertificates"))
                || (tls.contains(QStringLiteral("serverCertificate")) && tls.contains(QStringLiteral("privateKey")));
            if (!tls.isEmpty() && !tls.value(QStringLiteral("httpsRedirect")).toBool()
                && (mode == QLatin1String("SIMPLE") || mode == QLatin1String("MUTUAL")) && !hasCredential)
                required(at.key(QStringLiteral("tls")).key(QStringLiteral("credentialName")),
                    IstioChecksText::tr("TLS mode %1 needs credentialName, or serverCertificate and privateKey")
                        .arg(mode));
        }
        selector(spec.value(QStringLiteral("selector")).toObject(), path.key(QStringLiteral("selector")));
    }

    void serviceEntry(const QJsonObject& spec, const JsonPath& path)
    {
        const QJsonArray hosts = spec.value(QStringLiteral("hosts")).toArray();
        for (int i = 0; i < hosts.size(); ++i)
            host(hosts.at(i), path.key(QStringLiteral("hosts")).index(i));
        const QJsonArray ports = spec.value(QStringLiteral("ports")).toArray();
        for (int i = 0; i < ports.size(); ++i) {
            const QJsonObject p = ports.at(i).toObject();
            if (p.value(QStringLiteral("name")).toString().isEmpty())
                required(path.key(QStringLiteral("ports")).index(i).key(QStringLiteral("name")),
                    IstioChecksText::tr("a port needs a name"));
        }
        const QString resolution = spec.value(QStringLiteral("resolution")).toString(QStringLiteral("NONE"));
        if (resolution == QLatin1String("STATIC") && spec.value(QStringLiteral("endpoints")).toArray().isEmpty()
            && !spec.contains(QStringLiteral("workloadSelector")))
            required(path.key(QStringLiteral("endpoints")),
                IstioChecksText::tr("STATIC resolution needs endpoints or a workloadSelector"));
    }

    void sidecar(const QJsonObject& spec, const JsonPath& path)
    {
        const QJsonArray egress = spec.value(QStringLiteral("egress")).toArray();
        for (int i = 0; i < egress.size(); ++i) {
            const QJsonArray hosts = egress.at(i).toObject().value(QStringLiteral("hosts")).toArray();
            for (int h = 0; h < hosts.size(); ++h)
                namespacedHost(hosts.at(h),
                    path.key(QStringLiteral("egress")).index(i).key(QStringLiteral("hosts")).index(h), true);
        }
        const QJsonArray ingress = spec.value(QStringLiteral("ingress")).toArray();
        for (int i = 0; i < ingress.size(); ++i) {
            const QJsonObject listener = ingress.at(i).toObject();
            port(listener.value(QStringLiteral("port")).toObject().value(QStringLiteral("number")),
                path.key(QStringLiteral("ingress")).index(i).key(QStringLiteral("port")).key(QStringLiteral("number")));
        }
    }

    void authorizationPolicy(const QJsonObject& spec, const JsonPath& path)
    {
        const QString action = spec.value(QStringLiteral("action")).toString(QStringLiteral("ALLOW"));
        const bool hasProvider = spec.contains(QStringLiteral("provider"));
        if (action == QLatin1String("CUSTOM") && !hasProvider)
            required(path.key(QStringLiteral("provider")), IstioChecksText::tr("a CUSTOM policy needs a provider"));
        if (action != QLatin1String("CUSTOM") && hasProvider)
            error(path.key(QStringLiteral("provider")), QJsonValue(QStringLiteral("object")),
                IstioChecksText::tr("a provider is only used with action CUSTOM"));
        selector(spec.value(QStringLiteral("selector")).toObject().value(QStringLiteral("matchLabels")).toObject(),
            path.key(QStringLiteral("selector")).key(QStringLiteral("matchLabels")));
    }

    void workloadSelector(const QJsonObject& spec, const JsonPath& path, const char* field, const char* labelsField)
    {
        selector(spec.value(QLatin1String(field)).toObject().value(QLatin1String(labelsField)).toObject(),
            path.key(QLatin1String(field)).key(QLatin1String(labelsField)));
    }
};
} // namespace

QString hostProblem(const QString& host)
{
    if (host == QLatin1String("*"))
        return {};
    if (host.isEmpty())
        return IstioChecksText::tr("a host may not be empty");
    if (host.size() > 255)
        return IstioChecksText::tr("a host may be at most 255 characters long");
    QString name = host;
    if (name.startsWith(QLatin1Char('*'))) {
        name.remove(0, 1);
        if (name.startsWith(QLatin1Char('.')))
            name.remove(0, 1);
    }
    if (name.contains(QLatin1Char('*')))
        return IstioChecksText::tr("a wildcard (*) may only start the host");
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9_]*[A-Za-z0-9])?$"));
    const QStringList labels = name.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString& part = labels.at(i);
        if (part.isEmpty() && i == labels.size() - 1 && i > 0)
            continue; // a trailing dot: fully qualified
        if (part.isEmpty() && name.isEmpty())
            continue; // "*" followed by nothing
        if (part.size() > 63 || !label.match(part).hasMatch())
            return IstioChecksText::tr("\"%1\" is not a valid DNS name part (letters, digits and '-', 63 at most)")
                .arg(part);
    }
    return {};
}

QList<ValidationMessage> checkIstioSemantics(
    const QString& kind, const QString& apiVersion, const QJsonObject& body, const QJsonObject& metadata)
{
    Q_UNUSED(metadata);
    Checks checks;
    const QString group = apiVersion.section(QLatin1Char('/'), 0, 0);
    if (!group.endsWith(QLatin1String("istio.io")))
        return {};
    const QJsonObject spec = body.value(QStringLiteral("spec")).toObject();
    const JsonPath path = JsonPath().key(QStringLiteral("spec"));
    if (kind == QLatin1String("VirtualService"))
        checks.virtualService(spec, path);
    else if (kind == QLatin1String("DestinationRule"))
        checks.destinationRule(spec, path);
    else if (kind == QLatin1String("Gateway"))
        checks.gateway(spec, path);
    else if (kind == QLatin1String("ServiceEntry"))
        checks.serviceEntry(spec, path);
    else if (kind == QLatin1String("Sidecar"))
        checks.sidecar(spec, path);
    else if (kind == QLatin1String("AuthorizationPolicy"))
        checks.authorizationPolicy(spec, path);
    if (kind == QLatin1String("DestinationRule") || kind == QLatin1String("Sidecar"))
        checks.workloadSelector(spec, path, "workloadSelector", "matchLabels");
    else if (kind == QLatin1String("PeerAuthentication") || kind == QLatin1String("RequestAuthentication")
        || kind == QLatin1String("Telemetry") || kind == QLatin1String("WasmPlugin"))
        checks.workloadSelector(spec, path, "selector", "matchLabels");
    else if (kind == QLatin1String("EnvoyFilter") || kind == QLatin1String("ProxyConfig"))
        checks.workloadSelector(spec, path, kind == QLatin1String("EnvoyFilter") ? "workloadSelector" : "selector",
            kind == QLatin1String("EnvoyFilter") ? "labels" : "matchLabels");
    return checks.messages;
}

} // namespace meshscope::config
