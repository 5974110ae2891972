// Kiali's security checks. PeerAuthentication: selectors without workloads (KIA0004) and mTLS modes the
// DestinationRules contradict (KIA0401, KIA0501, KIA0505, KIA0506). AuthorizationPolicy: selectors without workloads
// (KIA0004), unknown namespaces and methods (KIA0101, KIA0102), principals without a service account (KIA0106 …
// KIA0108) and identities that need mTLS where it is off (KIA0105).
#include "kialicommon.h"
#include "kialiservices.h"

#include <QRegularExpression>

namespace meshscope::analysis::kiali {
namespace {

bool selectorMatchesWorkload(const Labels& selector, const QList<Workload>& workloads)
{
    const LabelSet set(selector);
    return std::any_of(workloads.begin(), workloads.end(), [&](const Workload& w) { return set.matches(w.labels); });
}

// KIA0004: a selector that matches no workload of the object's namespace.
void workloadSelector(AnalysisContext& context, const ResourcePtr& object, const KialiFacts& facts)
{
    const Labels selector = json::stringMap(json::obj(object->spec(), "selector").value(QLatin1String("matchLabels")));
    if (!selector.isEmpty() && !selectorMatchesWorkload(selector, facts.workloads(object->ns)))
        context.reportCheck("KIA0004", object, QStringLiteral("spec/selector/matchLabels"));
}

class PeerAuthenticationChecker : public KialiChecker
{
public:
    PeerAuthenticationChecker()
        : KialiChecker("kiali.PeerAuthenticationChecker",
            "Kiali's PeerAuthentication validations: selectors and the DestinationRules mTLS needs",
            { Kind::PeerAuthentication, Kind::DestinationRule, Kind::Namespace, Kind::Deployment, Kind::Pod })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const std::shared_ptr<const KialiFacts> factsHeld = KialiFacts::of(context.snapshot());
        const KialiFacts& facts = *factsHeld;
        for (const QString& ns : facts.namespacesWith({ Kind::PeerAuthentication })) {
            const QList<ResourcePtr> own = istioObjectsIn(context.snapshot(), Kind::PeerAuthentication, ns);
            if (own.isEmpty())
                continue;
            const MeshView view = facts.view(ns);
            for (const ResourcePtr& pa : own) {
                workloadSelector(context, pa, facts);
                const QString mode = peerAuthnWideMode(*pa);
                if (pa->ns == view.rootNamespace) {
                    disabledMeshWide(context, pa, mode, view);
                    if (mode == QLatin1String("STRICT") && !view.autoMtls && !anyMesh(view))
                        context.reportCheck("KIA0401", pa, QStringLiteral("spec/mtls"));
                } else {
                    disabledNamespaceWide(context, pa, mode, view);
                    if (mode == QLatin1String("STRICT") && !view.autoMtls && !anyNamespaceOrMesh(pa->ns, view))
                        context.reportCheck("KIA0501", pa, QStringLiteral("spec/mtls"));
                }
            }
        }
    }

private:
    static bool mutual(const QString& mode)
    {
        return mode == QLatin1String("ISTIO_MUTUAL") || mode == QLatin1String("MUTUAL");
    }

    static bool anyMesh(const MeshView& view)
    {
        return std::any_of(view.destinationRules.begin(), view.destinationRules.end(),
            [](const ResourcePtr& dr) { return meshWideMode(*dr) == QLatin1String("ISTIO_MUTUAL"); });
    }

    static bool anyNamespaceOrMesh(const QString& ns, const MeshView& view)
    {
        return std::any_of(view.destinationRules.begin(), view.destinationRules.end(), [&](const ResourcePtr& dr) {
            return namespaceWideMode(*dr, ns) == QLatin1String("ISTIO_MUTUAL")
                || meshWideMode(*dr) == QLatin1String("ISTIO_MUTUAL");
        });
    }

    static void disabledMeshWide(
        AnalysisContext& context, const ResourcePtr& pa, const QString& mode, const MeshView& view)
    {
        if (mode != QLatin1String("DISABLE"))
            return;
        for (const ResourcePtr& dr : view.destinationRules) {
            if (mutual(meshWideMode(*dr))) {
                context.reportCheck("KIA0506", pa, QStringLiteral("spec/mtls"));
                context.addRelated({ dr->key() });
                return;
            }
        }
    }

    static void disabledNamespaceWide(
        AnalysisContext& context, const ResourcePtr& pa, const QString& mode, const MeshView& view)
    {
        if (mode != QLatin1String("DISABLE"))
            return;
        bool meshEnabled = false;
        for (const ResourcePtr& dr : view.destinationRules) {
            const QString nsMode = namespaceWideMode(*dr, pa->ns);
            if (mutual(nsMode)) {
                context.reportCheck("KIA0505", pa, QStringLiteral("spec/mtls"));
                return;
            }
            if (nsMode == QLatin1String("DISABLE"))
                return;
            meshEnabled = meshEnabled || mutual(meshWideMode(*dr));
        }
        if (meshEnabled)
            context.reportCheck("KIA0505", pa, QStringLiteral("spec/mtls"));
    }
};

// Kiali's mTLS status of a namespace, the mesh and a workload (util/mtls).
class MtlsStatus
{
public:
    static constexpr const char* enabled = "MTLS_ENABLED";
    static constexpr const char* partial = "MTLS_PARTIALLY_ENABLED";
    static constexpr const char* notEnabled = "MTLS_NOT_ENABLED";
    static constexpr const char* disabled = "MTLS_DISABLED";

    struct Tls
    {
        QString dr;
        QString pa;
        QString overall;
    };

    explicit MtlsStatus(const MeshView& view)
        : m_view(view)
    { }

    // Whether a workload with these labels in ns receives mTLS traffic.
    bool enabledFor(const Labels& labels, const QString& ns, const Snapshot& snapshot) const
    {
        const bool namespaceLevel = namespaceStatus(ns) == QLatin1String(enabled);
        const QString workload = workloadStatus(labels, ns, snapshot);
        if (workload == QLatin1String(enabled))
            return true;
        if (workload == QLatin1String(disabled))
            return false;
        return namespaceLevel;
    }

private:
    QString namespaceStatus(const QString& ns) const
    {
        QString nsDr;
        for (const ResourcePtr& dr : m_view.destinationRules) {
            nsDr = namespaceWideMode(*dr, ns);
            if (!nsDr.isEmpty())
                break;
        }
        QString nsPa;
        for (const ResourcePtr& pa : m_view.peerAuthentications) {
            nsPa = peerAuthnWideMode(*pa);
            if (!nsPa.isEmpty())
                break;
        }
        QString meshDr;
        for (const ResourcePtr& dr : m_view.destinationRules) {
            meshDr = meshWideMode(*dr);
            if (!meshDr.isEmpty())
                break;
        }
        QString meshPa;
        for (const ResourcePtr& pa : m_view.meshPeerAuthentications) {
            meshPa = peerAuthnWideMode(*pa);
            if (!meshPa.isEmpty())
                break;
        }
        // The parts are judged allowing PERMISSIVE, their combination not (as Kiali does).
        const Tls mesh { meshDr, meshPa, overall(Tls(), finalStatus(meshDr, meshPa, true), true) };
        QString status = overall(finalStatus(nsDr, nsPa, true), mesh, false);
        if (status == QLatin1String(notEnabled) && m_view.autoMtls)
            status = QLatin1String(enabled);
        return status;
    }

    Tls finalStatus(const QString& dr, const QString& pa, bool allowPermissive) const
    {
        QString status = QLatin1String(partial);
        const bool on
            = dr == QLatin1String("ISTIO_MUTUAL") || dr == QLatin1String("MUTUAL") || (dr.isEmpty() && m_view.autoMtls);
        const bool off = dr == QLatin1String("DISABLE") || (dr.isEmpty() && m_view.autoMtls);
        if ((pa == QLatin1String("STRICT") || (pa == QLatin1String("PERMISSIVE") && allowPermissive)) && on)
            status = QLatin1String(enabled);
        else if (pa == QLatin1String("DISABLE") && off)
            status = QLatin1String(disabled);
        else if (pa.isEmpty() && dr.isEmpty())
            status = QLatin1String(notEnabled);
        return { dr, pa, status };
    }

    static bool defined(const Tls& t)
    {
        return t.overall == QLatin1String(enabled) || t.overall == QLatin1String(disabled);
    }

    QString overall(const Tls& ns, const Tls& mesh, bool allowPermissive) const
    {
        if (defined(ns))
            return ns.overall;
        if (ns.overall == QLatin1String(partial))
            return overall(Tls(),
                finalStatus(ns.dr.isEmpty() ? mesh.dr : ns.dr, ns.pa.isEmpty() ? mesh.pa : ns.pa, allowPermissive),
                allowPermissive);
        if (defined(mesh))
            return mesh.overall;
        if (mesh.pa.isEmpty() && mesh.dr.isEmpty())
            return QLatin1String(notEnabled);
        if ((mesh.pa == QLatin1String("DISABLE") && mesh.dr.isEmpty())
            || (mesh.dr == QLatin1String("DISABLE") && mesh.pa.isEmpty()))
            return QLatin1String(disabled);
        if (m_view.autoMtls
            && ((mesh.pa == QLatin1String("STRICT") && mesh.dr.isEmpty())
                || ((mesh.dr == QLatin1String("ISTIO_MUTUAL") || mesh.dr == QLatin1String("MUTUAL"))
                    && mesh.pa.isEmpty())
                || (allowPermissive && mesh.pa == QLatin1String("PERMISSIVE") && mesh.dr.isEmpty())))
            return QLatin1String(enabled);
        return QLatin1String(partial);
    }

    QString workloadStatus(const Labels& labels, const QString& ns, const Snapshot& snapshot) const
    {
        for (const ResourcePtr& pa : m_view.peerAuthentications) {
            const Labels selectorLabels
                = json::stringMap(json::obj(pa->spec(), "selector").value(QLatin1String("matchLabels")));
            if (selectorLabels.isEmpty())
                continue;
            const LabelSet selector(selectorLabels);
            if (!selector.matches(labels))
                continue;
            const QString mode = peerAuthnMode(*pa);
            if (mode == QLatin1String("STRICT"))
                return QLatin1String(enabled);
            if (mode == QLatin1String("DISABLE"))
                return QLatin1String(disabled);
            if (mode == QLatin1String("PERMISSIVE")) {
                if (m_view.destinationRules.isEmpty())
                    return QLatin1String(notEnabled);
                QString result = QLatin1String(notEnabled);
                snapshot.forEach(Kind::Service, [&](const ResourcePtr& service) {
                    const Labels serviceSelector = json::stringMap(service->spec().value(QLatin1String("selector")));
                    if (service->ns != ns || serviceSelector.isEmpty() || !selector.matches(serviceSelector))
                        return true;
                    for (const ResourcePtr& dr : m_view.destinationRules) {
                        if (!filterByHost(json::str(dr->spec(), "host"), dr->ns, service->name, service->ns))
                            continue;
                        const QString drMode = destinationRuleMode(*dr);
                        if (drMode == QLatin1String("ISTIO_MUTUAL") || drMode == QLatin1String("MUTUAL")) {
                            result = QLatin1String(enabled);
                            return false;
                        }
                        if (drMode == QLatin1String("DISABLE")) {
                            result = QLatin1String(disabled);
                            return false;
                        }
                    }
                    return true;
                });
                return result;
            }
        }
        return QLatin1String(notEnabled);
    }

    const MeshView& m_view;
};

bool namespacePatternMatches(const QStringList& namespaces, const QString& pattern)
{
    return std::any_of(namespaces.begin(), namespaces.end(), [&](const QString& ns) {
        if (pattern == QLatin1String("*"))
            return true;
        if (pattern.endsWith(QLatin1Char('*')))
            return ns.startsWith(QStringView(pattern).chopped(1));
        if (pattern.startsWith(QLatin1Char('*')))
            return ns.endsWith(QStringView(pattern).mid(1));
        return ns == pattern;
    });
}

bool validMethod(const QString& text)
{
    static const QStringList methods { QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"),
        QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("CONNECT"),
        QStringLiteral("OPTIONS"), QStringLiteral("TRACE") };
    const QString method = text.trimmed();
    if (method.isEmpty())
        return false;
    if (method == QLatin1String("*"))
        return true;
    const bool prefix = method.endsWith(QLatin1Char('*')) && !method.startsWith(QLatin1Char('*'));
    const bool suffix = method.startsWith(QLatin1Char('*')) && !method.endsWith(QLatin1Char('*'));
    const QString pattern = (prefix ? method.chopped(1) : suffix ? method.mid(1) : method).toUpper();
    return std::any_of(methods.begin(), methods.end(), [&](const QString& known) {
        if (prefix)
            return !pattern.isEmpty() && known.startsWith(pattern);
        if (suffix)
            return !pattern.isEmpty() && known.endsWith(pattern);
        return known == pattern;
    });
}

class AuthorizationPolicyChecker : public KialiChecker
{
public:
    AuthorizationPolicyChecker()
        : KialiChecker("kiali.AuthorizationPolicyChecker",
            "Kiali's AuthorizationPolicy validations: selectors, namespaces, methods, principals and mTLS",
            { Kind::AuthorizationPolicy, Kind::PeerAuthentication, Kind::DestinationRule, Kind::Service,
                Kind::Namespace, Kind::Deployment, Kind::Pod })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        const std::shared_ptr<const KialiFacts> factsHeld = KialiFacts::of(snapshot);
        const KialiFacts& facts = *factsHeld;
        for (const QString& ns : facts.namespacesWith({ Kind::AuthorizationPolicy })) {
            const QList<ResourcePtr> own = istioObjectsIn(snapshot, Kind::AuthorizationPolicy, ns);
            if (own.isEmpty())
                continue;
            const MeshView view = facts.view(ns);
            const MtlsStatus mtls(view);
            for (const ResourcePtr& policy : own) {
                workloadSelector(context, policy, facts);
                namespacesAndMethods(context, policy, facts);
                principals(context, policy, facts);
                const Labels selector
                    = json::stringMap(json::obj(policy->spec(), "selector").value(QLatin1String("matchLabels")));
                if (!mtls.enabledFor(selector, policy->ns, snapshot)) {
                    for (const QString& path : pathsNeedingMtls(*policy))
                        context.reportCheck("KIA0105", policy, path);
                }
            }
        }
    }

private:
    static void namespacesAndMethods(AnalysisContext& context, const ResourcePtr& policy, const KialiFacts& facts)
    {
        const QJsonArray rules = json::arr(policy->spec(), "rules");
        for (int r = 0; r < rules.size(); ++r) {
            const QJsonArray from = json::arr(rules.at(r).toObject(), "from");
            for (int f = 0; f < from.size(); ++f) {
                const QStringList namespaces
                    = json::strings(json::obj(from.at(f).toObject(), "source").value(QLatin1String("namespaces")));
                for (int i = 0; i < namespaces.size(); ++i) {
                    if (!namespacePatternMatches(facts.namespaces(), namespaces.at(i)))
                        context.reportCheck("KIA0101", policy,
                            QStringLiteral("spec/rules[%1]/from[%2]/source/namespaces[%3]").arg(r).arg(f).arg(i));
                }
            }
            const QJsonArray to = json::arr(rules.at(r).toObject(), "to");
            for (int t = 0; t < to.size(); ++t) {
                const QStringList methods
                    = json::strings(json::obj(to.at(t).toObject(), "operation").value(QLatin1String("methods")));
                for (int i = 0; i < methods.size(); ++i) {
                    if (!validMethod(methods.at(i)))
                        context.reportCheck("KIA0102", policy,
                            QStringLiteral("spec/rules[%1]/to[%2]/operation/methods[%3]").arg(r).arg(t).arg(i));
                }
            }
        }
    }

    static bool matchesAccount(const QStringList& accounts, const QString& principal)
    {
        if (principal == QLatin1String("*"))
            return true;
        const bool wild = principal.startsWith(QLatin1Char('*')) || principal.endsWith(QLatin1Char('*'));
        const QRegularExpression pattern(QLatin1Char('^')
            + QRegularExpression::escape(principal).replace(QLatin1String("\\*"), QLatin1String(".*"))
            + QLatin1Char('$'));
        return std::any_of(accounts.begin(), accounts.end(), [&](const QString& account) {
            return (wild && pattern.match(account).hasMatch()) || account == principal;
        });
    }

    static void principals(AnalysisContext& context, const ResourcePtr& policy, const KialiFacts& facts)
    {
        const QStringList accounts = facts.serviceAccounts();
        const QJsonArray rules = json::arr(policy->spec(), "rules");
        for (int r = 0; r < rules.size(); ++r) {
            const QJsonArray from = json::arr(rules.at(r).toObject(), "from");
            for (int f = 0; f < from.size(); ++f) {
                const QStringList list
                    = json::strings(json::obj(from.at(f).toObject(), "source").value(QLatin1String("principals")));
                for (int i = 0; i < list.size(); ++i) {
                    const QString& principal = list.at(i);
                    if (matchesAccount(accounts, principal))
                        continue;
                    const QString path
                        = QStringLiteral("spec/rules[%1]/from[%2]/source/principals[%3]").arg(r).arg(f).arg(i);
                    const qsizetype index = principal.indexOf(QLatin1String("/ns/"));
                    const bool foreign = !principal.contains(QLatin1Char('*')) && index > 0
                        && !facts.trustDomains().contains(principal.left(index));
                    context.reportCheck(foreign ? "KIA0108" : "KIA0106", policy, path);
                }
            }
        }
    }

    static QStringList pathsNeedingMtls(const Resource& policy)
    {
        QStringList paths;
        const QJsonArray rules = json::arr(policy.spec(), "rules");
        for (int r = 0; r < rules.size(); ++r) {
            const QJsonObject rule = rules.at(r).toObject();
            const QJsonArray from = json::arr(rule, "from");
            for (int f = 0; f < from.size(); ++f) {
                const QJsonObject source = json::obj(from.at(f).toObject(), "source");
                for (const char* field : { "principals", "notPrincipals", "namespaces", "notNamespaces" }) {
                    if (!json::arr(source, field).isEmpty())
                        paths << QStringLiteral("spec/rules[%1]/from[%2]/source/%3")
                                     .arg(r)
                                     .arg(f)
                                     .arg(QLatin1String(field));
                }
            }
            const QJsonArray when = json::arr(rule, "when");
            for (int w = 0; w < when.size(); ++w) {
                const QString key = json::str(when.at(w).toObject(), "key");
                if (key == QLatin1String("source.namespace") || key == QLatin1String("source.principal")
                    || key == QLatin1String("connection.sni"))
                    paths << QStringLiteral("spec/rules[%1]/when[%2]").arg(r).arg(w);
            }
        }
        return paths;
    }
};

} // namespace

void addSecurityCheckers(AnalyzerList& list)
{
    list.append(std::make_shared<PeerAuthenticationChecker>());
    list.append(std::make_shared<AuthorizationPolicyChecker>());
}

} // namespace meshscope::analysis::kiali
