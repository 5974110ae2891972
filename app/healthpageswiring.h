#pragma once

#include "models/core/jobtracker.h"
#include "models/health/controlplane.h"
#include "models/health/entitylistmodel.h"
#include "models/health/meshstatus.h"
#include "models/health/namespacemodel.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace meshscope {

class ClusterSession;
class HttpClient;
namespace analysis {
class AnalysisResults;
}
class IstioClient;
class ListPage;
class MainWindow;
class MeshPage;
class OverviewPage;
class PromClient;
struct PromConfig;

// Puts the Overview, Applications, Workloads, Services and Mesh pages into the main window and feeds them from one
// health controller (HealthRefresh) over all namespaces: the lists show the namespace picked in the toolbar, the
// Overview all of them; the health tolerances are the settings', Prometheus is --prometheus / the demo's / the
// cluster's own; istiod tells which proxies are in sync.
class HealthPagesWiring : public QObject
{
    Q_OBJECT
public:
    HealthPagesWiring(MainWindow* window, ClusterSession* session, QObject* parent = nullptr);
    ~HealthPagesWiring() override;

    // The Prometheus to ask, with credentials and limits; an empty URL: look for the cluster's own once connected.
    void setPrometheus(const PromConfig& config);
    // The live analysis' findings: the lists' Istio config badges and the Overview's config counts show them.
    void setAnalysis(analysis::AnalysisResults* results);
    health::HealthRefresh* controller() const { return m_refresh; }
    PromClient* promClient() const { return m_prom; } // nullptr until a Prometheus is known
    ListPage* listPage(health::Kind kind) const;
    health::EntityListModel* listModel(health::Kind kind) const;
    OverviewPage* overviewPage() const { return m_overview; }
    MeshPage* meshPage() const { return m_mesh; }
    health::NamespaceModel* namespaceModel() const { return m_namespaces; }
    // The first snapshot has reached the pages (or the connection failed): --screenshot waits for it.
    bool isSettled() const { return m_settled; }

signals:
    void settled();
    void detailsRequested(health::Kind kind, const QString& ns, const QString& name);
    void graphRequested(const QString& ns, const QString& name);
    void snapshotShown(const health::HealthSnapshotPtr& snapshot);

private:
    void connected();
    void usePrometheus(HttpClient* http, const PromConfig& config);
    void applyNamespace(const QString& ns);
    void showSnapshot(const health::HealthSnapshotPtr& snapshot);
    void markSettled();
    void updateValidation();

    MainWindow* m_window;
    ClusterSession* m_session;
    HttpClient* m_http;
    PromClient* m_prom = nullptr;
    IstioClient* m_istio = nullptr;
    health::HealthRefresh* m_refresh;
    QList<health::EntityListModel*> m_models; // app, workload, service
    QList<ListPage*> m_pages;
    health::NamespaceModel* m_namespaces;
    OverviewPage* m_overview;
    MeshPage* m_mesh;
    JobTracker m_jobs;
    QUrl m_prometheus;
    QPointer<analysis::AnalysisResults> m_analysis;
    health::ValidationLookup m_validation; // a copy of the findings, safe on any thread
    bool m_settled = false;
};

} // namespace meshscope
