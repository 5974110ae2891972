// destinationrule.CaCertificateAnalyzer (TLS to a server without verifying it) and
// destinationrule.SubsetSelectPodAnalyzer (hosts that do not exist, subsets that select no pod).
#include "../hostnames.h"
#include "istioanalyzers.h"

#include <QSet>

namespace meshscope::analysis {
namespace {

using namespace istio;

bool verifiesNothing(const QJsonObject& tls, bool hasWorkloadSelector)
{
    const QString mode = json::str(tls, "mode");
    if (mode != QLatin1String("SIMPLE") && mode != QLatin1String("MUTUAL"))
        return false;
    if (!json::str(tls, "caCertificates").isEmpty())
        return false;
    // A credential with a workload selector (a gateway's egress) carries its own CA.
    return !(!json::str(tls, "credentialName").isEmpty() && hasWorkloadSelector);
}

class CaCertificateAnalyzer : public IstioAnalyzer
{
public:
    CaCertificateAnalyzer()
        : IstioAnalyzer("destinationrule.CaCertificateAnalyzer",
            "Checks that DestinationRules using SIMPLE or MUTUAL TLS set caCertificates to verify the server",
            { Kind::DestinationRule })
    { }

    void analyze(AnalysisContext& context) const override
    {
        context.snapshot().forEach(Kind::DestinationRule, [&](const ResourcePtr& dr) {
            const QJsonObject spec = dr->spec();
            const bool selector = json::has(spec, "workloadSelector");
            const QJsonObject policy = json::obj(spec, "trafficPolicy");
            const QJsonObject tls = json::obj(policy, "tls");
            if (verifiesNothing(tls, selector))
                context.reportAt("IST0128", dr, QStringLiteral("{.spec.trafficPolicy.tls.caCertificates}"),
                    { dr->fullName(), dr->ns, json::str(tls, "mode"), json::str(spec, "host") });
            const QJsonArray ports = json::arr(policy, "portLevelSettings");
            for (int i = 0; i < ports.size(); ++i) {
                const QJsonObject setting = ports.at(i).toObject();
                const QJsonObject portTls = json::obj(setting, "tls");
                if (!verifiesNothing(portTls, selector))
                    continue;
                const QString port
                    = QStringLiteral("number:%1").arg(json::integer(json::obj(setting, "port"), "number"));
                context.reportAt("IST0129", dr,
                    fieldPath("{.spec.trafficPolicy.portLevelSettings[%1].tls.caCertificates}", i),
                    { dr->fullName(), dr->ns, json::str(portTls, "mode"), json::str(spec, "host"), port });
            }
        });
    }
};

// A pod's labels with the topology labels Istio gives its endpoints (region, zone, subzone from its node, and the
// node name), which subsets may select on.
Labels endpointLabels(const Resource& pod, const QHash<QString, Labels>& nodeLabels)
{
    Labels labels = pod.labels;
    const QString nodeName = json::str(pod.spec(), "nodeName");
    const auto node = nodeLabels.constFind(nodeName);
    if (node != nodeLabels.constEnd()) {
        QString locality = node->value(QStringLiteral("topology.kubernetes.io/region"));
        const QString zone = node->value(QStringLiteral("topology.kubernetes.io/zone"));
        const QString subzone = node->value(QStringLiteral("topology.istio.io/subzone"));
        if (!zone.isEmpty()) {
            locality += QLatin1Char('/') + zone;
            if (!subzone.isEmpty())
                locality += QLatin1Char('/') + subzone;
        }
        const QStringList parts = locality.split(QLatin1Char('/'));
        const char* keys[]
            = { "topology.kubernetes.io/region", "topology.kubernetes.io/zone", "topology.istio.io/subzone" };
        for (int i = 0; i < 3 && i < parts.size(); ++i) {
            if (!parts.at(i).isEmpty())
                labels.insert(QLatin1String(keys[i]), parts.at(i));
        }
    }
    if (!nodeName.isEmpty())
        labels.insert(QStringLiteral("kubernetes.io/hostname"), nodeName);
    return labels;
}

// Every pod's endpoint labels, indexed by each label, so that a subset only looks at pods carrying its first label.
// Built once per snapshot (until pods or nodes change), not on every run after a DestinationRule changes.
struct PodLabelIndex
{
    QList<Labels> labels;
    QHash<QString, QList<qsizetype>> byLabel; // "key=value" → indexes into labels

    static std::shared_ptr<const PodLabelIndex> of(const Snapshot& snapshot)
    {
        return snapshot.derived<PodLabelIndex>(QStringLiteral("istio.podLabels"), { Kind::Pod, Kind::Node }, [&] {
            QHash<QString, Labels> nodeLabels;
            snapshot.forEach(Kind::Node, [&](const ResourcePtr& node) { nodeLabels.insert(node->name, node->labels); });
            auto index = std::make_shared<PodLabelIndex>();
            snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
                const qsizetype at = index->labels.size();
                index->labels.append(endpointLabels(*pod, nodeLabels));
                const Labels& labels = index->labels.last();
                for (auto it = labels.begin(); it != labels.end(); ++it)
                    index->byLabel[it.key() + QLatin1Char('=') + it.value()].append(at);
            });
            return std::const_pointer_cast<const PodLabelIndex>(index);
        });
    }
};

class SubsetSelectPodAnalyzer : public IstioAnalyzer
{
public:
    // Selectors match pods in any namespace.
    bool runsOnPart() const override { return false; }
    SubsetSelectPodAnalyzer()
        : IstioAnalyzer("destinationrule.SubsetSelectPodAnalyzer",
            "Checks that a DestinationRule's host exists and that each of its subsets selects at least one pod",
            { Kind::DestinationRule, Kind::Pod, Kind::Service, Kind::ServiceEntry, Kind::Node })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        struct Subset
        {
            ResourcePtr rule;
            QString name;
            LabelSet selector;
            bool matched = false;
        };
        QList<Subset> subsets;
        snapshot.forEach(Kind::DestinationRule, [&](const ResourcePtr& dr) {
            const QJsonObject spec = dr->spec();
            const QString host = json::str(spec, "host");
            const HostTarget* target
                = context.serviceHosts().find(dr->ns, json::strings(spec.value(QLatin1String("exportTo"))), host);
            if (!target) {
                context.report("IST0174", dr, { host });
                return;
            }
            QSet<QString> names; // a subset defined twice is checked once
            for (const QJsonValue& value : json::arr(spec, "subsets")) {
                const QJsonObject subset = value.toObject();
                const QString name = json::str(subset, "name");
                if (names.contains(name))
                    continue;
                names.insert(name);
                Labels selector = target->workloadSelector;
                const Labels own = json::stringMap(subset.value(QLatin1String("labels")));
                for (auto it = own.begin(); it != own.end(); ++it)
                    selector.insert(it.key(), it.value());
                subsets.append({ dr, name, LabelSet(selector), false });
            }
        });
        if (subsets.isEmpty())
            return;
        const std::shared_ptr<const PodLabelIndex> pods = PodLabelIndex::of(snapshot);
        for (Subset& subset : subsets) {
            if (subset.selector.isEmpty()) {
                subset.matched = !pods->labels.isEmpty();
                continue;
            }
            const auto& [key, value] = subset.selector.pairs().first();
            for (const qsizetype index : pods->byLabel.value(key + QLatin1Char('=') + value)) {
                if (subset.selector.matches(pods->labels.at(index))) {
                    subset.matched = true;
                    break;
                }
            }
        }
        for (const Subset& subset : std::as_const(subsets)) {
            if (!subset.matched)
                context.report("IST0173", subset.rule, { subset.name });
        }
    }
};

} // namespace

void addDestinationRuleAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<CaCertificateAnalyzer>());
    list.append(std::make_shared<SubsetSelectPodAnalyzer>());
}

} // namespace meshscope::analysis
