// Kiali's ServiceEntry checks: one host and port in several ServiceEntries (KIA1211), with different protocols
// (KIA1212), and exportTo (KIA0005).
#include "kialicommon.h"
#include "kialiservices.h"

#include <map>

namespace meshscope::analysis::kiali {
namespace {

class ServiceEntryChecker : public KialiChecker
{
public:
    ServiceEntryChecker()
        : KialiChecker("kiali.ServiceEntryChecker",
            "Kiali's ServiceEntry validations: hosts and ports defined twice, exportTo",
            { Kind::ServiceEntry, Kind::Sidecar, Kind::Namespace })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const std::shared_ptr<const KialiFacts> factsHeld = KialiFacts::of(context.snapshot());
        const KialiFacts& facts = *factsHeld;
        for (const QString& ns : facts.namespacesWith({ Kind::ServiceEntry })) {
            const QList<ResourcePtr> own = istioObjectsIn(context.snapshot(), Kind::ServiceEntry, ns);
            if (own.isEmpty())
                continue;
            for (const ResourcePtr& entry : own)
                reportExportTo(context, entry, facts);
            const MeshView view = facts.view(ns);
            multiMatch(context, view.scope.filter(view.serviceEntries), ns);
        }
    }

private:
    static void multiMatch(AnalysisContext& context, const QList<ResourcePtr>& entries, const QString& ns)
    {
        struct Port
        {
            ResourcePtr entry;
            int index;
            QString protocol;
        };
        std::map<QPair<QString, qint64>, QList<Port>> byHostPort;
        for (const ResourcePtr& entry : entries) {
            const QJsonObject spec = entry->spec();
            const QJsonArray ports = json::arr(spec, "ports");
            for (int i = 0; i < ports.size(); ++i) {
                const QJsonObject port = ports.at(i).toObject();
                for (const QString& host : json::strings(spec.value(QLatin1String("hosts"))))
                    byHostPort[{ host.toLower(), json::integer(port, "number") }].append(
                        { entry, i, json::str(port, "protocol").toUpper() });
            }
        }
        QSet<QString> reported;
        for (const auto& [key, ports] : byHostPort) {
            if (ports.size() < 2)
                continue;
            bool conflict = false;
            for (const Port& port : ports)
                conflict = conflict || port.protocol != ports.first().protocol;
            QStringList keys;
            for (const Port& port : ports)
                keys << port.entry->key();
            for (const Port& port : ports) {
                const QString path = QStringLiteral("spec/ports[%1]").arg(port.index);
                const QString id = port.entry->key() + path + (conflict ? QLatin1String("!") : QLatin1String(""));
                if (port.entry->ns != ns || reported.contains(id))
                    continue;
                reported.insert(id);
                context.reportCheck(conflict ? "KIA1212" : "KIA1211", port.entry, path);
                QStringList others = keys;
                others.removeAll(port.entry->key());
                context.addRelated(others);
            }
        }
    }
};

} // namespace

void addServiceEntryCheckers(AnalyzerList& list)
{
    list.append(std::make_shared<ServiceEntryChecker>());
}

} // namespace meshscope::analysis::kiali
