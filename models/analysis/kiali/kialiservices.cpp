#include "kialiservices.h"

namespace meshscope::analysis::kiali {

KubeServiceHosts::KubeServiceHosts(const Snapshot& snapshot)
{
    const QStringList defaults = json::strings(snapshot.meshConfig().value(QLatin1String("defaultServiceExportTo")));
    snapshot.forEach(Kind::Service, [&](const ResourcePtr& service) {
        Entry entry { service->ns, defaults };
        const auto annotation = service->annotations.constFind(QStringLiteral("networking.istio.io/exportTo"));
        if (annotation != service->annotations.constEnd()) {
            entry.exportTo.clear();
            for (const QString& part : annotation->split(QLatin1Char(','))) {
                if (!part.trimmed().isEmpty())
                    entry.exportTo << part.trimmed();
            }
        }
        const QString twoParts = service->name + QLatin1Char('.') + service->ns;
        m_entries.insert(twoParts + QLatin1Char('.') + identityDomain, entry);
        m_entries.insert(twoParts + QLatin1String(".svc"), entry);
        m_entries.insert(twoParts, entry);
    });
}

std::shared_ptr<const KubeServiceHosts> KubeServiceHosts::of(const Snapshot& snapshot)
{
    return snapshot.derived<KubeServiceHosts>(QStringLiteral("kiali.serviceHosts"), { Kind::Service, Kind::MeshConfig },
        [&] { return std::make_shared<const KubeServiceHosts>(snapshot); });
}

bool KubeServiceHosts::isValidForNamespace(const QString& host, const QString& ns) const
{
    const auto it = m_entries.constFind(host);
    if (it == m_entries.constEnd())
        return false;
    if (it->exportTo.isEmpty())
        return true;
    for (const QString& target : it->exportTo) {
        if (target == QLatin1String("*") || (target == QLatin1String(".") && it->ns == ns) || target == ns)
            return true;
    }
    return false;
}

ServiceEntryHosts::ServiceEntryHosts(const QList<ResourcePtr>& serviceEntries)
{
    for (const ResourcePtr& entry : serviceEntries)
        m_hosts += json::strings(entry->spec().value(QLatin1String("hosts")));
}

bool ServiceEntryHosts::matchesSuffix(const QString& host) const
{
    for (const QString& entry : m_hosts) {
        const qsizetype star = entry.indexOf(QLatin1Char('*'));
        if (host.endsWith(star >= 0 ? entry.mid(star + 1) : entry))
            return true;
    }
    return false;
}

QList<ResourcePtr> istioObjectsIn(const Snapshot& snapshot, Kind kind, const QString& ns)
{
    return snapshot.inNamespace(kind, ns);
}

void reportExportTo(AnalysisContext& context, const ResourcePtr& object, const KialiFacts& facts)
{
    const ResourcePtr ns = context.snapshot().find(Kind::Namespace, QString(), object->ns);
    if (ns && ns->labels.value(QStringLiteral("istio.io/dataplane-mode")) == QLatin1String("ambient"))
        return;
    const QStringList exportTo = json::strings(object->spec().value(QLatin1String("exportTo")));
    for (int i = 0; i < exportTo.size(); ++i) {
        const QString& target = exportTo.at(i);
        if (target != QLatin1String(".") && target != QLatin1String("*") && !facts.hasNamespace(target))
            context.reportCheck("KIA0005", object, QStringLiteral("spec/exportTo[%1]").arg(i));
    }
}

} // namespace meshscope::analysis::kiali
