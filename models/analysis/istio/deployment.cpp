// deployment.MultiServiceAnalyzer (a deployment behind several Services that disagree on a port's protocol or
// target port) and applicationUID.Analyzer (applications running as the sidecar's UID 1337).
#include "istioanalyzers.h"

#include <algorithm>
#include <map>

namespace meshscope::analysis {
namespace {

using namespace istio;

class ServiceAssociationAnalyzer : public IstioAnalyzer
{
public:
    ServiceAssociationAnalyzer()
        : IstioAnalyzer("deployment.MultiServiceAnalyzer",
            "Checks that the Services selecting a deployment agree on each port's protocol and target port",
            { Kind::Service, Kind::Deployment, Kind::Namespace })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        snapshot.forEach(Kind::Deployment, [&](const ResourcePtr& deployment) {
            if (deployment->labels.value(QStringLiteral("gateway.istio.io/managed"))
                == QLatin1String("istio.io-mesh-controller"))
                return; // a waypoint
            if (!deploymentInMesh(snapshot, *deployment))
                return;
            const QList<ResourcePtr> services = matchingServices(snapshot, *deployment);
            protocols(context, deployment, services);
            targetPorts(context, deployment, services);
        });
    }

private:
    // The Services with a selector, parsed once per snapshot rather than once per deployment, and indexed by
    // namespace and their selector's first label, so that a deployment only tries those whose first label it has.
    struct Selectors
    {
        QList<QPair<ResourcePtr, LabelSet>> services; // in the snapshot's order
        QHash<QString, QHash<QString, QHash<QString, QList<qsizetype>>>> byFirstLabel; // ns → key → value → services
    };

    static QList<ResourcePtr> matchingServices(const Snapshot& snapshot, const Resource& deployment)
    {
        const auto selectors
            = snapshot.derived<Selectors>(QStringLiteral("istio.serviceSelectors"), { Kind::Service }, [&] {
                  auto built = std::make_shared<Selectors>();
                  snapshot.forEach(Kind::Service, [&](const ResourcePtr& service) {
                      LabelSet selector(json::stringMap(service->spec().value(QLatin1String("selector"))));
                      if (selector.isEmpty())
                          return;
                      const auto& [key, value] = selector.pairs().first();
                      built->byFirstLabel[service->ns][key][value].append(built->services.size());
                      built->services.append({ service, std::move(selector) });
                  });
                  return std::const_pointer_cast<const Selectors>(built);
              });
        const auto inNamespace = selectors->byFirstLabel.constFind(deployment.ns);
        if (inNamespace == selectors->byFirstLabel.constEnd())
            return {};
        const Labels podLabels = json::stringMap(
            json::obj(json::obj(deployment.spec(), "template"), "metadata").value(QLatin1String("labels")));
        QList<qsizetype> matching;
        for (auto label = podLabels.begin(); label != podLabels.end(); ++label) {
            const auto byValue = inNamespace->constFind(label.key());
            if (byValue == inNamespace->constEnd())
                continue;
            for (const qsizetype index : byValue->value(label.value())) {
                if (selectors->services.at(index).second.matches(podLabels))
                    matching.append(index);
            }
        }
        std::sort(matching.begin(), matching.end());
        QList<ResourcePtr> result;
        result.reserve(matching.size());
        for (const qsizetype index : std::as_const(matching))
            result.append(selectors->services.at(index).first);
        return result;
    }

    static void protocols(AnalysisContext& context, const ResourcePtr& deployment, const QList<ResourcePtr>& services)
    {
        std::map<qint64, std::map<QString, QStringList>> byPort; // port → protocol → services
        for (const ResourcePtr& service : services) {
            for (const QJsonValue& value : json::arr(service->spec(), "ports")) {
                const QJsonObject port = value.toObject();
                QString protocol = json::str(port, "protocol");
                if (protocol.isEmpty())
                    protocol = QStringLiteral("TCP");
                byPort[json::integer(port, "port")][protocol].append(service->fullName());
            }
        }
        for (const auto& [port, protocolMap] : byPort) {
            if (protocolMap.size() < 2)
                continue;
            QStringList names;
            for (const auto& entry : protocolMap)
                names += entry.second;
            std::sort(names.begin(), names.end());
            context.reportAt(
                "IST0116", deployment, QStringLiteral("{.metadata.name}"), { deployment->name, port, names });
        }
    }

    static void targetPorts(AnalysisContext& context, const ResourcePtr& deployment, const QList<ResourcePtr>& services)
    {
        std::map<QString, std::map<qint64, QString>> byTarget; // target port → port → service
        for (const ResourcePtr& service : services) {
            for (const QJsonValue& value : json::arr(service->spec(), "ports")) {
                const QJsonObject port = value.toObject();
                const qint64 number = json::integer(port, "port");
                QString target = json::intOrString(port.value(QLatin1String("targetPort")));
                if (target.isEmpty() || target == QLatin1String("0"))
                    target = QString::number(number);
                byTarget[target][number] = service->fullName();
            }
        }
        for (const auto& [target, ports] : byTarget) {
            if (ports.size() < 2)
                continue;
            QStringList names;
            QVariantList numbers;
            for (const auto& [number, name] : ports) {
                names << name;
                numbers << number;
            }
            std::sort(names.begin(), names.end());
            context.reportAt("IST0137", deployment, QStringLiteral("{.metadata.name}"),
                { deployment->name, names, target, QVariant(numbers) });
        }
    }
};

class ApplicationUidAnalyzer : public IstioAnalyzer
{
public:
    ApplicationUidAnalyzer()
        : IstioAnalyzer("applicationUID.Analyzer",
            "Checks that no application container runs as UID 1337, which the sidecar proxy needs",
            { Kind::Pod, Kind::Deployment })
    { }

    void analyze(AnalysisContext& context) const override
    {
        context.snapshot().forEach(Kind::Pod, [&](const ResourcePtr& pod) { check(context, pod, pod->spec()); });
        context.snapshot().forEach(Kind::Deployment, [&](const ResourcePtr& deployment) {
            check(context, deployment, json::obj(json::obj(deployment->spec(), "template"), "spec"));
        });
    }

private:
    static bool runsAs1337(const QJsonObject& owner)
    {
        const QJsonObject securityContext = json::obj(owner, "securityContext");
        return json::has(securityContext, "runAsUser") && json::integer(securityContext, "runAsUser") == 1337;
    }

    static void check(AnalysisContext& context, const ResourcePtr& resource, const QJsonObject& podSpec)
    {
        if (isIstioControlPlane(*resource))
            return;
        if (runsAs1337(podSpec))
            context.report("IST0144", resource);
        for (const QJsonValue& value : json::arr(podSpec, "containers")) {
            const QJsonObject container = value.toObject();
            const QString name = json::str(container, "name");
            if (name != QLatin1String("istio-proxy") && name != QLatin1String("istio-operator")
                && runsAs1337(container))
                context.report("IST0144", resource);
        }
    }
};

} // namespace

void addDeploymentAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<ServiceAssociationAnalyzer>());
    list.append(std::make_shared<ApplicationUidAnalyzer>());
}

} // namespace meshscope::analysis
