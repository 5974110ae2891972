// meshnetworks.MeshNetworksAnalyzer (networks fed by registries that do not exist) and
// services.MultiClusterServiceAnalyzer (a service that differs between the clusters of a mesh).
#include "istioanalyzers.h"

#include <QJsonDocument>
#include <algorithm>
#include <map>

namespace meshscope::analysis {
namespace {

class MeshNetworksAnalyzer : public IstioAnalyzer
{
public:
    MeshNetworksAnalyzer()
        : IstioAnalyzer("meshnetworks.MeshNetworksAnalyzer",
            "Checks that mesh networks take endpoints from service registries that exist",
            { Kind::MeshNetworks, Kind::Secret })
    { }

    void analyze(AnalysisContext& context) const override
    {
        // Istio's own registries, and one per remote cluster secret.
        QStringList registries { QStringLiteral("Mock"), QStringLiteral("Kubernetes"), QStringLiteral("External") };
        context.snapshot().forEach(Kind::Secret, [&](const ResourcePtr& secret) {
            if (secret->labels.value(QStringLiteral("istio/multiCluster")) != QLatin1String("true"))
                return;
            registries += json::obj(secret->object, "data").keys();
        });
        context.snapshot().forEach(Kind::MeshNetworks, [&](const ResourcePtr& meshNetworks) {
            const QJsonObject networks = json::obj(meshNetworks->spec(), "networks");
            for (auto network = networks.begin(); network != networks.end(); ++network) {
                const QJsonArray endpoints = json::arr(network.value().toObject(), "endpoints");
                for (int j = 0; j < endpoints.size(); ++j) {
                    const QJsonObject endpoint = endpoints.at(j).toObject();
                    if (!endpoint.contains(QLatin1String("fromRegistry")))
                        continue;
                    const QString registry = json::str(endpoint, "fromRegistry");
                    if (registries.contains(registry))
                        continue;
                    context.reportAt("IST0126", meshNetworks,
                        QStringLiteral("{.networks.%1.endpoints[%2]}").arg(network.key()).arg(j),
                        { registry, network.key() });
                }
            }
        });
    }
};

class MultiClusterServiceAnalyzer : public IstioAnalyzer
{
public:
    MultiClusterServiceAnalyzer()
        : IstioAnalyzer("services.MultiClusterServiceAnalyzer",
            "Checks that a service has the same type, ports and headless mode in every cluster", { Kind::Service })
    { }

    void analyze(AnalysisContext& context) const override
    {
        std::map<QString, std::map<QString, ResourcePtr>> services; // full name → cluster → service
        QStringList order;
        context.snapshot().forEach(Kind::Service, [&](const ResourcePtr& service) {
            if (service->cluster.isEmpty())
                return;
            if (!services.count(service->fullName()))
                order << service->fullName();
            services[service->fullName()][service->cluster] = service;
        });
        for (const QString& name : std::as_const(order)) {
            const auto& byCluster = services.at(name);
            if (byCluster.size() < 2)
                continue;
            QStringList clusters;
            QStringList reasons;
            const auto& [firstCluster, first] = *byCluster.begin();
            const QJsonObject firstSpec = first->spec();
            bool headlessAdded = false;
            const auto add = [](QStringList& list, const QString& value) {
                if (!list.contains(value))
                    list << value;
            };
            for (const auto& [cluster, service] : byCluster) {
                const QJsonObject spec = service->spec();
                if (!headlessAdded && isHeadless(firstSpec) != isHeadless(spec)) {
                    headlessAdded = true;
                    for (const auto& entry : byCluster)
                        add(clusters, entry.first);
                    add(reasons, QStringLiteral("service has mixed mode like headless and clusterIP"));
                }
                if (json::str(firstSpec, "type") != json::str(spec, "type")) {
                    add(clusters, cluster);
                    add(reasons, QStringLiteral("service type is inconsistent"));
                }
                if (sortedPorts(firstSpec) != sortedPorts(spec)) {
                    add(clusters, cluster);
                    add(reasons, QStringLiteral("service ports are inconsistent"));
                }
            }
            if (clusters.isEmpty())
                continue;
            add(clusters, firstCluster);
            std::sort(reasons.begin(), reasons.end());
            context.report("IST0170", first, { first->name, first->ns, clusters, reasons.join(QStringLiteral("; ")) });
        }
    }

private:
    static bool isHeadless(const QJsonObject& spec) { return json::str(spec, "clusterIP") == QLatin1String("None"); }

    static QStringList sortedPorts(const QJsonObject& spec)
    {
        QList<QPair<QString, QString>> ports;
        for (const QJsonValue& port : json::arr(spec, "ports"))
            ports.append({ json::str(port.toObject(), "name"),
                QString::fromUtf8(QJsonDocument(port.toObject()).toJson(QJsonDocument::Compact)) });
        std::stable_sort(ports.begin(), ports.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QStringList result;
        for (const auto& port : std::as_const(ports))
            result << port.second;
        return result;
    }
};

} // namespace

void addMulticlusterAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<MeshNetworksAnalyzer>());
    list.append(std::make_shared<MultiClusterServiceAnalyzer>());
}

} // namespace meshscope::analysis
