#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace meshscope {

class KubeApi;

// What istioctl accepts for a proxy: "pod[.namespace]", "pod/name[.namespace]" or "deployment/name[.namespace]"
// (the last dot separates the namespace).
struct ProxyReference
{
    QString kind; // "pod" or "deployment"
    QString name;
    QString podNamespace;
    QString error; // set when the text cannot name a proxy
};
ProxyReference parseProxyReference(const QString& text, const QString& defaultNamespace);

struct ProxyPod
{
    QString pod;
    QString podNamespace;
    QString error; // pod not found, no sidecar, forbidden, …
    QString proxyId() const { return pod + QLatin1Char('.') + podNamespace; }
};

// Finds the pod (for a deployment, a running pod it selects) and checks it runs an istio-proxy container, as a
// sidecar or a native sidecar (init container).
void resolveProxyPod(
    KubeApi* api, const ProxyReference& reference, QObject* context, std::function<void(const ProxyPod&)> done);

} // namespace meshscope
