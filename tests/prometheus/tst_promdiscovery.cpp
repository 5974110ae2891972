// Prometheus through the Kubernetes service proxy: the URL and credentials PromConfig gets from a kubeconfig,
// and discovery against the real meshscope-sim over HTTPS (which has no Prometheus Service of its own: a missing
// Service, a Service without a backend (503 through the proxy, so the credentials were accepted), port choice).

#include "models/kube/kubeapi.h"
#include "models/kube/kubeconfig.h"
#include "models/prometheus/promclient.h"
#include "models/prometheus/promdiscovery.h"
#include "support/simprocess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace meshscope;
using namespace meshscope::testing;

namespace {

// Starts an asynchronous call with a context object and a callback, and waits up to 30 s for the callback.
template <typename Result, typename Start> std::optional<Result> waitFor(Start start)
{
    std::optional<Result> result;
    QObject context;
    start(&context, [&](const Result& r) { result = r; });
    QDeadlineTimer deadline(30000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(10);
    return result;
}

PromDiscoveryResult discover(KubeApi* api, const PromServiceRef& service)
{
    auto result = waitFor<PromDiscoveryResult>(
        [&](QObject* context, auto done) { discoverPrometheus(api, service, context, done); });
    if (!result) {
        result.emplace();
        result->error = QStringLiteral("discovery never finished");
    }
    return *result;
}

PromResult query(PromClient& client)
{
    return waitFor<PromResult>([&](QObject* context, auto done) {
        client.instant(QStringLiteral("up"), 0, context, done);
    }).value_or(PromResult {});
}

PromCredentialSource::Credentials ask(PromCredentialSource& source, bool refresh = false)
{
    auto result = waitFor<PromCredentialSource::Credentials>(
        [&](QObject* context, auto done) { source.credentials(context, refresh, done); });
    if (!result) {
        result.emplace();
        result->error = QStringLiteral("no credentials within 30 s");
    }
    return *result;
}

const QByteArray servicesYaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: prometheus\n"
                                "  namespace: istio-system\nspec:\n  selector:\n    app: istiod\n  ports:\n"
                                "  - name: http-web\n    port: 9090\n    targetPort: 9090\n---\n"
                                "apiVersion: v1\nkind: Service\nmetadata:\n  name: metrics-one-port\n"
                                "  namespace: istio-system\nspec:\n  selector:\n    app: istiod\n  ports:\n"
                                "  - name: http\n    port: 80\n    targetPort: 9090\n---\n"
                                "apiVersion: v1\nkind: Service\nmetadata:\n  name: metrics-grpc-only\n"
                                "  namespace: istio-system\nspec:\n  selector:\n    app: istiod\n  ports:\n"
                                "  - name: grpc-a\n    port: 10901\n  - name: grpc-b\n    port: 10902\n";

} // namespace

class TestPromDiscovery : public QObject
{
    Q_OBJECT

    SimProcess m_sim;

    QTemporaryDir m_dir;

    // context "exec": the admin token, handed out by an exec credential plugin script instead.
    std::unique_ptr<KubeApi> api(const QString& context)
    {
        const bool exec = context == QLatin1String("exec");
        const Kubeconfig::Result loaded = Kubeconfig::load({ m_sim.kubeconfig() }, exec ? QString() : context, true);
        if (!loaded.ok()) {
            qWarning("kubeconfig: %s", qPrintable(loaded.error));
            return nullptr;
        }
        KubeconfigSelection selection = *loaded.selection;
        if (exec) {
            const QString script = m_dir.filePath(QStringLiteral("plugin.sh"));
            QFile file(script);
            if (!file.open(QIODevice::WriteOnly))
                return nullptr;
            file.write("#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
                       "\"ExecCredential\",\"status\":{\"token\":\"%s\"}}' \"$SIM_TOKEN\"\n");
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            KubeExecConfig plugin;
            plugin.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
            plugin.command = script;
            plugin.env.append({ QStringLiteral("SIM_TOKEN"), QString::fromUtf8(selection.user.token) });
            plugin.interactiveMode = QStringLiteral("Never");
            selection.user.token.clear();
            selection.user.exec = plugin;
        }
        return std::make_unique<KubeApi>(selection);
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << QStringLiteral("prometheus") << true << QStringLiteral("istio-system/prometheus:9090");
        QTest::newRow("ns/name") << QStringLiteral("monitoring/prometheus-server") << true
                                 << QStringLiteral("monitoring/prometheus-server:9090");
        QTest::newRow("ns/name:port") << QStringLiteral("monitoring/kps-prometheus:8080") << true
                                      << QStringLiteral("monitoring/kps-prometheus:8080");
        QTest::newRow("name:port") << QStringLiteral("thanos-query:10902") << true
                                   << QStringLiteral("istio-system/thanos-query:10902");
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("port 0") << QStringLiteral("a/b:0") << false << QString();
        QTest::newRow("port too big") << QStringLiteral("a/b:70000") << false << QString();
        QTest::newRow("upper case") << QStringLiteral("Monitoring/prometheus") << false << QString();
        QTest::newRow("path injection") << QStringLiteral("a/b/../c") << false << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        QString error;
        const std::optional<PromServiceRef> service = PromServiceRef::parse(text, &error);
        QCOMPARE(service.has_value(), ok);
        if (ok)
            QCOMPARE(service->toString(), expected);
        else
            QVERIFY(error.contains(QLatin1String("namespace/name:port")));
    }

    void urlAndCredentials()
    {
        KubeconfigSelection selection;
        selection.cluster.server = QUrl(QStringLiteral("https://10.0.0.1:6443/k8s/"));
        selection.cluster.tlsServerName = QStringLiteral("kubernetes.local");
        selection.cluster.insecureSkipTlsVerify = true;
        selection.user.token = "abc.def";
        KubeApi api(selection);
        PromServiceRef service;
        QCOMPARE(promServiceProxyUrl(api, service).toString(),
            QStringLiteral("https://10.0.0.1:6443/k8s/api/v1/namespaces/istio-system/services/prometheus:9090/proxy/"));

        const PromConfig config = promConfigForService(&api, service);
        QCOMPARE(config.url, promServiceProxyUrl(api, service));
        QCOMPARE(config.peerVerifyName, QStringLiteral("kubernetes.local"));
        // No copy of the token in the config: it is asked for before each query.
        QVERIFY(config.bearerToken.isEmpty() && config.basicUser.isEmpty() && config.headers.isEmpty());
        QVERIFY(config.credentials);
        const auto credentials = ask(*config.credentials);
        QCOMPARE(credentials.authorization, QByteArray("Bearer abc.def"));
        QVERIFY(credentials.error.isEmpty());
        QVERIFY(credentials.ssl.has_value());
        QCOMPARE(credentials.ssl->peerVerifyMode(), QSslSocket::VerifyNone);

        selection.user.token.clear();
        selection.user.username = QStringLiteral("admin");
        selection.user.password = QStringLiteral("p:w");
        KubeApi basic(selection);
        QCOMPARE(ask(*promConfigForService(&basic, service).credentials).authorization,
            "Basic " + QByteArray("admin:p:w").toBase64());

        // The connection is gone: a clear message, no crash.
        std::shared_ptr<PromCredentialSource> orphan;
        {
            KubeApi closed(selection);
            orphan = kubeCredentialSource(&closed);
        }
        QVERIFY(ask(*orphan).error.contains(QLatin1String("closed")));
    }

    void initSimulator()
    {
        QVERIFY2(m_sim.start({ QStringLiteral("--scenario"), QStringLiteral("bookinfo") }), qPrintable(m_sim.error()));
    }

    void missingService()
    {
        const auto kube = api({});
        QVERIFY(kube);
        const PromDiscoveryResult result = discover(kube.get(), PromServiceRef {});
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("no Prometheus Service istio-system/prometheus")),
            qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("--prometheus")), qPrintable(result.error));
    }

    void createServices()
    {
        const CommandResult applied
            = m_sim.kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, {}, servicesYaml);
        QVERIFY2(applied.ok(), qPrintable(applied.describe()));
    }

    // The sim's service proxy answers 503 (no backend on that port): the API server accepted our credentials
    // (else 401/403) and the error reaches the caller as a clear message.
    void serviceWithoutBackend_data()
    {
        QTest::addColumn<QString>("context");
        QTest::newRow("token") << QStringLiteral("meshscope-sim");
        QTest::newRow("client certificate") << QStringLiteral("meshscope-sim-cert");
        QTest::newRow("read-only token") << QStringLiteral("meshscope-sim-readonly");
        QTest::newRow("exec plugin") << QStringLiteral("exec");
    }

    void serviceWithoutBackend()
    {
        QFETCH(QString, context);
        const auto kube = api(context);
        QVERIFY(kube);
        const PromDiscoveryResult result = discover(kube.get(), PromServiceRef {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.service.port, 9090);
        QCOMPARE(result.config.url,
            kube->url(QStringLiteral("/api/v1/namespaces/istio-system/services/prometheus:9090/proxy/")));
        const bool certificate = context.endsWith(QLatin1String("-cert"));
        QVERIFY(result.config.credentials);
        const PromCredentialSource::Credentials credentials = ask(*result.config.credentials);
        QVERIFY2(credentials.error.isEmpty(), qPrintable(credentials.error));
        QCOMPARE(credentials.authorization.isEmpty(), certificate);
        QVERIFY(credentials.ssl.has_value());
        QCOMPARE(credentials.ssl->localCertificate().isNull(), !certificate);

        PromClient client(kube->http(), result.config);
        const PromResult answer = query(client);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.errorType, QStringLiteral("http"));
        QVERIFY2(answer.error.contains(QLatin1String("unavailable (HTTP 503)")), qPrintable(answer.error));
        const QByteArray token = credentials.authorization.mid(credentials.authorization.indexOf(' ') + 1);
        QVERIFY2(token.isEmpty() || !answer.error.contains(QString::fromUtf8(token)),
            "the token must not appear in messages");

        // Without credentials the same URL is refused: the 503 above really needed them. (A fresh HttpClient: Qt
        // would reuse the open TLS connection, client certificate included.)
        PromConfig anonymous = result.config;
        anonymous.credentials.reset();
        anonymous.ssl = credentials.ssl;
        anonymous.ssl->setLocalCertificateChain({});
        anonymous.ssl->setPrivateKey(QSslKey());
        HttpClient fresh;
        PromClient refused(&fresh, anonymous);
        const PromResult denied = query(refused);
        QVERIFY2(denied.error.contains(QLatin1String("refused the credentials (HTTP 401)")), qPrintable(denied.error));
    }

    void portChoice_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("port"); // 0: an error
        QTest::newRow("requested port served") << QStringLiteral("prometheus") << 9090 << 9090;
        QTest::newRow("only an http port") << QStringLiteral("metrics-one-port") << 9090 << 80;
        QTest::newRow("no http port") << QStringLiteral("metrics-grpc-only") << 9090 << 0;
        QTest::newRow("explicit grpc port") << QStringLiteral("metrics-grpc-only") << 10902 << 10902;
    }

    void portChoice()
    {
        QFETCH(QString, name);
        QFETCH(int, requested);
        QFETCH(int, port);
        const auto kube = api({});
        QVERIFY(kube);
        PromServiceRef service;
        service.name = name;
        service.port = requested;
        const PromDiscoveryResult result = discover(kube.get(), service);
        if (port == 0) {
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(QLatin1String("no HTTP port")), qPrintable(result.error));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.service.port, port);
        QVERIFY(result.config.url.path().endsWith(QStringLiteral("/%1:%2/proxy/").arg(name).arg(port)));
    }

private:
    // Used last, since they rotate the admin token the kubeconfig holds. An exec plugin that hands out whatever token
    // file holds and counts its runs.
    std::unique_ptr<KubeApi> tokenFileExecApi(const QString& tokenFile, const QString& runs, bool expired)
    {
        const QByteArray expiry = expired ? ",\"expirationTimestamp\":\"2000-01-01T00:00:00Z\"" : "";
        const QString script = m_dir.filePath(QStringLiteral("token-file-plugin.sh"));
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly))
            return nullptr;
        file.write("#!/bin/sh\necho run >> '" + runs.toUtf8()
            + "'\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
              "\"status\":{\"token\":\"%s\""
            + expiry + "}}' \"$(cat '" + tokenFile.toUtf8() + "')\"\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const Kubeconfig::Result loaded = Kubeconfig::load({ m_sim.kubeconfig() }, {}, true);
        if (!loaded.ok())
            return nullptr;
        KubeconfigSelection selection = *loaded.selection;
        KubeExecConfig plugin;
        plugin.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        plugin.command = script;
        plugin.interactiveMode = QStringLiteral("Never");
        selection.user.token.clear();
        selection.user.exec = plugin;
        return std::make_unique<KubeApi>(selection);
    }

    static int lines(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
    }

    static bool writeText(const QString& path, const QByteArray& text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }

    // The simulator's admin token stops working; the new one is the answer.
    QByteArray rotateAdminToken() { return m_sim.rotateAdminToken(); }

private slots:
    // The plugin's token is revoked after discovery (as when an exec-plugin token expires early): the next
    // query's 401 runs the plugin again and the query goes through with the new token.
    void execTokenRevokedAfterDiscovery()
    {
        const QString tokenFile = m_dir.filePath(QStringLiteral("rotating-token"));
        const QString runs = m_dir.filePath(QStringLiteral("rotating-runs"));
        const auto admin = Kubeconfig::load({ m_sim.kubeconfig() }, {}, true);
        QVERIFY(admin.ok());
        QVERIFY(writeText(tokenFile, admin.selection->user.token));
        const auto kube = tokenFileExecApi(tokenFile, runs, false);
        QVERIFY(kube);
        const PromDiscoveryResult result = discover(kube.get(), PromServiceRef {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        PromClient client(kube->http(), result.config);
        PromResult answer = query(client);
        QVERIFY2(answer.error.contains(QLatin1String("unavailable (HTTP 503)")), qPrintable(answer.error));
        QCOMPARE(lines(runs), 1); // cached: no expiry

        const QByteArray rotated = rotateAdminToken();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(writeText(tokenFile, rotated));
        answer = query(client);
        QVERIFY2(answer.error.contains(QLatin1String("unavailable (HTTP 503)")), qPrintable(answer.error));
        QVERIFY(!answer.error.contains(QString::fromUtf8(rotated)));
        QCOMPARE(lines(runs), 2);
        answer = query(client); // and the new token is cached again
        QVERIFY2(answer.error.contains(QLatin1String("unavailable (HTTP 503)")), qPrintable(answer.error));
        QCOMPARE(lines(runs), 2);

        // A plugin whose token is never accepted: one more run, then the 401 reaches the caller (no loop).
        QVERIFY(writeText(tokenFile, "not-a-token"));
        QVERIFY(!rotateAdminToken().isEmpty());
        answer = query(client);
        QVERIFY2(answer.error.contains(QLatin1String("refused the credentials (HTTP 401)")), qPrintable(answer.error));
        QCOMPARE(lines(runs), 3);
    }

    // A token whose expirationTimestamp has passed is never reused: every query runs the plugin again.
    void execTokenExpired()
    {
        const QString tokenFile = m_dir.filePath(QStringLiteral("expiring-token"));
        const QString runs = m_dir.filePath(QStringLiteral("expiring-runs"));
        QVERIFY(writeText(tokenFile, rotateAdminToken()));
        const auto kube = tokenFileExecApi(tokenFile, runs, true);
        QVERIFY(kube);
        const PromDiscoveryResult result = discover(kube.get(), PromServiceRef {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        const int afterDiscovery = lines(runs);
        PromClient client(kube->http(), result.config);
        for (int i = 1; i <= 3; ++i) {
            const PromResult answer = query(client);
            QVERIFY2(answer.error.contains(QLatin1String("unavailable (HTTP 503)")), qPrintable(answer.error));
            QCOMPARE(lines(runs), afterDiscovery + i);
        }
    }
};

QTEST_GUILESS_MAIN(TestPromDiscovery)
#include "tst_promdiscovery.moc"
