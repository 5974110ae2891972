#include "filesource.h"

#include "yamlresources.h"

namespace meshscope::analysis {

FileSource::FileSource(
    Snapshot* snapshot, const QSet<Kind>& kinds, bool includeRuntimeKinds, const QString& defaultNamespace)
    : m_snapshot(snapshot)
    , m_kinds(kinds)
    , m_includeRuntime(includeRuntimeKinds)
    , m_defaultNamespace(defaultNamespace)
{ }

QSet<Kind> FileSource::inputKinds(const AnalyzerList& analyzers)
{
    QSet<Kind> kinds;
    for (const auto& analyzer : analyzers) {
        for (const Kind kind : analyzer->inputs()) {
            if (kind != Kind::MeshConfig && kind != Kind::MeshNetworks)
                kinds.insert(kind);
        }
    }
    return kinds;
}

bool FileSource::isIgnoredNamespace(const QString& ns)
{
    return ns == QLatin1String("kube-system") || ns == QLatin1String("kube-public")
        || ns == QLatin1String("kube-node-lease") || ns == QLatin1String("local-path-storage");
}

QStringList FileSource::add(const QString& name, const QByteArray& text)
{
    YamlInput input = readYamlResources(text, name);
    for (std::shared_ptr<Resource>& resource : input.resources) {
        if (!m_kinds.contains(resource->kind))
            continue;
        if (!m_includeRuntime && kindInfo(resource->kind).runtime)
            continue;
        if (!isClusterScoped(resource->kind) && resource->ns.isEmpty())
            resource->ns = m_defaultNamespace;
        const QString owningNamespace = resource->kind == Kind::Namespace ? resource->name : resource->ns;
        if (isIgnoredNamespace(owningNamespace))
            continue;
        resource->file = name;
        m_snapshot->insert(std::move(resource));
        ++m_objects;
    }
    return input.errors;
}

void FileSource::addDefaultIngressGateway()
{
    const QString ns = m_snapshot->istioNamespace();
    const QString service = json::str(m_snapshot->meshConfig(), "ingressService");
    const QByteArray text = QStringLiteral(R"(
apiVersion: v1
kind: Pod
metadata:
  labels:
    istio: ingressgateway
  name: %1-dummypod
  namespace: %2
spec:
  containers:
    - args:
      name: istio-proxy
---
apiVersion: v1
kind: Service
metadata:
  name: %1
  namespace: %2
spec:
  ports:
  - name: http2
    nodePort: 31380
    port: 80
    protocol: TCP
    targetPort: 80
  - name: https
    nodePort: 31390
    port: 443
    protocol: TCP
    targetPort: 443
  - name: tcp
    nodePort: 31400
    port: 31400
    protocol: TCP
    targetPort: 31400
  - name: tls
    nodePort: 31447
    port: 15443
    protocol: TCP
    targetPort: 15443
  selector:
    istio: ingressgateway
)")
                                .arg(service, ns)
                                .toUtf8();
    add(QStringLiteral("internal-ingress"), text);
}

void FileSource::markAvailable()
{
    for (const Kind kind : std::as_const(m_kinds)) {
        if (m_includeRuntime || !kindInfo(kind).runtime)
            m_snapshot->setAvailable(kind);
    }
}

} // namespace meshscope::analysis
