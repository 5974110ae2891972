#include "dependencies.h"

#include "snapshot.h"

namespace meshscope::analysis {
namespace {

const QString clusterSuffix = QStringLiteral(".svc.cluster.local");

// Tokens of a host written in an object of namespace ns. A host naming a service also names its namespace, whose
// workloads back it; a wildcard within one namespace names the namespace; other wildcards are global.
void addHost(DependencyTokens& out, const QString& rawHost, const QString& ns)
{
    QString host = rawHost.trimmed().toLower();
    if (const qsizetype slash = host.indexOf(QLatin1Char('/')); slash >= 0) { // "ns/host" (gateways, sidecars)
        const QString hostNamespace = host.left(slash);
        host = host.mid(slash + 1);
        if (hostNamespace == QLatin1String("*") || hostNamespace.startsWith(QLatin1Char('~'))) {
            if (host == QLatin1String("*"))
                out.global = true;
        } else if (hostNamespace != QLatin1String(".")) {
            out.tokens << QStringLiteral("ns:") + hostNamespace;
            if (host == QLatin1String("*"))
                return;
        }
    }
    if (host.isEmpty())
        return;
    const QStringList parts = host.split(QLatin1Char('.'));
    if (host.startsWith(QLatin1Char('*'))) {
        if (parts.size() >= 3 && host.endsWith(clusterSuffix) && parts.size() == 5)
            out.tokens << QStringLiteral("ns:") + parts.at(1);
        else
            out.global = true;
        return;
    }
    if (parts.size() == 1) {
        out.tokens << QStringLiteral("h:") + host + QLatin1Char('.') + ns + clusterSuffix;
        out.tokens << QStringLiteral("ns:") + ns;
        return;
    }
    out.tokens << QStringLiteral("h:") + host;
    // "name.ns", "name.ns.svc", "name.ns.svc.<domain>": a service of namespace ns (as Kiali and Istio read them).
    if (parts.size() == 2 || (parts.size() >= 3 && parts.at(2) == QLatin1String("svc"))) {
        out.tokens << QStringLiteral("h:") + parts.at(0) + QLatin1Char('.') + parts.at(1) + clusterSuffix;
        out.tokens << QStringLiteral("ns:") + parts.at(1);
    }
}

void addHosts(DependencyTokens& out, const QJsonValue& hosts, const QString& ns)
{
    for (const QString& host : json::strings(hosts))
        addHost(out, host, ns);
}

void addNamespace(DependencyTokens& out, const QString& ns)
{
    if (ns == QLatin1String("*"))
        out.global = true;
    else if (!ns.isEmpty())
        out.tokens << QStringLiteral("ns:") + ns;
}

// Every string value under a JSON value, for the fields that may name hosts or namespaces anywhere in them.
void collectStrings(const QJsonValue& value, const char* key, QStringList* into)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String(key) && it.value().isString())
                into->append(it.value().toString());
            else if (it.key() == QLatin1String(key))
                *into += json::strings(it.value());
            else
                collectStrings(it.value(), key, into);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectStrings(item, key, into);
    }
}

void virtualServiceTokens(DependencyTokens& out, const Resource& vs)
{
    const QJsonObject spec = vs.spec();
    addHosts(out, spec.value(QLatin1String("hosts")), vs.ns);
    QStringList hosts;
    collectStrings(spec, "host", &hosts); // route, mirror and mirrors destinations
    for (const QString& host : std::as_const(hosts))
        addHost(out, host, vs.ns);
    for (const QJsonValue& rule : json::arr(spec, "http")) {
        const QJsonObject delegate = json::obj(rule.toObject(), "delegate");
        if (!delegate.isEmpty())
            addNamespace(out, json::str(delegate, "namespace").isEmpty() ? vs.ns : json::str(delegate, "namespace"));
    }
}

void policyTokens(DependencyTokens& out, const Resource& policy)
{
    // Principals ("cluster.local/ns/<ns>/sa/<name>") and namespaces name other namespaces' workloads.
    QStringList values;
    collectStrings(policy.spec(), "principals", &values);
    collectStrings(policy.spec(), "notPrincipals", &values);
    for (const QString& principal : std::as_const(values)) {
        const QStringList parts = principal.split(QLatin1Char('/'));
        const qsizetype at = parts.indexOf(QStringLiteral("ns"));
        if (at >= 0 && at + 1 < parts.size())
            addNamespace(out, parts.at(at + 1).contains(QLatin1Char('*')) ? QStringLiteral("*") : parts.at(at + 1));
        else if (principal.contains(QLatin1Char('*')))
            out.global = true;
    }
    values.clear();
    collectStrings(policy.spec(), "namespaces", &values);
    collectStrings(policy.spec(), "notNamespaces", &values);
    for (const QString& ns : std::as_const(values))
        addNamespace(out, ns.contains(QLatin1Char('*')) ? QStringLiteral("*") : ns);
    values.clear();
    collectStrings(policy.spec(), "hosts", &values);
    collectStrings(policy.spec(), "notHosts", &values);
    for (const QString& host : std::as_const(values))
        addHost(out, host, policy.ns);
}

} // namespace

QString subjectKey(const Resource& resource)
{
    return resource.cluster + QLatin1Char('|') + resource.key();
}

DependencyTokens dependencyTokens(const Resource& resource, const QString& istioNamespace, const QString& rootNamespace)
{
    DependencyTokens out;
    out.tokens << QStringLiteral("obj:") + subjectKey(resource);
    if (isClusterScoped(resource.kind) || resource.ns.isEmpty() || resource.ns == istioNamespace
        || resource.ns == rootNamespace)
        out.global = true;
    addNamespace(out, resource.ns);
    // Control-plane and gateway workloads anywhere serve the whole mesh.
    if (resource.labels.contains(QStringLiteral("istio"))
        || resource.labels.contains(QStringLiteral("gateway.istio.io/managed"))
        || resource.labels.value(QStringLiteral("release")) == QLatin1String("istio"))
        out.global = true;
    const QJsonObject spec = resource.spec();
    switch (resource.kind) {
    case Kind::Namespace:
        out.global = true; // the list of namespaces changes how names resolve
        addNamespace(out, resource.name); // and its labels what happens to its pods
        break;
    case Kind::MeshConfig:
    case Kind::MeshNetworks:
    case Kind::Gateway:
    case Kind::KubernetesGateway:
    case Kind::GatewayClass:
    case Kind::ReferenceGrant:
        out.global = true;
        for (const QJsonValue& server : json::arr(spec, "servers"))
            addHosts(out, server.toObject().value(QLatin1String("hosts")), resource.ns);
        break;
    case Kind::Service:
        addHost(out, resource.name, resource.ns);
        if (!json::str(spec, "externalName").isEmpty())
            addHost(out, json::str(spec, "externalName"), resource.ns);
        break;
    case Kind::ServiceEntry:
        addHosts(out, spec.value(QLatin1String("hosts")), resource.ns);
        for (const QString& address : json::strings(spec.value(QLatin1String("addresses"))))
            out.tokens << QStringLiteral("addr:") + address;
        break;
    case Kind::DestinationRule:
        addHost(out, json::str(spec, "host"), resource.ns);
        break;
    case Kind::VirtualService:
        virtualServiceTokens(out, resource);
        break;
    case Kind::Sidecar: {
        QStringList hosts;
        collectStrings(spec.value(QLatin1String("egress")), "hosts", &hosts);
        for (const QString& host : std::as_const(hosts))
            addHost(out, host, resource.ns);
        break;
    }
    case Kind::AuthorizationPolicy:
    case Kind::PeerAuthentication:
    case Kind::RequestAuthentication:
        policyTokens(out, resource);
        break;
    case Kind::HTTPRoute:
    case Kind::GRPCRoute:
    case Kind::TCPRoute:
    case Kind::TLSRoute: {
        // Parent gateways are global; backends are services, possibly in other namespaces.
        QStringList namespaces;
        collectStrings(spec, "namespace", &namespaces);
        for (const QString& ns : std::as_const(namespaces))
            addNamespace(out, ns);
        addHosts(out, spec.value(QLatin1String("hostnames")), resource.ns);
        break;
    }
    default:
        break;
    }
    out.tokens.removeDuplicates();
    return out;
}

void DependencyIndex::rebuild(const Snapshot& snapshot)
{
    m_tokens.clear();
    m_byToken.clear();
    m_globals.clear();
    m_istioNamespace = snapshot.istioNamespace();
    m_rootNamespace = json::str(snapshot.meshConfig(), "rootNamespace");
    for (const Kind kind : allKinds())
        snapshot.forEach(kind, [&](const ResourcePtr& resource) { add(resource); });
}

void DependencyIndex::add(const ResourcePtr& resource)
{
    const DependencyTokens tokens = dependencyTokens(*resource, m_istioNamespace, m_rootNamespace);
    for (const QString& token : tokens.tokens)
        m_byToken[token].append(resource);
    if (tokens.global)
        m_globals.append(resource);
    m_tokens.insert(resource.get(), { resource, tokens });
}

void DependencyIndex::remove(const ResourcePtr& resource)
{
    const auto it = m_tokens.constFind(resource.get());
    if (it == m_tokens.constEnd())
        return;
    for (const QString& token : it->tokens.tokens) {
        const auto bucket = m_byToken.find(token);
        if (bucket == m_byToken.end())
            continue;
        bucket->removeOne(resource);
        if (bucket->isEmpty())
            m_byToken.erase(bucket);
    }
    if (it->tokens.global)
        m_globals.removeOne(resource);
    m_tokens.erase(it);
}

const DependencyTokens& DependencyIndex::tokensOf(const Resource& resource) const
{
    static const DependencyTokens none;
    const auto it = m_tokens.constFind(&resource);
    return it == m_tokens.constEnd() ? none : it->tokens;
}

ResourcePtr DependencyIndex::pointer(const Resource* resource) const
{
    const auto it = m_tokens.constFind(resource);
    return it == m_tokens.constEnd() ? nullptr : it->resource;
}

void DependencyIndex::collect(const QSet<QString>& tokens, QSet<const Resource*>* into) const
{
    for (const QString& token : tokens) {
        const auto bucket = m_byToken.constFind(token);
        if (bucket == m_byToken.constEnd())
            continue;
        for (const ResourcePtr& resource : *bucket)
            into->insert(resource.get());
    }
}

} // namespace meshscope::analysis
