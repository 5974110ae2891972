#pragma once

#include "../analyzer.h"
#include "../selectors.h"

// istioctl's analyzers, one file per family (annotations, gateway, virtualservice, …). Each family file adds its
// analyzers to the list; createIstioAnalyzers() collects them all.
namespace meshscope::analysis {

// The common part of an analyzer: its name, description and inputs.
class IstioAnalyzer : public Analyzer
{
public:
    IstioAnalyzer(const char* name, const char* description, QList<Kind> inputs)
        : m_name(QString::fromLatin1(name))
        , m_description(QString::fromUtf8(description))
        , m_inputs(std::move(inputs))
    { }
    QString name() const override { return m_name; }
    QString description() const override { return m_description; }
    QList<Kind> inputs() const override { return m_inputs; }

private:
    QString m_name;
    QString m_description;
    QList<Kind> m_inputs;
};

AnalyzerList createIstioAnalyzers();

void addAnnotationAnalyzers(AnalyzerList& list);
void addAuthAnalyzers(AnalyzerList& list); // authn.BlockedCIDRsAnalyzer, auth.AuthorizationPoliciesAnalyzer
void addConditionAnalyzers(AnalyzerList& list);
void addDeploymentAnalyzers(AnalyzerList& list);
void addDeprecationAnalyzers(AnalyzerList& list);
void addDestinationRuleAnalyzers(AnalyzerList& list);
void addEnvoyFilterAnalyzers(AnalyzerList& list);
void addExternalControlPlaneAnalyzers(AnalyzerList& list);
void addGatewayAnalyzers(AnalyzerList& list);
void addInjectionAnalyzers(AnalyzerList& list);
void addKubernetesGatewayAnalyzers(AnalyzerList& list);
void addMulticlusterAnalyzers(AnalyzerList& list);
void addSchemaAnalyzers(AnalyzerList& list);
void addServiceAnalyzers(AnalyzerList& list); // service.PortNameAnalyzer and the ServiceEntry analyzers
void addSidecarAnalyzers(AnalyzerList& list);
void addTelemetryAnalyzers(AnalyzerList& list);
void addVirtualServiceAnalyzers(AnalyzerList& list);
void addWebhookAnalyzers(AnalyzerList& list);

// Helpers the families share.
namespace istio {
// A field path as istioctl keys the lines of a file: fieldPath("{.spec.http[%1].route[%2]}", 0, 1).
template <typename... Args> QString fieldPath(const char* pattern, Args... args)
{
    QString path = QString::fromLatin1(pattern);
    ((path = path.arg(args)), ...);
    return path;
}
// The pods, services, … of namespace ns.
QList<ResourcePtr> inNamespace(const Snapshot& snapshot, Kind kind, const QString& ns);
// A pod has the sidecar (an istio-proxy container with an image), or will get one (labels, annotations, namespace).
bool podInMesh(const Snapshot& snapshot, const Resource& pod);
bool deploymentInMesh(const Snapshot& snapshot, const Resource& deployment);
bool podInAmbientMode(const Resource* pod);
bool namespaceInAmbientMode(const Resource* ns);
bool isIstioControlPlane(const Resource& resource); // labelled istio=… or release=istio
// The injector ConfigMap of a revision: istio-sidecar-injector[-revision].
QString injectorConfigMapName(const QString& revision);
// Names of the resources, sorted.
QStringList sortedNames(const QList<ResourcePtr>& resources);
} // namespace istio

} // namespace meshscope::analysis
