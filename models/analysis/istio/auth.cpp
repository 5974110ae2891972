// auth.AuthorizationPoliciesAnalyzer (policies that select no workload or name namespaces that do not exist) and
// authn.BlockedCIDRsAnalyzer (istiod fetching JWKS for RequestAuthentications without a network restriction).
#include "istioanalyzers.h"

#include <algorithm>

namespace meshscope::analysis {
namespace {

using namespace istio;

bool namespaceMatches(const QString& ns, const QString& expression)
{
    if (expression == QLatin1String("*"))
        return true;
    if (expression.startsWith(QLatin1Char('*')))
        return ns.endsWith(QStringView(expression).mid(1));
    if (expression.endsWith(QLatin1Char('*')))
        return ns.startsWith(QStringView(expression).chopped(1));
    return ns.compare(expression, Qt::CaseInsensitive) == 0;
}

class AuthorizationPoliciesAnalyzer : public IstioAnalyzer
{
public:
    AuthorizationPoliciesAnalyzer()
        : IstioAnalyzer("auth.AuthorizationPoliciesAnalyzer",
            "Checks that authorization policies select workloads in the mesh and name namespaces that exist",
            { Kind::MeshConfig, Kind::AuthorizationPolicy, Kind::Namespace, Kind::Pod })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        // Labels of the pods in the mesh (sidecar or ambient), by namespace.
        QHash<QString, QList<Labels>> meshPods;
        snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
            QList<Labels>& list = meshPods[pod->ns];
            if (podInMesh(snapshot, *pod))
                list.append(pod->labels);
            if (podInAmbientMode(pod.get()))
                list.append(pod->labels);
        });
        const QString rootNamespace = json::str(snapshot.meshConfig(), "rootNamespace");
        snapshot.forEach(Kind::AuthorizationPolicy, [&](const ResourcePtr& policy) {
            noMatchingWorkloads(context, policy, meshPods, rootNamespace);
            namespacesNotFound(context, policy);
        });
    }

private:
    static bool anyMatch(const LabelSet& selector, const QList<Labels>& pods)
    {
        return std::any_of(pods.begin(), pods.end(), [&](const Labels& labels) { return selector.matches(labels); });
    }

    static void noMatchingWorkloads(AnalysisContext& context, const ResourcePtr& policy,
        const QHash<QString, QList<Labels>>& meshPods, const QString& rootNamespace)
    {
        const QJsonObject spec = policy->spec();
        const bool hasSelector = json::has(spec, "selector");
        const LabelSet selector(json::stringMap(json::obj(spec, "selector").value(QLatin1String("matchLabels"))));
        if (policy->ns == rootNamespace) {
            if (!hasSelector)
                return;
            for (const QList<Labels>& pods : meshPods) {
                if (anyMatch(selector, pods))
                    return;
            }
            context.report("IST0127", policy, { selector.toString() });
            return;
        }
        if (!hasSelector) {
            if (meshPods.value(policy->ns).isEmpty())
                context.report("IST0127", policy, { QString() });
            return;
        }
        if (!anyMatch(selector, meshPods.value(policy->ns)))
            context.report("IST0127", policy, { selector.toString() });
    }

    static void namespacesNotFound(AnalysisContext& context, const ResourcePtr& policy)
    {
        const QJsonArray rules = json::arr(policy->spec(), "rules");
        for (int i = 0; i < rules.size(); ++i) {
            const QJsonArray from = json::arr(rules.at(i).toObject(), "from");
            for (int j = 0; j < from.size(); ++j) {
                const QJsonObject source = json::obj(from.at(j).toObject(), "source");
                const QStringList namespaces = json::strings(source.value(QLatin1String("namespaces")));
                const QStringList notNamespaces = json::strings(source.value(QLatin1String("notNamespaces")));
                const QStringList all = namespaces + notNamespaces;
                for (int k = 0; k < all.size(); ++k) {
                    bool found = false;
                    context.snapshot().forEach(Kind::Namespace, [&](const ResourcePtr& ns) {
                        found = namespaceMatches(ns->name, all.at(k));
                        return !found;
                    });
                    if (found)
                        continue;
                    // istioctl points notNamespaces entries at the same index in namespaces.
                    const int index = k < namespaces.size() ? k : int(k - namespaces.size());
                    context.reportAt("IST0101", policy,
                        fieldPath("{.spec.rules[%1].from[%2].source.namespaces[%3]}", i, j, index),
                        { QStringLiteral("namespace"), all.at(k) });
                }
            }
        }
    }
};

class BlockedCidrsAnalyzer : public IstioAnalyzer
{
public:
    // Counts the RequestAuthentications of the whole mesh.
    bool runsOnPart() const override { return false; }
    BlockedCidrsAnalyzer()
        : IstioAnalyzer("authn.BlockedCIDRsAnalyzer",
            "Checks that istiod restricts JWKS fetches (BLOCKED_CIDRS_IN_JWKS_URIS) when RequestAuthentications exist",
            { Kind::RequestAuthentication, Kind::Deployment })
    { }

    void analyze(AnalysisContext& context) const override
    {
        QStringList names;
        context.snapshot().forEach(
            Kind::RequestAuthentication, [&](const ResourcePtr& ra) { names.append(ra->fullName()); });
        if (names.isEmpty())
            return;
        QString shown = names.mid(0, 5).join(QStringLiteral(", "));
        if (names.size() > 5)
            shown += QStringLiteral(", and %1 more").arg(names.size() - 5);
        context.snapshot().forEach(Kind::Deployment, [&](const ResourcePtr& deployment) {
            if (deployment->labels.value(QStringLiteral("app")) != QLatin1String("istiod"))
                return;
            const QJsonObject podSpec = json::obj(json::obj(deployment->spec(), "template"), "spec");
            for (const QJsonValue& container : json::arr(podSpec, "containers")) {
                for (const QJsonValue& env : json::arr(container.toObject(), "env")) {
                    if (json::str(env.toObject(), "name") == QLatin1String("BLOCKED_CIDRS_IN_JWKS_URIS")
                        && !json::str(env.toObject(), "value").isEmpty())
                        return;
                }
            }
            context.report("IST0175", deployment, { qint64(names.size()), shown });
        });
    }
};

} // namespace

void addAuthAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<BlockedCidrsAnalyzer>());
    list.append(std::make_shared<AuthorizationPoliciesAnalyzer>());
}

} // namespace meshscope::analysis
