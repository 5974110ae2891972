// destinationrule.CaCertificateAnalyzer (TLS to a server without verifying it) and
// destinationrule.SubsetSelectPodAnalyzer (hosts that do not exist, subsets that select no pod).
#include "../hostnames.h"
#include "istioanalyzers.h"

#include <QSet>
#include <algorithm>

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

// Every pod's endpoint labels as Istio sees them: its own labels, plus the locality and host name of its node, indexed
// by each of its own labels so that a subset only looks at pods carrying one of its labels. Built once per snapshot
// (until pods or nodes change), not on every run after a DestinationRule changes.
class PodLabelIndex
{
public:
    static std::shared_ptr<const PodLabelIndex> of(const Snapshot& snapshot)
    {
        return snapshot.derived<PodLabelIndex>(QStringLiteral("istio.podLabels"), { Kind::Pod, Kind::Node },
            [&] { return std::make_shared<const PodLabelIndex>(snapshot); });
    }

    explicit PodLabelIndex(const Snapshot& snapshot)
    {
        QHash<QString, Labels> nodeLabels;
        snapshot.forEach(Kind::Node, [&](const ResourcePtr& node) { nodeLabels.insert(node->name, node->labels); });
        m_pods.reserve(snapshot.count(Kind::Pod));
        snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
            const QString nodeName = json::str(pod->spec(), "nodeName");
            if (!nodeName.isEmpty() && !m_nodeAdded.contains(nodeName))
                m_nodeAdded.insert(nodeName, addedByNode(nodeName, nodeLabels.value(nodeName)));
            const qsizetype at = m_pods.size();
            m_pods.append({ pod, nodeName });
            for (auto it = pod->labels.begin(); it != pod->labels.end(); ++it)
                m_byLabel[it.key()][it.value()].append(at);
        });
    }

    // Whether a pod has every label of selector.
    bool anyMatches(const LabelSet& selector) const
    {
        if (selector.isEmpty())
            return !m_pods.isEmpty();
        // The pods carrying the selector's rarest label of their own (node labels override a pod's own, so those are
        // not looked up there); all pods when it only names node labels.
        const QList<qsizetype>* candidates = nullptr;
        for (const auto& [key, value] : selector.pairs()) {
            if (nodeKeys().contains(key))
                continue;
            const auto values = m_byLabel.constFind(key);
            if (values == m_byLabel.constEnd())
                return false;
            const auto bucket = values->constFind(value);
            if (bucket == values->constEnd())
                return false;
            if (!candidates || bucket->size() < candidates->size())
                candidates = &*bucket;
        }
        if (!candidates) {
            for (qsizetype i = 0; i < m_pods.size(); ++i) {
                if (matches(i, selector))
                    return true;
            }
            return false;
        }
        return std::any_of(
            candidates->begin(), candidates->end(), [&](qsizetype index) { return matches(index, selector); });
    }

private:
    struct Pod
    {
        ResourcePtr resource;
        QString nodeName;
    };

    // The labels Istio adds to the endpoints of a node's pods: the node's locality, split into region, zone and
    // subzone, and its name.
    static Labels addedByNode(const QString& nodeName, const Labels& node)
    {
        Labels labels;
        QString locality = node.value(QStringLiteral("topology.kubernetes.io/region"));
        const QString zone = node.value(QStringLiteral("topology.kubernetes.io/zone"));
        const QString subzone = node.value(QStringLiteral("topology.istio.io/subzone"));
        if (!zone.isEmpty()) {
            locality += QLatin1Char('/') + zone;
            if (!subzone.isEmpty())
                locality += QLatin1Char('/') + subzone;
        }
        const QStringList parts = locality.split(QLatin1Char('/'));
        for (int i = 0; i < 3 && i < parts.size(); ++i) {
            if (!parts.at(i).isEmpty())
                labels.insert(nodeKeys().at(i), parts.at(i));
        }
        labels.insert(nodeKeys().at(3), nodeName);
        return labels;
    }

    static const QStringList& nodeKeys()
    {
        static const QStringList keys { QStringLiteral("topology.kubernetes.io/region"),
            QStringLiteral("topology.kubernetes.io/zone"), QStringLiteral("topology.istio.io/subzone"),
            QStringLiteral("kubernetes.io/hostname") };
        return keys;
    }

    bool matches(qsizetype index, const LabelSet& selector) const
    {
        const Pod& pod = m_pods.at(index);
        const Labels* added = pod.nodeName.isEmpty() ? nullptr : &*m_nodeAdded.constFind(pod.nodeName);
        for (const auto& [key, value] : selector.pairs()) {
            if (added) {
                if (const auto it = added->constFind(key); it != added->constEnd()) {
                    if (*it != value)
                        return false;
                    continue;
                }
            }
            const auto it = pod.resource->labels.constFind(key);
            if (it == pod.resource->labels.constEnd() || *it != value)
                return false;
        }
        return true;
    }

    QList<Pod> m_pods;
    QHash<QString, Labels> m_nodeAdded; // node name → the labels its pods' endpoints get
    QHash<QString, QHash<QString, QList<qsizetype>>> m_byLabel; // the pods' own labels: key → value → pods
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
        // What each rule's check found, kept until the hosts or pods change: after a DestinationRule changes, only
        // that rule is checked again.
        const auto checked = snapshot.cache<QHash<const Resource*, Check>>(
            QStringLiteral("istio.subsetSelectPod"), { Kind::Pod, Kind::Node, Kind::Service, Kind::ServiceEntry });
        if (checked->size() > 2 * snapshot.count(Kind::DestinationRule) + 16)
            checked->clear(); // the checks of rules since replaced
        std::shared_ptr<const PodLabelIndex> pods;
        snapshot.forEach(Kind::DestinationRule, [&](const ResourcePtr& dr) {
            auto it = checked->constFind(dr.get());
            if (it == checked->constEnd())
                it = checked->insert(dr.get(), check(context, dr, pods));
            if (it->missingHost)
                context.report("IST0174", dr, { json::str(dr->spec(), "host") });
            for (const QString& subset : it->subsetsWithoutPods)
                context.report("IST0173", dr, { subset });
        });
    }

private:
    struct Check
    {
        ResourcePtr rule; // keeps the key's object alive, so that no other object takes its address
        bool missingHost = false;
        QStringList subsetsWithoutPods;
    };

    static Check check(AnalysisContext& context, const ResourcePtr& dr, std::shared_ptr<const PodLabelIndex>& pods)
    {
        Check result { dr, false, {} };
        const QJsonObject spec = dr->spec();
        const HostTarget* target = context.serviceHosts().find(
            dr->ns, json::strings(spec.value(QLatin1String("exportTo"))), json::str(spec, "host"));
        if (!target) {
            result.missingHost = true;
            return result;
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
            if (!pods)
                pods = PodLabelIndex::of(context.snapshot());
            if (!pods->anyMatches(LabelSet(selector)))
                result.subsetsWithoutPods.append(name);
        }
        return result;
    }
};

} // namespace

void addDestinationRuleAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<CaCertificateAnalyzer>());
    list.append(std::make_shared<SubsetSelectPodAnalyzer>());
}

} // namespace meshscope::analysis
