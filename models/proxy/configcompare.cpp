#include "configcompare.h"

#include "gotext.h"
#include "protojson.h"
#include "unifieddiff.h"

#include <QLocale>
#include <QTimeZone>
#include <vector>

namespace meshscope {
namespace {

std::string missing(const char* typeName)
{
    return std::string("config dump has no configuration type type.googleapis.com/envoy.admin.v3.") + typeName;
}

// Copies an object without the given members; member `sortedMember` (an array of objects) sorted by its
// members' `sortKey`, as istioctl sorts virtual hosts.
void copyWithout(JsonBuilder* b, const JsonRef& object, std::initializer_list<std::string_view> dropped)
{
    b->beginObject();
    for (std::uint32_t i = 0; i < object.size(); ++i) {
        const std::string_view key = object.keyAt(i);
        if (std::find(dropped.begin(), dropped.end(), key) != dropped.end())
            continue;
        b->key(key);
        b->copy(object.at(i));
    }
    b->end();
}

QString nameOf(const JsonRef& entry, std::initializer_list<std::string_view> path)
{
    JsonRef ref = entry;
    for (std::string_view key : path)
        ref = ref.field(key);
    return ref.field("name").toString();
}

std::vector<JsonRef> sortedEntries(const JsonRef& list, std::initializer_list<std::string_view> path, bool activeOnly)
{
    std::vector<JsonRef> entries;
    for (std::uint32_t i = 0; i < list.size(); ++i) {
        if (!activeOnly || list.at(i).field("active_state").isObject())
            entries.push_back(list.at(i));
    }
    gotext::sortSlice(entries,
        [&path](const JsonRef& a, const JsonRef& b) { return gotext::stringLess(nameOf(a, path), nameOf(b, path)); });
    return entries;
}

std::string section(const char* listName, const std::vector<JsonRef>& entries,
    const std::function<void(JsonBuilder*, const JsonRef&)>& copyEntry)
{
    JsonBuilder b;
    b.beginObject();
    if (!entries.empty()) {
        b.key(listName);
        b.beginArray();
        for (const JsonRef& entry : entries)
            copyEntry(&b, entry);
        b.end();
    }
    b.end();
    return protojson::jsonpbIndent(b.finish());
}

QString rfc1123(const QDateTime& time, const QTimeZone& zone)
{
    const QDateTime local = time.toTimeZone(zone);
    return QLocale::c().toString(local, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")) + local.timeZoneAbbreviation();
}

void appendResult(ConfigCompareText* out, bool* match, const char* kind, const std::string& istiod,
    const std::string& envoy, const std::string& suffix)
{
    const std::string diff = unifiedDiff(istiod, envoy, std::string("Istiod ") + kind, std::string("Envoy ") + kind, 7);
    *match = diff.empty();
    if (diff.empty())
        out->text += std::string(kind) + " Match" + suffix + "\n";
    else
        out->text += std::string(kind) + " Don't Match" + suffix + "\n" + diff + "\n";
}

} // namespace

std::string comparableClusters(const EnvoyConfigDump& dump)
{
    if (!dump.clustersSection.isValid())
        return missing("ClustersConfigDump");
    const auto entries = sortedEntries(dump.clustersSection.field("dynamic_active_clusters"), { "cluster" }, false);
    return section("dynamic_active_clusters", entries, [](JsonBuilder* b, const JsonRef& entry) {
        copyWithout(b, entry, { "version_info", "versionInfo", "last_updated", "lastUpdated" });
    });
}

std::string comparableListeners(const EnvoyConfigDump& dump)
{
    if (!dump.listenersSection.isValid())
        return missing("ListenersConfigDump");
    const auto entries
        = sortedEntries(dump.listenersSection.field("dynamic_listeners"), { "active_state", "listener" }, true);
    return section("dynamic_listeners", entries, [](JsonBuilder* b, const JsonRef& entry) {
        // A reloaded listener's draining state and Envoy's own name for it are left out, as istioctl does.
        b->beginObject();
        for (std::uint32_t i = 0; i < entry.size(); ++i) {
            const std::string_view key = entry.keyAt(i);
            if (key == "name" || key == "draining_state" || key == "drainingState")
                continue;
            b->key(key);
            if (key == "active_state" || key == "activeState")
                copyWithout(b, entry.at(i), { "version_info", "versionInfo", "last_updated", "lastUpdated" });
            else
                b->copy(entry.at(i));
        }
        b->end();
    });
}

std::string comparableRoutes(const EnvoyConfigDump& dump)
{
    if (!dump.routesSection.isValid())
        return missing("RoutesConfigDump");
    const auto entries = sortedEntries(dump.routesSection.field("dynamic_route_configs"), { "route_config" }, false);
    return section("dynamic_route_configs", entries, [](JsonBuilder* b, const JsonRef& entry) {
        b->beginObject();
        for (std::uint32_t i = 0; i < entry.size(); ++i) {
            const std::string_view key = entry.keyAt(i);
            if (key == "version_info" || key == "versionInfo" || key == "last_updated" || key == "lastUpdated")
                continue;
            b->key(key);
            const JsonRef value = entry.at(i);
            if (key != "route_config" && key != "routeConfig") {
                b->copy(value);
                continue;
            }
            // Virtual hosts may come in any order: sorted by name.
            b->beginObject();
            for (std::uint32_t m = 0; m < value.size(); ++m) {
                const std::string_view member = value.keyAt(m);
                b->key(member);
                if (member != "virtual_hosts" && member != "virtualHosts") {
                    b->copy(value.at(m));
                    continue;
                }
                std::vector<JsonRef> hosts;
                for (std::uint32_t h = 0; h < value.at(m).size(); ++h)
                    hosts.push_back(value.at(m).at(h));
                gotext::sortSlice(hosts, [](const JsonRef& x, const JsonRef& y) {
                    return gotext::stringLess(x.field("name").toString(), y.field("name").toString());
                });
                b->beginArray();
                for (const JsonRef& host : hosts)
                    b->copy(host);
                b->end();
            }
            b->end();
        }
        b->end();
    });
}

ConfigCompareText compareConfigDumps(const EnvoyConfigDump& istiod, const EnvoyConfigDump& envoy, const QTimeZone& zone)
{
    ConfigCompareText out;
    appendResult(&out, &out.clustersMatch, "Clusters", comparableClusters(istiod), comparableClusters(envoy), {});
    appendResult(&out, &out.listenersMatch, "Listeners", comparableListeners(istiod), comparableListeners(envoy), {});
    if (!envoy.routesSection.isValid()) {
        out.error = QString::fromStdString(missing("RoutesConfigDump"));
        return out;
    }
    QDateTime lastLoaded;
    const JsonRef routes = envoy.routesSection.field("dynamic_route_configs");
    for (std::uint32_t i = 0; i < routes.size(); ++i) {
        const QDateTime updated
            = QDateTime::fromString(routes.at(i).field("last_updated").toString(), Qt::ISODateWithMs);
        if (updated.isValid() && (!lastLoaded.isValid() || updated > lastLoaded))
            lastLoaded = updated;
    }
    const std::string suffix = lastLoaded.isValid() && lastLoaded.toSecsSinceEpoch() > 0
        ? " (RDS last loaded at " + rfc1123(lastLoaded, zone).toStdString() + ")"
        : std::string();
    appendResult(&out, &out.routesMatch, "Routes", comparableRoutes(istiod), comparableRoutes(envoy), suffix);
    return out;
}

} // namespace meshscope
