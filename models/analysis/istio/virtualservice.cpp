// virtualservice.*: destination hosts and subsets, gateways, hosts shared on the mesh gateway, JWT claim routing.
#include "../hostnames.h"
#include "istioanalyzers.h"

#include <QSet>
#include <algorithm>

namespace meshscope::analysis {
namespace {

using namespace istio;

struct RouteDestination
{
    QString rule; // "tcp", "tls", "http", "http.mirror", "http.mirrors"
    int ruleIndex = 0;
    int destinationIndex = 0;
    QJsonObject destination; // host, subset, port
};

QString host(const QJsonObject& destination)
{
    return json::str(destination, "host");
}

QList<RouteDestination> routeDestinations(const QJsonObject& spec)
{
    QList<RouteDestination> result;
    for (const char* rule : { "tcp", "tls", "http" }) {
        const QJsonArray rules = json::arr(spec, rule);
        for (int i = 0; i < rules.size(); ++i) {
            const QJsonArray routes = json::arr(rules.at(i).toObject(), "route");
            for (int j = 0; j < routes.size(); ++j)
                result.append({ QString::fromLatin1(rule), i, j, json::obj(routes.at(j).toObject(), "destination") });
        }
    }
    return result;
}

QList<RouteDestination> mirrorDestinations(const QJsonObject& spec)
{
    QList<RouteDestination> result;
    const QJsonArray rules = json::arr(spec, "http");
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        if (json::has(rule, "mirror"))
            result.append({ QStringLiteral("http.mirror"), i, 0, json::obj(rule, "mirror") });
        const QJsonArray mirrors = json::arr(rule, "mirrors");
        for (int j = 0; j < mirrors.size(); ++j)
            result.append({ QStringLiteral("http.mirrors"), i, j, json::obj(mirrors.at(j).toObject(), "destination") });
    }
    return result;
}

QString destinationPath(const RouteDestination& d)
{
    if (d.rule == QLatin1String("http.mirror"))
        return fieldPath("{.spec.http[%1].mirror.host}", d.ruleIndex);
    if (d.rule == QLatin1String("http.mirrors"))
        return fieldPath("{.spec.http[%1].mirrors[%2].host}", d.ruleIndex, d.destinationIndex);
    return QStringLiteral("{.spec.%1[%2].route[%3].destination.host}")
        .arg(d.rule)
        .arg(d.ruleIndex)
        .arg(d.destinationIndex);
}

class DestinationHostAnalyzer : public IstioAnalyzer
{
public:
    DestinationHostAnalyzer()
        : IstioAnalyzer("virtualservice.DestinationHostAnalyzer",
            "Checks that every VirtualService destination host resolves to a Service or ServiceEntry, with a port "
            "when it has several",
            { Kind::ServiceEntry, Kind::VirtualService, Kind::Service })
    { }

    void analyze(AnalysisContext& context) const override
    {
        // Destinations with a subset whose host is one of their VirtualService's hosts, by VirtualService.
        QList<QPair<QString, QList<QJsonObject>>> subsetDestinations;
        context.snapshot().forEach(Kind::VirtualService, [&](const ResourcePtr& vs) {
            const QJsonObject spec = vs->spec();
            const QStringList hostList = json::strings(spec.value(QLatin1String("hosts")));
            QList<QJsonObject> destinations;
            for (const QJsonValue& rule : json::arr(spec, "http")) {
                for (const QJsonValue& route : json::arr(rule.toObject(), "route")) {
                    const QJsonObject destination = json::obj(route.toObject(), "destination");
                    if (json::str(destination, "subset").isEmpty())
                        continue;
                    for (const QString& h : hostList) {
                        if (host(destination) == h)
                            destinations.append(destination);
                    }
                }
            }
            if (!destinations.isEmpty())
                subsetDestinations.append({ vs->fullName(), destinations });
        });
        context.snapshot().forEach(Kind::VirtualService, [&](const ResourcePtr& vs) {
            analyzeHosts(context, vs);
            analyzeSubsets(context, vs, subsetDestinations);
        });
    }

private:
    // A gateway route without a subset to a host whose mesh routing uses subsets: the gateway bypasses them.
    static void analyzeSubsets(AnalysisContext& context, const ResourcePtr& vs,
        const QList<QPair<QString, QList<QJsonObject>>>& subsetDestinations)
    {
        const QJsonObject spec = vs->spec();
        if (json::arr(spec, "gateways").isEmpty())
            return;
        const QJsonArray rules = json::arr(spec, "http");
        for (int i = 0; i < rules.size(); ++i) {
            const QJsonObject rule = rules.at(i).toObject();
            const QJsonArray routes = json::arr(rule, "route");
            for (int j = 0; j < routes.size(); ++j) {
                const QJsonObject destination = json::obj(routes.at(j).toObject(), "destination");
                if (!json::str(destination, "subset").isEmpty())
                    continue;
                for (const auto& [otherName, destinations] : subsetDestinations) {
                    for (const QJsonObject& other : destinations) {
                        if (host(other) != host(destination))
                            continue;
                        // istioctl keys the line by the rule's name here, so it is only found for a rule named "http".
                        const QString path = QStringLiteral("{.spec.%1[%2].route[%3].destination.host}")
                                                 .arg(json::str(rule, "name"))
                                                 .arg(i)
                                                 .arg(j);
                        context.reportAt("IST0140", vs, path, { otherName, vs->fullName() });
                    }
                }
            }
        }
    }

    static void analyzeHosts(AnalysisContext& context, const ResourcePtr& vs)
    {
        const QJsonObject spec = vs->spec();
        const QStringList exportTo = json::strings(spec.value(QLatin1String("exportTo")));
        const ServiceHostIndex& index = context.serviceHosts();
        const auto check = [&](const RouteDestination& d, bool mirror) {
            const HostTarget* target = index.find(vs->ns, exportTo, host(d.destination));
            if (!target) {
                context.reportAt("IST0101", vs, destinationPath(d),
                    { mirror ? QStringLiteral("mirror host") : QStringLiteral("host"), host(d.destination) });
                return;
            }
            checkPorts(context, vs, d, *target);
        };
        for (const RouteDestination& d : routeDestinations(spec))
            check(d, false);
        for (const RouteDestination& d : mirrorDestinations(spec))
            check(d, true);
    }

    static void checkPorts(
        AnalysisContext& context, const ResourcePtr& vs, const RouteDestination& d, const HostTarget& target)
    {
        const QString path = destinationPath(d);
        if (!json::has(d.destination, "port")) {
            if (target.ports.size() > 1) {
                QVariantList numbers;
                for (const ServicePortInfo& port : target.ports)
                    numbers.append(port.number);
                context.reportAt("IST0112", vs, path, { host(d.destination), QVariant(numbers) });
                context.addRelated({ target.resource->key() });
            }
            return;
        }
        const qint64 wanted = json::integer(json::obj(d.destination, "port"), "number");
        for (const ServicePortInfo& port : target.ports) {
            if (port.number == wanted)
                return;
        }
        context.reportAt("IST0101", vs, path,
            { QStringLiteral("host:port"), QStringLiteral("%1:%2").arg(host(d.destination)).arg(wanted) });
        context.addRelated({ target.resource->key() });
    }
};

class DestinationRuleAnalyzer : public IstioAnalyzer
{
public:
    DestinationRuleAnalyzer()
        : IstioAnalyzer("virtualservice.DestinationRuleAnalyzer",
            "Checks that every subset a VirtualService routes to is defined by a DestinationRule for its host",
            { Kind::VirtualService, Kind::DestinationRule })
    { }

    void analyze(AnalysisContext& context) const override
    {
        // "ns/name|subset" of every subset any DestinationRule defines, with the rule that defines it.
        QHash<QString, QString> subsets;
        QHash<QString, QString> rulesByHost; // "ns/name" → the DestinationRule (for the GUI's links)
        context.snapshot().forEach(Kind::DestinationRule, [&](const ResourcePtr& dr) {
            const QJsonObject spec = dr->spec();
            const auto [ns, name] = hosts::resourceNameOfHost(dr->ns, json::str(spec, "host"));
            rulesByHost.insert(ns + QLatin1Char('/') + name, dr->key());
            for (const QJsonValue& subset : json::arr(spec, "subsets"))
                subsets.insert(
                    ns + QLatin1Char('/') + name + QLatin1Char('|') + json::str(subset.toObject(), "name"), dr->key());
        });
        context.snapshot().forEach(Kind::VirtualService, [&](const ResourcePtr& vs) {
            const QJsonObject spec = vs->spec();
            const auto check = [&](const RouteDestination& d, bool mirror) {
                const QString subset = json::str(d.destination, "subset");
                if (subset.isEmpty())
                    return;
                const auto [ns, name] = hosts::resourceNameOfHost(vs->ns, host(d.destination));
                const QString hostKey = ns + QLatin1Char('/') + name;
                if (subsets.contains(hostKey + QLatin1Char('|') + subset))
                    return;
                context.reportAt("IST0101", vs, destinationPath(d),
                    { mirror ? QStringLiteral("mirror+subset in destinationrule")
                             : QStringLiteral("host+subset in destinationrule"),
                        QString(host(d.destination) + QLatin1Char('+') + subset) });
                if (rulesByHost.contains(hostKey))
                    context.addRelated({ rulesByHost.value(hostKey) });
            };
            for (const RouteDestination& d : routeDestinations(spec))
                check(d, false);
            for (const RouteDestination& d : mirrorDestinations(spec))
                check(d, true);
        });
    }
};

// Istio's own gateways for Kubernetes Gateways are named "<ns>/<name>~istio-autogenerated-k8s-gateway~<listener>".
bool isInternalGatewayReference(const QString& gateway)
{
    const qsizetype slash = gateway.indexOf(QLatin1Char('/'));
    return gateway.mid(slash + 1).contains(QLatin1String("~istio-autogenerated-k8s-gateway~"));
}

QPair<QString, QString> shortOrFullName(const QString& defaultNamespace, const QString& name)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return { defaultNamespace, name };
    return { name.left(slash), name.mid(slash + 1) };
}

QString joinName(const QPair<QString, QString>& name)
{
    return name.first.isEmpty() ? name.second : QString(name.first + QLatin1Char('/') + name.second);
}

class GatewayAnalyzer : public IstioAnalyzer
{
public:
    GatewayAnalyzer()
        : IstioAnalyzer("virtualservice.GatewayAnalyzer",
            "Checks that the gateways a VirtualService binds to exist and serve its hosts",
            { Kind::Gateway, Kind::KubernetesGateway, Kind::VirtualService })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        snapshot.forEach(Kind::VirtualService, [&](const ResourcePtr& vs) {
            const QJsonObject spec = vs->spec();
            const QStringList vsHosts = json::strings(spec.value(QLatin1String("hosts")));
            const QStringList gateways = json::strings(spec.value(QLatin1String("gateways")));
            for (int i = 0; i < gateways.size(); ++i) {
                const QString& gateway = gateways.at(i);
                if (gateway == QLatin1String("mesh"))
                    continue;
                const QString path = fieldPath("{.spec.gateways[%1]}", i);
                if (isInternalGatewayReference(gateway)) {
                    context.reportAt("IST0165", vs, path, { vs->fullName(), gateway });
                    continue;
                }
                const auto name = shortOrFullName(vs->ns, gateway);
                ResourcePtr found = snapshot.find(Kind::Gateway, name.first, name.second);
                bool kubernetes = false;
                if (!found) {
                    found = snapshot.find(Kind::KubernetesGateway, name.first, name.second);
                    kubernetes = bool(found);
                }
                if (!found)
                    context.reportAt("IST0101", vs, path, { QStringLiteral("gateway"), gateway });
                const bool hostsMatch = kubernetes ? hostInKubernetesGateway(*found, vsHosts)
                                                   : hostInGateway(snapshot, name, vsHosts, vs->ns);
                if (!hostsMatch) {
                    context.reportAt("IST0132", vs, path, { vsHosts, vs->fullName(), joinName(name) });
                    if (found)
                        context.addRelated({ found->key() });
                }
            }
        });
    }

private:
    static bool hostInGateway(const Snapshot& snapshot, const QPair<QString, QString>& gateway,
        const QStringList& vsHosts, const QString& vsNamespace)
    {
        QStringList gatewayHosts;
        snapshot.forEach(Kind::Gateway, [&](const ResourcePtr& candidate) {
            if (candidate->ns != gateway.first || candidate->name != gateway.second)
                return;
            for (const QJsonValue& server : json::arr(candidate->spec(), "servers"))
                gatewayHosts
                    += serverHosts(json::strings(server.toObject().value(QLatin1String("hosts"))), candidate->ns);
        });
        for (const QString& gatewayHost : hosts::namesForNamespace(gatewayHosts, vsNamespace)) {
            for (const QString& vsHost : vsHosts) {
                if (hosts::matches(gatewayHost, vsHost))
                    return true;
            }
        }
        return false;
    }

    // A server's hosts with "./host" made "gatewayns/host" and "*/host" made "host" ("*/*" makes them all "*").
    static QStringList serverHosts(QStringList serverHostList, const QString& gatewayNamespace)
    {
        for (QString& h : serverHostList) {
            if (!h.contains(QLatin1Char('/')))
                continue;
            const QStringList parts = h.split(QLatin1Char('/'));
            if (parts.at(0) == QLatin1String(".")) {
                h = gatewayNamespace + QLatin1Char('/') + parts.at(1);
            } else if (parts.at(0) == QLatin1String("*")) {
                if (parts.at(1) == QLatin1String("*"))
                    return { QStringLiteral("*") };
                h = parts.at(1);
            }
        }
        return serverHostList;
    }

    static bool hostInKubernetesGateway(const Resource& gateway, const QStringList& vsHosts)
    {
        QStringList gatewayHosts;
        for (const QJsonValue& listener : json::arr(gateway.spec(), "listeners")) {
            const QString hostname = json::str(listener.toObject(), "hostname");
            if (hostname.isEmpty())
                return true;
            gatewayHosts.append(hostname);
        }
        for (const QString& gatewayHost : std::as_const(gatewayHosts)) {
            for (const QString& vsHost : vsHosts) {
                if (hosts::matches(gatewayHost, vsHost))
                    return true;
            }
        }
        return false;
    }
};

class ConflictingMeshGatewayHostsAnalyzer : public IstioAnalyzer
{
public:
    ConflictingMeshGatewayHostsAnalyzer()
        : IstioAnalyzer("virtualservice.ConflictingMeshGatewayHostsAnalyzer",
            "Checks that no two VirtualServices bound to the mesh gateway claim the same host in the same scope",
            { Kind::VirtualService })
    { }

    void analyze(AnalysisContext& context) const override
    {
        // "scope/fqdn" → VirtualServices bound to the mesh gateway, in the order they were seen.
        QHash<QString, QList<ResourcePtr>> byHost;
        QStringList order;
        context.snapshot().forEach(Kind::VirtualService, [&](const ResourcePtr& vs) {
            const QJsonObject spec = vs->spec();
            const QStringList gateways = json::strings(spec.value(QLatin1String("gateways")));
            if (!gateways.isEmpty() && !gateways.contains(QStringLiteral("mesh")))
                return;
            const QStringList exportTo = json::strings(spec.value(QLatin1String("exportTo")));
            QStringList scopes;
            if (exportTo.isEmpty() || exportTo.contains(QStringLiteral("*"))) {
                scopes << QStringLiteral("*");
            } else {
                for (const QString& scope : exportTo) {
                    const QString resolved = scope == QLatin1String(".") ? vs->ns : scope;
                    if (!scopes.contains(resolved))
                        scopes << resolved;
                }
            }
            for (const QString& scope : std::as_const(scopes)) {
                for (const QString& h : json::strings(spec.value(QLatin1String("hosts")))) {
                    const QString key = scope + QLatin1Char('/') + hosts::toFqdn(vs->ns, h);
                    if (!byHost.contains(key))
                        order << key;
                    byHost[key].append(vs);
                }
            }
        });
        QSet<QString> reported;
        for (const QString& key : std::as_const(order)) {
            QList<ResourcePtr> list = byHost.value(key);
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            const QString scope = key.left(slash);
            const QString fqdn = key.mid(slash + 1);
            if (scope != QLatin1String("*")) {
                // VirtualServices exported everywhere whose host matches this one conflict too.
                for (const QString& other : std::as_const(order)) {
                    const qsizetype otherSlash = other.indexOf(QLatin1Char('/'));
                    if (other.left(otherSlash) == QLatin1String("*") && hosts::matches(fqdn, other.mid(otherSlash + 1)))
                        list += byHost.value(other);
                }
            }
            if (list.size() < 2)
                continue;
            QStringList names;
            QStringList keys;
            for (const ResourcePtr& vs : std::as_const(list)) {
                names << vs->fullName();
                keys << vs->key();
            }
            std::sort(names.begin(), names.end());
            const QString joined = names.join(QLatin1Char(','));
            for (const ResourcePtr& vs : std::as_const(list)) {
                if (reported.contains(vs->fullName()))
                    continue;
                reported.insert(vs->fullName());
                context.reportAt("IST0109", vs, QStringLiteral("{.metadata.name}"), { joined, key });
                context.addRelated(keys);
            }
        }
    }
};

class JwtClaimRouteAnalyzer : public IstioAnalyzer
{
public:
    // Selectors match pods in any namespace.
    bool runsOnPart() const override { return false; }
    JwtClaimRouteAnalyzer()
        : IstioAnalyzer("virtualservice.JWTClaimRouteAnalyzer",
            "Checks that VirtualServices routing on JWT claims have a RequestAuthentication on their gateway pods",
            { Kind::VirtualService, Kind::RequestAuthentication, Kind::Gateway, Kind::Pod })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        QHash<QString, QList<LabelSet>> requestAuthentications; // by namespace
        snapshot.forEach(Kind::RequestAuthentication, [&](const ResourcePtr& ra) {
            requestAuthentications[ra->ns].append(
                LabelSet(json::stringMap(json::obj(ra->spec(), "selector").value(QLatin1String("matchLabels")))));
        });
        snapshot.forEach(Kind::VirtualService, [&](const ResourcePtr& vs) {
            const QString claim = claimKey(vs->spec());
            if (claim.isEmpty())
                return;
            for (const QString& gateway : json::strings(vs->spec().value(QLatin1String("gateways")))) {
                if (gateway == QLatin1String("mesh"))
                    continue;
                const auto name = shortOrFullName(vs->ns, gateway);
                const ResourcePtr found = snapshot.find(Kind::Gateway, name.first, name.second);
                if (!found)
                    continue;
                const LabelSet selector(json::stringMap(found->spec().value(QLatin1String("selector"))));
                snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
                    if (!selector.matches(pod->labels))
                        return;
                    QList<LabelSet> candidates = requestAuthentications.value(QStringLiteral("istio-system"));
                    candidates += requestAuthentications.value(pod->ns);
                    const bool covered = std::any_of(candidates.begin(), candidates.end(),
                        [&](const LabelSet& raSelector) { return raSelector.matches(pod->labels); });
                    if (!covered)
                        context.report("IST0149", vs, { claim, joinName(name), pod->name });
                });
            }
        });
    }

private:
    // "@request.auth.claims.name" or "@request.auth.claims[name]" (the prefix in any case).
    static bool isClaimHeader(const QString& header)
    {
        static const QLatin1String prefix("@request.auth.claims");
        if (!header.startsWith(prefix, Qt::CaseInsensitive))
            return false;
        const QStringView rest = QStringView(header).mid(prefix.size());
        if (rest.startsWith(QLatin1Char('.')))
            return rest.size() > 1;
        return rest.startsWith(QLatin1Char('[')) && rest.endsWith(QLatin1Char(']')) && rest.size() > 2;
    }

    // The first header key of an http match that routes on a JWT claim ("@request.auth.claims.…").
    static QString claimKey(const QJsonObject& spec)
    {
        for (const QJsonValue& rule : json::arr(spec, "http")) {
            for (const QJsonValue& match : json::arr(rule.toObject(), "match")) {
                for (const char* field : { "headers", "withoutHeaders" }) {
                    const QJsonObject headers = json::obj(match.toObject(), field);
                    for (auto it = headers.begin(); it != headers.end(); ++it) {
                        if (isClaimHeader(it.key()))
                            return it.key();
                    }
                }
            }
        }
        return {};
    }
};

} // namespace

void addVirtualServiceAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<ConflictingMeshGatewayHostsAnalyzer>());
    list.append(std::make_shared<DestinationHostAnalyzer>());
    list.append(std::make_shared<DestinationRuleAnalyzer>());
    list.append(std::make_shared<GatewayAnalyzer>());
    list.append(std::make_shared<JwtClaimRouteAnalyzer>());
}

} // namespace meshscope::analysis
