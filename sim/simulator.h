// meshscope-sim: one process that behaves like a small Istio cluster on loopback. The Simulator owns the
// cluster state, the HTTPS Kubernetes API server and the plain-HTTP metrics and admin endpoints, writes
// DIR/kubeconfig and DIR/endpoints.json once it serves, and lets the mesh side (sim/traffic, sim/mesh)
// attach its responders in attachMesh().
#pragma once

#include "sim/apiserver/apifaults.h"
#include "sim/apiserver/podlogs.h"
#include "sim/apiserver/podproxy.h"
#include "sim/http/httpmessage.h"
#include "sim/store/objectstore.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace meshscope::sim {

class ApiServer;
class HttpServer;
struct SimPki;

using RouteHandler = std::function<SimHttpReply(const SimHttpRequest&)>;

struct SimulatorOptions
{
    QString scenario = QStringLiteral("bookinfo");
    QString stateDir;
    int namespaces = 10; // the large scenario
    int services = 100;
    int watchHistory = 20000; // events kept for watches
    ApiFaults faults;
    // Reuse DIR/identity.json (CA, certificates, tokens, ports) when it exists, else write it: a restart in the
    // same state directory is the same cluster to its clients (tests of a crashed and restarted API server).
    bool keepIdentity = false;
};

class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(SimulatorOptions options, QObject* parent = nullptr);
    ~Simulator() override;

    // Loads the scenario, listens, writes the kubeconfig and endpoints.json. False (and *error) on failure.
    bool start(QString* error);

    const SimulatorOptions& options() const { return m_options; }
    ObjectStore& store() { return m_store; }
    PodProxyRegistry& podProxy() { return m_podProxy; }
    PodLogs& podLogs() { return *m_podLogs; }
    // Exact path, or a prefix when the path ends with '/'.
    void addMetricsRoute(const QString& path, RouteHandler handler);
    void addAdminRoute(const QString& path, RouteHandler handler);

    // The parsed command line (null in tests that build a Simulator directly).
    const QCommandLineParser* commandLine() const { return m_commandLine; }
    void setCommandLine(const QCommandLineParser* parser) { m_commandLine = parser; }
    // sim-mesh's command-line options (defined in simulator_mesh.cpp).
    static void addMeshOptions(QCommandLineParser& parser);

    QUrl apiUrl() const;
    QUrl metricsUrl() const;
    QUrl adminUrl() const;

private:
    // Filled by the mesh side in simulator_mesh.cpp: traffic model, istiod and Envoy responders.
    void attachMesh();
    bool loadScenario(QString* error);
    void registerAdminRoutes();
    bool writeStateFiles(const SimPki& pki, QString* error);
    struct Identity;
    std::optional<Identity> loadIdentity() const;
    bool saveIdentity(const Identity& identity, QString* error) const;
    static void dispatchRoute(const QList<std::pair<QString, RouteHandler>>& routes, const SimHttpRequest& request,
        class HttpConnection* connection);

    SimulatorOptions m_options;
    ObjectStore m_store;
    PodProxyRegistry m_podProxy;
    PodLogs* m_podLogs;
    std::unique_ptr<ApiServer> m_api;
    HttpServer* m_apiHttp;
    HttpServer* m_metricsHttp;
    HttpServer* m_adminHttp;
    QList<std::pair<QString, RouteHandler>> m_metricsRoutes;
    QList<std::pair<QString, RouteHandler>> m_adminRoutes;
    const QCommandLineParser* m_commandLine = nullptr;
};

} // namespace meshscope::sim
