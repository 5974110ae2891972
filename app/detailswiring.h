#pragma once

#include "models/health/healthrefresh.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace meshscope {

class ClusterSession;
class DetailsWindow;
class HealthPagesWiring;
class MainWindow;

// Opens detail windows (from the lists, the Overview's related links, or a graph node's "Details") and feeds each
// one: its data from the health snapshots, its traffic edges from a node graph (the graph engine), inbound and
// outbound metric charts (MetricsRefresh), its pods' logs (PodLogsFetcher), trace and dashboard links.
class DetailsWiring : public QObject
{
    Q_OBJECT
public:
    DetailsWiring(MainWindow* window, ClusterSession* session, HealthPagesWiring* health, QObject* parent = nullptr);
    ~DetailsWiring() override;

    DetailsWindow* open(health::Kind kind, const QString& ns, const QString& name);
    DetailsWindow* window(health::Kind kind, const QString& ns, const QString& name) const;
    // Expands a link template ({namespace}, {name}, {app}, {workload}, {service}, {startMs}, {endMs}, {startUs},
    // {endUs}) for an object and the last hour.
    static QString expandLink(const QString& pattern, health::Kind kind, const QString& ns, const QString& name,
        const QString& app, qint64 endSeconds);

    // Where a window's Istio config link opens the object (the resource editor); unset: a read-only view of it.
    void setConfigOpener(std::function<void(const QJsonObject&)> open) { m_openConfig = std::move(open); }

signals:
    // "Envoy" tab: the Proxies page, on one of the object's pods (a graph node id, as the graph's menu sends).
    void proxyConfigRequested(const QString& graphNodeId);

private:
    struct Entry;
    void update(Entry* entry, const health::HealthSnapshotPtr& snapshot);
    void showConfig(const QString& kind, const QString& ns, const QString& name);
    void editLinks();
    void refreshLinks();

    MainWindow* m_window;
    ClusterSession* m_session;
    HealthPagesWiring* m_health;
    QHash<QString, Entry*> m_entries;
    std::function<void(const QJsonObject&)> m_openConfig;
};

} // namespace meshscope
