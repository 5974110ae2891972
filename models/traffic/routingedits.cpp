#include "routingedits.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace meshscope::traffic {
namespace {

struct RoutingEditsText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::ShiftPlanner)
};

QJsonObject subsetFor(const QString& version)
{
    return QJsonObject { { QStringLiteral("name"), version },
        { QStringLiteral("labels"), QJsonObject { { QLatin1String(versionLabel), version } } } };
}

} // namespace

QJsonObject labelledMetadata(const QString& name, const QString& ns, const QString& wizard)
{
    QJsonObject metadata { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), ns } };
    QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    labels.insert(QLatin1String(wizardLabel), wizard);
    metadata.insert(QLatin1String("labels"), labels);
    return metadata;
}

// A name for a new object: the service's, or with "-meshscope" when another object of the kind has it.
QString freeName(const QString& wanted, const QList<QJsonObject>& existing)
{
    for (const QJsonObject& object : existing) {
        if (objectName(object) == wanted)
            return wanted + QLatin1String("-meshscope");
    }
    return wanted;
}

// The DestinationRule writes that give every needed version a subset; fills subsetOf.
RoutingPlan planSubsets(const ServiceRouting& routing, const QString& wizard, const VersionInventory& inventory,
    const RoutingObjects& objects, const QStringList& needed, QHash<QString, QString>& subsetOf)
{
    RoutingPlan plan;
    QStringList missing;
    for (const QString& version : needed) {
        for (const QJsonObject& rule : objects.destinationRules) {
            const QString subset = subsetForVersion(rule, version);
            if (!subset.isEmpty()) {
                subsetOf.insert(version, subset);
                break;
            }
        }
        if (!subsetOf.contains(version))
            missing << version;
    }
    if (missing.isEmpty())
        return plan;

    if (!objects.destinationRules.isEmpty()) {
        const QJsonObject& rule = objects.destinationRules.first();
        QJsonObject spec = rule.value(QLatin1String("spec")).toObject();
        QJsonArray subsets = spec.value(QLatin1String("subsets")).toArray();
        for (const QString& version : std::as_const(missing)) {
            for (const QJsonValue& value : std::as_const(subsets)) {
                if (value.toObject().value(QLatin1String("name")).toString() == version)
                    return RoutingPlan::refused(RoutingEditsText::tr(
                        "DestinationRule %1 has a subset named %2 that does not select version=%2; "
                        "rename it or give it the label, then try again.")
                                                    .arg(objectName(rule), version));
            }
            subsets.append(subsetFor(version));
            subsetOf.insert(version, version);
        }
        spec.insert(QLatin1String("subsets"), subsets);
        PlannedWrite write;
        write.action = PlannedWrite::Action::Update;
        write.group = QStringLiteral("networking.istio.io");
        write.plural = QStringLiteral("destinationrules");
        write.before = rule;
        write.after = withoutServerFields(rule, false);
        write.after.insert(QLatin1String("spec"), spec);
        write.changes << RoutingEditsText::tr(
            "Adds subset(s) %1 (selector version=<name>); keeps every other subset and "
            "the traffic policy.")
                             .arg(missing.join(QLatin1String(", ")));
        plan.writes << write;
        return plan;
    }

    // No rule for the host: one as Kiali writes it, a subset for every version that has pods.
    QJsonArray subsets;
    for (const VersionInfo& info : inventory.versions) {
        if (info.pods > 0 || needed.contains(info.name)) {
            subsets.append(subsetFor(info.name));
            subsetOf.insert(info.name, info.name);
        }
    }
    PlannedWrite write;
    write.action = PlannedWrite::Action::Create;
    write.group = QStringLiteral("networking.istio.io");
    write.plural = QStringLiteral("destinationrules");
    write.after = QJsonObject { { QStringLiteral("apiVersion"), routing.istioApiVersion },
        { QStringLiteral("kind"), QStringLiteral("DestinationRule") },
        { QStringLiteral("metadata"),
            labelledMetadata(freeName(routing.name(), routing.destinationRules), routing.ns(), wizard) },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("host"), routing.fqdn() }, { QStringLiteral("subsets"), subsets } } } };
    write.changes << RoutingEditsText::tr("Creates a DestinationRule with one subset per version.");
    plan.writes << write;
    return plan;
}

QJsonObject destination(const QString& host, const QString& subset, const QJsonValue& port)
{
    QJsonObject destination { { QStringLiteral("host"), host } };
    if (!subset.isEmpty())
        destination.insert(QLatin1String("subset"), subset);
    if (port.isObject())
        destination.insert(QLatin1String("port"), port);
    return destination;
}

QJsonObject newVirtualService(
    const ServiceRouting& routing, const QString& wizard, const QString& routesField, const QJsonArray& routes)
{
    return QJsonObject { { QStringLiteral("apiVersion"), routing.istioApiVersion },
        { QStringLiteral("kind"), QStringLiteral("VirtualService") },
        { QStringLiteral("metadata"),
            labelledMetadata(freeName(routing.name(), routing.virtualServices), routing.ns(), wizard) },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("hosts"), QJsonArray { routing.name() } }, { routesField, routes } } } };
}

} // namespace meshscope::traffic
