// Prometheus through the Kubernetes service proxy: the URL and credentials PromConfig gets from a kubeconfig,
// and discovery against the real meshscope-sim over HTTPS (which has no Prometheus Service of its own: a missing
// Service, a Service without a backend (503 through the proxy, so the credentials were accepted), port choice).

#include "models/kube/kubeapi.h"
#include "models/kube/kubeconfig.h"
#include "models/prometheus/promclient.h"
#include "models/prometheus/promdiscovery.h"
#include "simharness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;
using namespace meshscope::sim::testing;

namespace {

PromDiscoveryResult discover(KubeApi* api, const PromServiceRef& service)
{
    PromDiscoveryResult result;
    bool done = false;
    QObject context;
    discoverPrometheus(api, service, &context, [&](const PromDiscoveryResult& r) {
        result = r;
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 30000)
        QTest::qWait(10);
    if (!done)
        result.error = QStringLiteral("discovery never finished");
    return result;
}

PromResult query(PromClient& client)
{
    PromResult result;
    bool done = false;
    QObject context;
    client.instant(QStringLiteral("up"), 0, &context, [&](const PromResult& r) {
        result = r;
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 30000)
        QTest::qWait(10);
    return result;
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

    Simulator m_sim;

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
        KubeApi api(selection);
        PromServiceRef service;
        QCOMPARE(promServiceProxyUrl(api, service).toString(),
            QStringLiteral("https://10.0.0.1:6443/k8s/api/v1/namespaces/istio-system/services/prometheus:9090/proxy/"));

        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        PromConfig bearer = promConfigForService(api, service, "Bearer abc.def", ssl);
        QCOMPARE(bearer.bearerToken, QStringLiteral("abc.def"));
        QVERIFY(bearer.basicUser.isEmpty());
        QVERIFY(bearer.ssl.has_value());
        QCOMPARE(bearer.ssl->peerVerifyMode(), QSslSocket::VerifyNone);
        QCOMPARE(bearer.peerVerifyName, QStringLiteral("kubernetes.local"));

        const PromConfig basic = promConfigForService(api, service, "Basic " + QByteArray("admin:p:w").toBase64(), ssl);
        QCOMPARE(basic.basicUser, QStringLiteral("admin"));
        QCOMPARE(basic.basicPassword, QStringLiteral("p:w"));
        QVERIFY(basic.bearerToken.isEmpty());

        const PromConfig none = promConfigForService(api, service, {}, ssl);
        QVERIFY(none.bearerToken.isEmpty() && none.basicUser.isEmpty() && none.headers.isEmpty());
    }

    void initSimulator()
    {
        QString error;
        QVERIFY2(m_sim.start({ QStringLiteral("--scenario"), QStringLiteral("bookinfo") }, &error), qPrintable(error));
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
        int exitCode = -1;
        m_sim.kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, &exitCode, servicesYaml);
        QCOMPARE(exitCode, 0);
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
        QCOMPARE(result.config.bearerToken.isEmpty(), certificate);
        QVERIFY(result.config.ssl.has_value());
        QCOMPARE(result.config.ssl->localCertificate().isNull(), !certificate);

        PromClient client(kube->http(), result.config);
        const PromResult answer = query(client);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.errorType, QStringLiteral("http"));
        QVERIFY2(answer.error.contains(QLatin1String("unavailable (HTTP 503)")), qPrintable(answer.error));
        QVERIFY2(!answer.error.contains(
                     result.config.bearerToken.isEmpty() ? QStringLiteral("\x01") : result.config.bearerToken),
            "the token must not appear in messages");

        // Without credentials the same URL is refused: the 503 above really needed them. (A fresh HttpClient: Qt
        // would reuse the open TLS connection, client certificate included.)
        PromConfig anonymous = result.config;
        anonymous.bearerToken.clear();
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
};

QTEST_GUILESS_MAIN(TestPromDiscovery)
#include "tst_promdiscovery.moc"
