#include "routeanalysis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace meshscope::traffic {
namespace {

struct RouteAnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::RouteAnalysis)
};

void addWeight(QList<std::pair<QString, int>>& weights, const QString& version, int weight)
{
    for (auto& [name, value] : weights) {
        if (name == version) {
            value += weight;
            return;
        }
    }
    weights.append({ version, weight });
}

// Weights as the proxy reads them: missing ones are 0 when any is given; without any, an even split.
QList<int> explicitWeights(const QJsonArray& entries, const char* field, int defaultWhenAllMissing)
{
    bool anyWeight = false;
    for (const QJsonValue& value : entries)
        anyWeight = anyWeight || value.toObject().contains(QLatin1String(field));
    QList<int> weights;
    for (const QJsonValue& value : entries)
        weights << (anyWeight ? value.toObject().value(QLatin1String(field)).toInt(0) : defaultWhenAllMissing);
    return weights;
}

QList<int> asPercent(const QList<int>& weights)
{
    QList<double> shares;
    for (int weight : weights)
        shares << weight;
    int total = 0;
    for (int weight : weights)
        total += weight;
    return total == 0 ? QList<int>(weights.size(), 0) : proportionalParts(shares, 100);
}

bool isCatchAllRule(const QJsonObject& rule)
{
    const QJsonArray matches = rule.value(QLatin1String("matches")).toArray();
    if (matches.isEmpty())
        return true;
    for (const QJsonValue& value : matches) {
        const QJsonObject match = value.toObject();
        const QJsonObject path = match.value(QLatin1String("path")).toObject();
        const bool rootPrefix = match.size() == 1
            && path.value(QLatin1String("type")).toString() == QLatin1String("PathPrefix")
            && path.value(QLatin1String("value")).toString() == QLatin1String("/");
        if (match.isEmpty() || rootPrefix)
            return true;
    }
    return false;
}

} // namespace

int requestedWeight(const QList<std::pair<QString, int>>& weights, const QString& version)
{
    for (const auto& [name, weight] : weights) {
        if (name == version)
            return weight;
    }
    return 0;
}

QList<int> proportionalParts(const QList<double>& shares, int total)
{
    QList<int> parts(shares.size(), 0);
    if (shares.isEmpty())
        return parts;
    double sum = 0;
    for (double share : shares)
        sum += std::max(0.0, share);
    QList<std::pair<double, int>> fractions;
    int given = 0;
    for (qsizetype index = 0; index < shares.size(); ++index) {
        const double exact = sum > 0 ? total * std::max(0.0, shares.at(index)) / sum : double(total) / shares.size();
        parts[index] = int(exact);
        given += parts.at(index);
        fractions.append({ exact - parts.at(index), int(index) });
    }
    std::stable_sort(fractions.begin(), fractions.end(), [](const auto& a, const auto& b) {
        return a.first > b.first + 1e-9 || (std::abs(a.first - b.first) <= 1e-9 && a.second > b.second);
    });
    for (qsizetype index = 0; given < total && index < fractions.size(); ++index, ++given)
        ++parts[fractions.at(index).second];
    return parts;
}

RouteAnalysis analyseDefaultRoute(const ServiceRouting& routing, const RoutingObjects& objects, RouteProtocol protocol)
{
    RouteAnalysis analysis;
    if (objects.virtualServices.isEmpty())
        return analysis;
    analysis.virtualService = objects.virtualServices.first();
    const QString vsName = objectName(analysis.virtualService);
    const QString vsNamespace = objectNamespace(analysis.virtualService);
    const QString kind = protocol == RouteProtocol::Http ? QStringLiteral("HTTP") : QStringLiteral("TCP");
    const QJsonArray routes = analysis.virtualService.value(QLatin1String("spec"))
                                  .toObject()
                                  .value(QLatin1String(protocol == RouteProtocol::Http ? "http" : "tcp"))
                                  .toArray();
    if (routes.isEmpty())
        return analysis; // a default route is appended
    const QJsonObject route = routes.last().toObject();
    if (!route.value(QLatin1String("match")).toArray().isEmpty()) {
        analysis.problem = RouteAnalysisText::tr(
            "The last %1 route of VirtualService %2 has a match, so there is no default route whose weights could "
            "change. Add a route without match at the end of it, or edit the VirtualService.")
                               .arg(kind, vsName);
        return analysis;
    }
    if (route.contains(QLatin1String("delegate"))) {
        analysis.problem
            = RouteAnalysisText::tr(
                "The default route of VirtualService %1 delegates to VirtualService %2; shift the weights there.")
                  .arg(vsName,
                      route.value(QLatin1String("delegate")).toObject().value(QLatin1String("name")).toString());
        return analysis;
    }
    if (route.contains(QLatin1String("redirect")) || route.contains(QLatin1String("directResponse"))) {
        analysis.problem = RouteAnalysisText::tr(
            "The default route of VirtualService %1 answers requests itself (a redirect or direct response) instead "
            "of routing them to %2.")
                               .arg(vsName, routing.name());
        return analysis;
    }
    analysis.routeIndex = int(routes.size() - 1);

    const QJsonArray entries = route.value(QLatin1String("route")).toArray();
    const QList<int> raw = explicitWeights(entries, "weight", entries.size() == 1 ? 100 : 1);
    const QList<int> percent = asPercent(raw);
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const QJsonObject destination = entries.at(index).toObject().value(QLatin1String("destination")).toObject();
        const QString host = destination.value(QLatin1String("host")).toString();
        if (!hostNames(host, vsNamespace, routing.fqdn(), routing.clusterDomain)) {
            analysis.problem = RouteAnalysisText::tr(
                "The default route of VirtualService %1 also sends traffic to %2, which is not a version of %3; "
                "edit the VirtualService instead.")
                                   .arg(vsName, host, routing.name());
            return analysis;
        }
        RouteAnalysis::Entry entry;
        entry.weight = percent.at(index);
        const QString subset = destination.value(QLatin1String("subset")).toString();
        if (!subset.isEmpty()) {
            bool defined = false;
            for (const QJsonObject& rule : objects.destinationRules) {
                for (const QJsonValue& value :
                    rule.value(QLatin1String("spec")).toObject().value(QLatin1String("subsets")).toArray())
                    defined = defined || value.toObject().value(QLatin1String("name")).toString() == subset;
                if (defined) {
                    entry.version = versionOfSubset(rule, subset);
                    break;
                }
            }
            if (!defined) {
                analysis.problem = RouteAnalysisText::tr(
                    "The default route of VirtualService %1 sends traffic to subset %2, which no DestinationRule of "
                    "%3 defines; fix that first.")
                                       .arg(vsName, subset, routing.name());
                return analysis;
            }
            if (entry.version.isEmpty()) {
                analysis.problem = RouteAnalysisText::tr(
                    "Subset %1 of %2 selects pods by other labels than version; Meshscope shifts traffic between "
                    "versions only.")
                                       .arg(subset, routing.name());
                return analysis;
            }
            if (!analysis.subsetOf.contains(entry.version))
                analysis.subsetOf.insert(entry.version, subset);
            addWeight(analysis.weights, entry.version, entry.weight);
        }
        analysis.entries << entry;
    }

    const QJsonObject mirror = route.value(QLatin1String("mirror")).toObject();
    if (!mirror.isEmpty()
        && hostNames(
            mirror.value(QLatin1String("host")).toString(), vsNamespace, routing.fqdn(), routing.clusterDomain)) {
        const QString subset = mirror.value(QLatin1String("subset")).toString();
        for (const QJsonObject& rule : objects.destinationRules) {
            analysis.mirrorVersion = versionOfSubset(rule, subset);
            if (!analysis.mirrorVersion.isEmpty())
                break;
        }
        if (route.contains(QLatin1String("mirrorPercentage")))
            analysis.mirrorPercent
                = route.value(QLatin1String("mirrorPercentage")).toObject().value(QLatin1String("value")).toDouble();
        else
            analysis.mirrorPercent = route.value(QLatin1String("mirrorPercent")).toDouble(100);
    }
    return analysis;
}

RouteAnalysis analyseHttpRoute(const ServiceRouting& routing, const RoutingObjects& objects)
{
    RouteAnalysis analysis;
    if (objects.httpRoutes.isEmpty())
        return analysis;
    analysis.httpRoute = objects.httpRoutes.first();
    const QString routeName = objectName(analysis.httpRoute);
    const QJsonArray rules
        = analysis.httpRoute.value(QLatin1String("spec")).toObject().value(QLatin1String("rules")).toArray();
    for (qsizetype index = rules.size() - 1; index >= 0; --index) {
        if (isCatchAllRule(rules.at(index).toObject())) {
            analysis.routeIndex = int(index);
            break;
        }
    }
    if (analysis.routeIndex < 0) {
        analysis.problem = RouteAnalysisText::tr(
            "HTTPRoute %1 has no rule without matches (or matching every path), so there is no default rule whose "
            "weights could change; edit the HTTPRoute instead.")
                               .arg(routeName);
        return analysis;
    }
    const QJsonArray backends = rules.at(analysis.routeIndex).toObject().value(QLatin1String("backendRefs")).toArray();
    const QList<int> percent = asPercent(explicitWeights(backends, "weight", 1));
    for (qsizetype index = 0; index < backends.size(); ++index) {
        const QJsonObject backend = backends.at(index).toObject();
        const QString name = backend.value(QLatin1String("name")).toString();
        const QString kind = backend.value(QLatin1String("kind")).toString(QStringLiteral("Service"));
        const QString ns = backend.value(QLatin1String("namespace")).toString(objectNamespace(analysis.httpRoute));
        RouteAnalysis::Entry entry;
        entry.weight = percent.at(index);
        if (kind == QLatin1String("Service") && ns == routing.ns())
            entry.version = versionOfBackend(routing, name);
        if (entry.version.isEmpty()
            && !(kind == QLatin1String("Service") && ns == routing.ns() && name == routing.name())) {
            analysis.problem = RouteAnalysisText::tr(
                "The default rule of HTTPRoute %1 also sends traffic to %2, which is not a Service selecting one "
                "version of %3; edit the HTTPRoute instead.")
                                   .arg(routeName, name, routing.name());
            return analysis;
        }
        if (!entry.version.isEmpty()) {
            if (!analysis.subsetOf.contains(entry.version))
                analysis.subsetOf.insert(entry.version, name);
            addWeight(analysis.weights, entry.version, entry.weight);
        }
        analysis.entries << entry;
    }
    return analysis;
}

QList<std::pair<QString, int>> effectiveWeights(const RouteAnalysis& analysis, const VersionInventory& inventory)
{
    int wholeService = 0;
    bool routed = false;
    for (const RouteAnalysis::Entry& entry : analysis.entries) {
        routed = true;
        if (entry.version.isEmpty())
            wholeService += entry.weight;
    }
    if (!routed)
        wholeService = 100; // no routing: the service's endpoints share it
    QList<double> pods;
    for (const VersionInfo& info : inventory.versions)
        pods << info.pods;
    const QList<int> spread = proportionalParts(pods, wholeService);
    QList<std::pair<QString, int>> weights;
    for (qsizetype index = 0; index < inventory.versions.size(); ++index) {
        const QString& version = inventory.versions.at(index).name;
        weights.append({ version, requestedWeight(analysis.weights, version) + spread.at(index) });
    }
    // Versions routed but not in the inventory (a subset of a version that is gone) still show.
    for (const auto& [version, weight] : analysis.weights) {
        if (inventory.indexOf(version) < 0)
            weights.append({ version, weight });
    }
    return weights;
}

} // namespace meshscope::traffic
