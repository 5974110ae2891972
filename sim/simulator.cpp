#include "sim/simulator.h"

#include "sim/apiserver/apiserver.h"
#include "sim/http/httpserver.h"
#include "sim/pki/pki.h"
#include "sim/scenarios/scenarios.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslKey>

namespace meshscope::sim {

namespace {
QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

bool writeAtomically(const QString& path, const QByteArray& data, bool secret, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

// What --keep-identity carries over to a restart.
struct Simulator::Identity
{
    SimPki pki;
    QByteArray adminToken;
    QByteArray readOnlyToken;
    quint16 apiPort = 0;
    quint16 metricsPort = 0;
    quint16 adminPort = 0;
};

std::optional<Simulator::Identity> Simulator::loadIdentity() const
{
    QFile file(QDir(m_options.stateDir).filePath(QStringLiteral("identity.json")));
    if (!m_options.keepIdentity || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const auto bytes = [&json](const char* key) { return json.value(QLatin1String(key)).toString().toLatin1(); };
    Identity identity;
    identity.pki.ca = { bytes("caCert"), bytes("caKey") };
    identity.pki.server = { bytes("serverCert"), bytes("serverKey") };
    identity.pki.client = { bytes("clientCert"), bytes("clientKey") };
    identity.adminToken = bytes("adminToken");
    identity.readOnlyToken = bytes("readOnlyToken");
    identity.apiPort = quint16(json.value(QLatin1String("apiPort")).toInt());
    identity.metricsPort = quint16(json.value(QLatin1String("metricsPort")).toInt());
    identity.adminPort = quint16(json.value(QLatin1String("adminPort")).toInt());
    if (identity.pki.server.certificate.isEmpty() || identity.adminToken.isEmpty() || identity.apiPort == 0)
        return std::nullopt;
    return identity;
}

bool Simulator::saveIdentity(const Identity& identity, QString* error) const
{
    const auto text = [](const QByteArray& bytes) { return QString::fromLatin1(bytes); };
    const QJsonObject json { { QStringLiteral("caCert"), text(identity.pki.ca.certificate) },
        { QStringLiteral("caKey"), text(identity.pki.ca.privateKey) },
        { QStringLiteral("serverCert"), text(identity.pki.server.certificate) },
        { QStringLiteral("serverKey"), text(identity.pki.server.privateKey) },
        { QStringLiteral("clientCert"), text(identity.pki.client.certificate) },
        { QStringLiteral("clientKey"), text(identity.pki.client.privateKey) },
        { QStringLiteral("adminToken"), text(identity.adminToken) },
        { QStringLiteral("readOnlyToken"), text(identity.readOnlyToken) },
        { QStringLiteral("apiPort"), identity.apiPort }, { QStringLiteral("metricsPort"), identity.metricsPort },
        { QStringLiteral("adminPort"), identity.adminPort } };
    return writeAtomically(
        QDir(m_options.stateDir).filePath(QStringLiteral("identity.json")), QJsonDocument(json).toJson(), true, error);
}

Simulator::Simulator(SimulatorOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_podLogs(new PodLogs(this))
    , m_apiHttp(new HttpServer(this))
    , m_metricsHttp(new HttpServer(this))
    , m_adminHttp(new HttpServer(this))
{
    m_store.setHistoryLimit(m_options.watchHistory);
    m_api = std::make_unique<ApiServer>(m_store, m_podProxy);
    m_api->faults() = m_options.faults;
    m_api->setPodLogs(m_podLogs);
    m_apiHttp->setHandler(
        [this](const SimHttpRequest& request, HttpConnection* connection) { m_api->handle(request, connection); });
    m_metricsHttp->setHandler([this](const SimHttpRequest& request, HttpConnection* connection) {
        dispatchRoute(m_metricsRoutes, request, connection);
    });
    m_adminHttp->setHandler([this](const SimHttpRequest& request, HttpConnection* connection) {
        dispatchRoute(m_adminRoutes, request, connection);
    });
}

Simulator::~Simulator() = default;

void Simulator::addMetricsRoute(const QString& path, RouteHandler handler)
{
    m_metricsRoutes.append({ path, std::move(handler) });
}

void Simulator::addAdminRoute(const QString& path, RouteHandler handler)
{
    m_adminRoutes.append({ path, std::move(handler) });
}

void Simulator::dispatchRoute(
    const QList<std::pair<QString, RouteHandler>>& routes, const SimHttpRequest& request, HttpConnection* connection)
{
    // Exact matches win over prefixes.
    for (const auto& [path, handler] : routes) {
        if (path == request.path)
            return connection->reply(handler(request));
    }
    for (const auto& [path, handler] : routes) {
        if (path.endsWith(QLatin1Char('/')) && request.path.startsWith(path))
            return connection->reply(handler(request));
    }
    connection->reply(SimHttpReply::text(404, "404 page not found\n"));
}

QUrl Simulator::apiUrl() const
{
    return m_apiHttp->url();
}

QUrl Simulator::metricsUrl() const
{
    QUrl url = m_metricsHttp->url();
    url.setPath(QStringLiteral("/metrics"));
    return url;
}

QUrl Simulator::adminUrl() const
{
    return m_adminHttp->url();
}

bool Simulator::start(QString* error)
{
    if (m_options.stateDir.isEmpty() || !QDir().mkpath(m_options.stateDir)) {
        *error = QStringLiteral("cannot create the state directory '%1'").arg(m_options.stateDir);
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const std::optional<Identity> kept = loadIdentity();
    const std::optional<SimPki> pki = kept ? kept->pki : SimPki::generate(error);
    if (!pki || !loadScenario(error))
        return false;
    qCDebug(lcSimRequests, "scenario %s loaded in %lld ms", qPrintable(m_options.scenario), timer.restart());

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(pki->server.certificate, QSsl::Pem));
    tls.setPrivateKey(QSslKey(pki->server.privateKey, QSsl::Ec, QSsl::Pem));
    tls.setCaCertificates({ QSslCertificate(pki->ca.certificate, QSsl::Pem) });
    tls.setPeerVerifyMode(QSslSocket::QueryPeer); // client certificates are optional (token users)
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (tls.privateKey().isNull() || tls.localCertificate().isNull()) {
        *error = QStringLiteral("the generated serving certificate cannot be loaded");
        return false;
    }
    ApiCredentials credentials;
    credentials.adminToken = kept ? kept->adminToken : randomToken();
    credentials.readOnlyToken = kept ? kept->readOnlyToken : randomToken();
    credentials.clientCertificate = QSslCertificate(pki->client.certificate, QSsl::Pem);
    m_api->setCredentials(credentials);

    registerAdminRoutes();
    // A scrape target exists even before the mesh side registers its metrics.
    addMetricsRoute(QStringLiteral("/healthz"), [](const SimHttpRequest&) { return SimHttpReply::text(200, "ok\n"); });
    attachMesh();
    qCDebug(lcSimRequests, "mesh attached in %lld ms", timer.elapsed());
    const bool hasMetrics = std::any_of(m_metricsRoutes.cbegin(), m_metricsRoutes.cend(),
        [](const auto& route) { return route.first == QStringLiteral("/metrics"); });
    if (!hasMetrics) {
        addMetricsRoute(QStringLiteral("/metrics"), [](const SimHttpRequest&) {
            SimHttpReply reply = SimHttpReply::text(200, "");
            reply.contentType = "text/plain; version=0.0.4; charset=utf-8";
            return reply;
        });
    }

    if (!m_apiHttp->listen(tls, kept ? kept->apiPort : 0) || !m_metricsHttp->listen({}, kept ? kept->metricsPort : 0)
        || !m_adminHttp->listen({}, kept ? kept->adminPort : 0)) {
        *error = QStringLiteral("cannot listen on loopback: %1")
                     .arg(m_apiHttp->errorString() + m_metricsHttp->errorString() + m_adminHttp->errorString());
        return false;
    }
    if (m_options.keepIdentity && !kept
        && !saveIdentity(Identity { *pki, credentials.adminToken, credentials.readOnlyToken, quint16(apiUrl().port()),
                             quint16(m_metricsHttp->url().port()), quint16(adminUrl().port()) },
            error))
        return false;
    return writeStateFiles(*pki, error);
}

bool Simulator::loadScenario(QString* error)
{
    ScenarioOptions scenario;
    scenario.name = m_options.scenario;
    scenario.namespaces = m_options.namespaces;
    scenario.services = m_options.services;
    if (!loadScenarioInto(m_store, scenario, error))
        return false;
    // Like an etcd compaction after start-up: history begins now.
    m_store.compactHistory();
    return true;
}

void Simulator::registerAdminRoutes()
{
    addAdminRoute(QStringLiteral("/faults/api"), [this](const SimHttpRequest& request) {
        if (request.method == "POST" || request.method == "PUT") {
            QJsonParseError parseError;
            const QJsonDocument json = QJsonDocument::fromJson(request.body, &parseError);
            if (!json.isObject())
                return SimHttpReply::text(400, "expected a JSON object\n");
            m_api->faults().merge(json.object());
        }
        return SimHttpReply::json(QJsonDocument(m_api->faults().toJson()).toJson(QJsonDocument::Compact));
    });
    addAdminRoute(QStringLiteral("/faults/api/drop-watches"), [this](const SimHttpRequest&) {
        const int dropped = m_api->dropWatches();
        return SimHttpReply::json(
            QJsonDocument(QJsonObject { { QStringLiteral("dropped"), dropped } }).toJson(QJsonDocument::Compact));
    });
    // An expiring credential for tests: the old admin token stops working at once, the answer carries the new one
    // (the kubeconfig file keeps the old one).
    addAdminRoute(QStringLiteral("/auth/rotate-admin-token"), [this](const SimHttpRequest& request) {
        if (request.method != "POST")
            return SimHttpReply::text(405, "POST rotates the admin token\n");
        ApiCredentials credentials = m_api->credentials();
        credentials.adminToken = randomToken();
        m_api->setCredentials(credentials);
        const QJsonObject answer { { QStringLiteral("token"), QString::fromLatin1(credentials.adminToken) } };
        return SimHttpReply::json(QJsonDocument(answer).toJson(QJsonDocument::Compact));
    });
    addAdminRoute(QStringLiteral("/healthz"), [](const SimHttpRequest&) { return SimHttpReply::text(200, "ok\n"); });
}

bool Simulator::writeStateFiles(const SimPki& pki, QString* error)
{
    const QDir dir(m_options.stateDir);
    const ApiCredentials& credentials = m_api->credentials();
    const QByteArray server = apiUrl().toString().toUtf8();
    const QByteArray kubeconfig = "apiVersion: v1\nkind: Config\npreferences: {}\n"
                                  "clusters:\n- name: meshscope-sim\n  cluster:\n    server: "
        + server + "\n    certificate-authority-data: " + pki.ca.certificate.toBase64()
        + "\nusers:\n- name: meshscope-admin\n  user:\n    token: " + credentials.adminToken
        + "\n- name: meshscope-cert-user\n  user:\n    client-certificate-data: " + pki.client.certificate.toBase64()
        + "\n    client-key-data: " + pki.client.privateKey.toBase64()
        + "\n- name: meshscope-readonly\n  user:\n    token: " + credentials.readOnlyToken
        + "\ncontexts:\n- name: meshscope-sim\n  context:\n    cluster: meshscope-sim\n    user: meshscope-admin\n"
          "- name: meshscope-sim-cert\n  context:\n    cluster: meshscope-sim\n    user: meshscope-cert-user\n"
          "- name: meshscope-sim-readonly\n  context:\n    cluster: meshscope-sim\n    user: meshscope-readonly\n"
          "current-context: meshscope-sim\n";
    if (!writeAtomically(dir.filePath(QStringLiteral("kubeconfig")), kubeconfig, true, error)
        || !writeAtomically(dir.filePath(QStringLiteral("ca.crt")), pki.ca.certificate, false, error))
        return false;
    const QJsonObject endpoints { { QStringLiteral("api"), apiUrl().toString() },
        { QStringLiteral("metrics"), metricsUrl().toString() }, { QStringLiteral("admin"), adminUrl().toString() } };
    // Last: waiters take endpoints.json as "ready".
    return writeAtomically(
        dir.filePath(QStringLiteral("endpoints.json")), QJsonDocument(endpoints).toJson(), false, error);
}

} // namespace meshscope::sim
