#pragma once

#include "models/core/refreshcontroller.h"
#include "models/istio/istioclient.h"
#include "proxysnapshot.h"

#include <QPointer>
#include <memory>

namespace meshscope {

class KubeAccessReview;
class ProxyTableModel;

// One proxy in detail: Envoy's config dump (with EDS), /clusters, stats and logger levels, and istiod's view of
// the same proxy for the comparison. Fetched together, parsed off the UI thread, merged into the tables.
class ProxyDetailController : public RefreshController
{
    Q_OBJECT
public:
    explicit ProxyDetailController(QObject* parent = nullptr);
    ~ProxyDetailController() override;

    void setClient(IstioClient* client, KubeAccessReview* review);
    // The proxy to show; istiod is the one serving it (its view is compared with Envoy's), may be empty.
    void setProxy(const ProxyPod& pod, const IstiodInstance& istiod);
    void clear();
    ProxyPod proxy() const { return m_pod; }

    ProxyTableModel* clusters() const { return m_clusters; }
    ProxyTableModel* listeners() const { return m_listeners; }
    ProxyTableModel* routes() const { return m_routes; }
    ProxyTableModel* endpoints() const { return m_endpoints; }
    ProxyTableModel* secrets() const { return m_secrets; }
    ProxyTableModel* ecds() const { return m_ecds; }
    ProxyTableModel* stats() const { return m_stats; }
    ProxyTableModel* loggers() const { return m_loggers; }
    // The last snapshot (config dump, bootstrap, diff); shared, never null.
    std::shared_ptr<const ProxySnapshot> snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_loading; }

    // Logger levels: whether this account may change them (create pods/proxy), and why not.
    bool canChangeLogging() const { return m_canChangeLogging; }
    QString loggingPermission() const { return m_loggingPermission; }
    // logger empty: every logger. The answer arrives as loggingChanged().
    void setLogLevel(const QString& logger, const QString& level);

    // Compares this proxy's Envoy config with another proxy's (e.g. two pods of a workload, or v1 and v2); the
    // answer arrives as comparisonChanged(). An empty pod clears the comparison.
    void compareWith(const ProxyPod& other);
    ProxyPod comparedWith() const { return m_other; }
    const ConfigDiff& comparison() const { return m_comparison; }
    QString comparisonError() const { return m_comparisonError; }

signals:
    void snapshotChanged();
    void loadingChanged(bool loading);
    void loggingPermissionChanged();
    void loggingChanged(const QString& error); // after setLogLevel; empty error on success
    void comparisonChanged();

protected:
    void startRefresh(const JobTracker::Ticket& ticket) override;

private:
    void apply(const JobTracker::Ticket& ticket, std::shared_ptr<const ProxySnapshot> snapshot);
    void checkLoggingPermission();

    QPointer<IstioClient> m_client;
    QPointer<KubeAccessReview> m_review;
    ProxyPod m_pod;
    IstiodInstance m_istiod;
    ProxyTableModel* m_clusters;
    ProxyTableModel* m_listeners;
    ProxyTableModel* m_routes;
    ProxyTableModel* m_endpoints;
    ProxyTableModel* m_secrets;
    ProxyTableModel* m_ecds;
    ProxyTableModel* m_stats;
    ProxyTableModel* m_loggers;
    std::shared_ptr<const ProxySnapshot> m_snapshot;
    bool m_loading = false;
    bool m_canChangeLogging = false;
    QString m_loggingPermission;
    ProxyPod m_other;
    ConfigDiff m_comparison;
    QString m_comparisonError;
};

} // namespace meshscope
