#pragma once

#include "analyzer.h"

#include <QSet>

namespace meshscope::analysis {

// Reads input files into a snapshot the way istioctl does: only the kinds the chosen analyzers read, objects without
// a namespace put into the default namespace (if there is one), objects in Kubernetes' own namespaces (kube-system,
// kube-public, kube-node-lease, local-path-storage) left out, and — unless told otherwise — no Pods, Services,
// Namespaces, Nodes or Secrets, which istioctl only takes from a cluster. Later files replace objects of earlier
// ones and of the cluster with the same kind, namespace and name.
class FileSource
{
public:
    FileSource(Snapshot* snapshot, const QSet<Kind>& kinds, bool includeRuntimeKinds, const QString& defaultNamespace);

    // Reads one file's text (name is how messages refer to it: a path, or "-" for stdin). Returns one line per
    // document that could not be read.
    QStringList add(const QString& name, const QByteArray& text);
    // The stand-in ingress gateway istioctl adds when it analyses files without a cluster: a Service and a pod
    // labelled istio=ingressgateway in the Istio namespace, named after the mesh config's ingressService.
    void addDefaultIngressGateway();
    // Marks the kinds this source provides as available in the snapshot.
    void markAvailable();

    int objectCount() const { return m_objects; }

    static QSet<Kind> inputKinds(const AnalyzerList& analyzers);
    static bool isIgnoredNamespace(const QString& ns);

private:
    Snapshot* m_snapshot;
    QSet<Kind> m_kinds;
    bool m_includeRuntime;
    QString m_defaultNamespace;
    int m_objects = 0;
};

} // namespace meshscope::analysis
