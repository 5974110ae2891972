// sidecar.SelectorAnalyzer: Sidecars whose selector matches no pod, several Sidecars for one pod or one namespace,
// and Sidecars on ambient workloads, where they do nothing.
#include "istioanalyzers.h"

#include <QSet>
#include <map>

namespace meshscope::analysis {
namespace {

using namespace istio;

class SidecarSelectorAnalyzer : public IstioAnalyzer
{
public:
    SidecarSelectorAnalyzer()
        : IstioAnalyzer("sidecar.SelectorAnalyzer",
            "Checks that Sidecars with a workload selector match a pod, and that no pod or namespace has two",
            { Kind::Sidecar, Kind::Pod, Kind::Namespace })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        std::map<QString, QList<ResourcePtr>> sidecarsByPod; // pod full name → Sidecars selecting it
        QHash<QString, ResourcePtr> pods;
        std::map<QString, QList<ResourcePtr>> sidecarsByNamespace; // without a selector
        snapshot.forEach(Kind::Sidecar, [&](const ResourcePtr& sidecar) {
            const Labels selectorLabels
                = json::stringMap(json::obj(sidecar->spec(), "workloadSelector").value(QLatin1String("labels")));
            if (selectorLabels.isEmpty()) {
                sidecarsByNamespace[sidecar->ns].append(sidecar);
                return;
            }
            const LabelSet selector(selectorLabels);
            bool found = false;
            for (const ResourcePtr& pod : snapshot.inNamespace(Kind::Pod, sidecar->ns)) {
                if (!selector.matches(pod->labels))
                    continue;
                found = true;
                sidecarsByPod[pod->fullName()].append(sidecar);
                pods.insert(pod->fullName(), pod);
            }
            if (!found) {
                const QString text = selector.toString();
                context.reportAt("IST0101", sidecar,
                    QStringLiteral("{.spec.workloadSelector.labels.%1}").arg(text.section(QLatin1Char('='), 0, 0)),
                    { QStringLiteral("selector"), text });
            }
        });
        QSet<QString> reported;
        for (const auto& [podName, sidecars] : sidecarsByPod) {
            const ResourcePtr pod = pods.value(podName);
            const bool ambient = podInAmbientMode(pod.get());
            if (sidecars.size() == 1 && !ambient)
                continue;
            const QStringList names = sortedNames(sidecars);
            QStringList related;
            for (const ResourcePtr& sidecar : sidecars)
                related << sidecar->key();
            for (const ResourcePtr& sidecar : sidecars) {
                if (ambient) {
                    if (!reported.contains(sidecar->fullName())) {
                        context.report("IST0167", sidecar,
                            { QStringLiteral("selected workload is in ambient mode, the policy has no impact") });
                        reported.insert(sidecar->fullName());
                    }
                    continue;
                }
                context.reportAt("IST0110", sidecar, QStringLiteral("{.metadata.name}"), { names, pod->ns, pod->name });
                context.addRelated(related);
            }
        }
        for (const auto& [ns, sidecars] : sidecarsByNamespace) {
            if (namespaceInAmbientMode(snapshot.find(Kind::Namespace, QString(), ns).get())) {
                for (const ResourcePtr& sidecar : sidecars) {
                    if (!reported.contains(sidecar->fullName())) {
                        context.report("IST0167", sidecar,
                            { QStringLiteral("namespace is in ambient mode, the policy has no impact") });
                        reported.insert(sidecar->fullName());
                    }
                }
                continue;
            }
            if (sidecars.size() < 2)
                continue;
            const QStringList names = sortedNames(sidecars);
            for (const ResourcePtr& sidecar : sidecars)
                context.report("IST0111", sidecar, { names, ns });
        }
    }
};

} // namespace

void addSidecarAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<SidecarSelectorAnalyzer>());
}

} // namespace meshscope::analysis
