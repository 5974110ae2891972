// The fault matrix: the real `meshscope` binary (headless commands and an offscreen window) against a
// misbehaving Prometheus, a misbehaving API server, broken credentials and the simulator's fault knobs. For every
// fault and surface: no crash, no hang (each run ends well within its bound), the expected exit code, a message
// that names the problem, and no credential in any output. Each case adds a row (fault | surface | outcome) to the
// file named by MESHSCOPE_FAULT_MATRIX, which scripts/fault-matrix.sh prints.
#include "models/connectionstatus.h"
#include "models/kube/clustersession.h"
#include "models/kube/kubejson.h"
#include "support/badhttpserver.h"
#include "support/processes.h"
#include "support/simprocess.h"
#include "support/testdata.h"
#include "support/waiting.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;

Q_DECLARE_METATYPE(meshscope::testing::BadReply)

namespace {

const QByteArray promPassword = "fault-matrix-prometheus-password";
const QByteArray apiToken = "fault-matrix-api-token";
const QByteArray emptyVector = R"({"status":"success","data":{"resultType":"vector","result":[]}})";

QString first(const QByteArray& err)
{
    const QString text = QString::fromUtf8(err).trimmed();
    const QString line = text.section(QLatin1Char('\n'), -1); // the final verdict is the last line
    return line.size() > 110 ? line.left(107) + QStringLiteral("…") : line;
}

void record(const QString& fault, const QString& surface, const QString& outcome)
{
    const QString path = qEnvironmentVariable("MESHSCOPE_FAULT_MATRIX");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(QStringLiteral("| %1 | %2 | %3 |\n").arg(fault, surface, outcome).toUtf8());
}

QString seconds(const QElapsedTimer& clock)
{
    return QString::number(double(clock.elapsed()) / 1000.0, 'f', 1);
}

QByteArray configMap(const QString& name)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                             { QStringLiteral("kind"), QStringLiteral("ConfigMap") },
                             { QStringLiteral("metadata"),
                                 QJsonObject { { QStringLiteral("name"), name },
                                     { QStringLiteral("namespace"), QStringLiteral("default") } } } })
        .toJson(QJsonDocument::Compact);
}

// The window's view of a cluster, in this process: the session whose informers feed every list and whose state
// the status bar shows. Counts what its config-map informer delivers, to see changes arrive exactly once.
struct WatchedSession
{
    ConnectionStatus status;
    ClusterSession session { &status };
    KubeInformer* configMaps = nullptr;
    QHash<QString, int> added;

    bool open(const QString& kubeconfig)
    {
        session.open({ kubeconfig }, {}, true);
        if (!waitUntil([this] { return session.isReady() || !session.error().isEmpty(); }, 30000) || !session.isReady())
            return false;
        configMaps = session.informer(QString(), QStringLiteral("configmaps"));
        if (!configMaps)
            return false;
        QObject::connect(configMaps, &KubeInformer::added, configMaps,
            [this](const QJsonObject& object) { ++added[objectKey(object)]; });
        return connected();
    }
    bool connected(int ms = 30000)
    {
        return waitUntil(
            [this] {
                return status.state() == ConnectionStatus::State::Connected
                    && configMaps->state() == KubeInformer::State::Watching;
            },
            ms);
    }
    bool arrivedOnce(const QStringList& names, int ms = 30000)
    {
        return waitUntil(
            [&] {
                for (const QString& name : names) {
                    if (added.value(QStringLiteral("default/") + name) != 1)
                        return false;
                }
                return true;
            },
            ms);
    }
};

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SimProcess m_sim;

    RunOptions options(int timeoutMs = 30000) const
    {
        RunOptions run;
        run.timeoutMs = timeoutMs;
        run.environment.insert(QStringLiteral("MESHSCOPE_PROMETHEUS_PASSWORD"), QString::fromUtf8(promPassword));
        return run;
    }

    // A kubeconfig for an API server at url, context "prod", a bearer token; caPem empty: skip TLS checks
    // only for plain HTTP servers.
    QString kubeconfigFor(const QString& name, const QUrl& url, const QByteArray& caPem = {}) const
    {
        QByteArray cluster = "    server: " + url.toString().toUtf8() + '\n';
        if (!caPem.isEmpty())
            cluster += "    certificate-authority-data: " + caPem.toBase64() + '\n';
        const QByteArray text = "apiVersion: v1\nkind: Config\ncurrent-context: prod\nclusters:\n- name: prod\n"
                                "  cluster:\n"
            + cluster + "users:\n- name: admin\n  user:\n    token: " + apiToken
            + "\ncontexts:\n- name: prod\n  context:\n    cluster: prod\n    user: admin\n";
        const QString path = m_dir.filePath(name + QStringLiteral(".kubeconfig"));
        return writeFile(path, text) ? path : QString();
    }

    static QStringList graphArgs(const QUrl& prometheus, int timeoutSeconds = 10)
    {
        QUrl url = prometheus;
        url.setUserName(QStringLiteral("alice"));
        return { QStringLiteral("graph"), QStringLiteral("--prometheus"), url.toString(),
            QStringLiteral("--namespaces"), QStringLiteral("bookinfo"), QStringLiteral("--timeout"),
            QString::number(timeoutSeconds) };
    }

    // The common verdict: ended by itself within bound, the exit code, the message, no credential anywhere.
    void check(const QString& fault, const QString& surface, const CommandResult& run, int exitCode,
        const QString& pattern, qint64 boundMs)
    {
        const QByteArray all = run.out + run.err;
        const QByteArray simToken = m_sim.isRunning() ? m_sim.token() : QByteArray();
        const bool leaked
            = all.contains(promPassword) || all.contains(apiToken) || (!simToken.isEmpty() && all.contains(simToken));
        const QString outcome = run.crashed ? QStringLiteral("**crash**")
            : run.timedOut                  ? QStringLiteral("**hang**")
                                            : QStringLiteral("exit %1 in %2 s: %3")
                                 .arg(run.exitCode)
                                 .arg(double(run.elapsedMs) / 1000.0, 0, 'f', 1)
                                 .arg(run.exitCode == 0 ? QStringLiteral("recovered") : first(run.err));
        record(fault, surface, leaked ? outcome + QStringLiteral(" **credential leaked**") : outcome);
        QVERIFY2(!run.crashed && !run.timedOut, qPrintable(run.describe()));
        QVERIFY2(!leaked, qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs < boundMs, qPrintable(run.describe()));
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        const QRegularExpression expected(pattern, QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(expected.match(QString::fromUtf8(run.err)).hasMatch(),
            qPrintable(QStringLiteral("expected /%1/ in stderr\n%2").arg(pattern, run.describe())));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
    }

    void prometheusFaults_data()
    {
        QTest::addColumn<BadReply>("reply");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("pattern");
        const QByteArray vectorPrefix = R"({"status":"success","data":{"resultType":"vector","result":[)";
        QTest::newRow("HTTP 503") << BadReply::text(503, "upstream down") << QStringList() << 1 << "503";
        QTest::newRow("error body (bad_data)")
            << BadReply::json(400, R"({"status":"error","errorType":"bad_data","error":"parse error at char 3"})")
            << QStringList() << 1 << "parse error at char 3";
        QTest::newRow("401 Unauthorized") << BadReply::text(401, "no") << QStringList() << 1 << "401";
        QTest::newRow("truncated body") << BadReply::truncated(200, emptyVector, 20) << QStringList() << 1
                                        << "broke off|incomplete|truncated|closed";
        QTest::newRow("oversized body (3 MB, cap 1 MB)")
            << BadReply::oversized(vectorPrefix, "{},", 3 * 1024 * 1024)
            << QStringList { QStringLiteral("--prometheus-max-body-mb"), QStringLiteral("1") } << 1
            << "sent a response larger than 1 MB; it was not read to its end";
        QTest::newRow("never-ending body (cap 1 MB)")
            << BadReply::endless(vectorPrefix, "{},")
            << QStringList { QStringLiteral("--prometheus-max-body-mb"), QStringLiteral("1") } << 1
            << "sent a response larger than 1 MB; it was not read to its end";
        QTest::newRow("redirect loop") << BadReply::redirect("/loop") << QStringList() << 1
                                       << "redirected the query more than 10 times";
        QTest::newRow("garbage, not HTTP")
            << BadReply::garbage("\x01\x02 not http at all\r\n\r\n") << QStringList() << 1 << ".";
        QTest::newRow("connection closed") << BadReply::closeConnection() << QStringList() << 1 << ".";
        QTest::newRow("JSON array, not an object")
            << BadReply::json(200, "[1,2,3]") << QStringList() << 1 << "not a Prometheus response|JSON object|array";
        QTest::newRow("result of the wrong shape")
            << BadReply::json(200, R"({"status":"success","data":{"resultType":"vector","result":{"a":1}}})")
            << QStringList() << 1 << "result";
        QTest::newRow("no answer (hang, --timeout 3)")
            << BadReply::hang() << QStringList { QStringLiteral("--timeout"), QStringLiteral("3") } << 1 << "3 s";
    }

    void prometheusFaults()
    {
        QFETCH(BadReply, reply);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, pattern);
        BadHttpServer prometheus;
        QVERIFY2(prometheus.isListening(), qPrintable(prometheus.error()));
        prometheus.setDefault(reply);
        const CommandResult run = runMeshscope(graphArgs(prometheus.url()) + extra, options());
        check(QString::fromUtf8(QTest::currentDataTag()), QStringLiteral("`graph` (Prometheus)"), run, exitCode,
            pattern, 15000);
    }

    void prometheusWrongCa()
    {
        BadHttpServer prometheus(BadHttpServer::Https);
        QVERIFY2(prometheus.isListening(), qPrintable(prometheus.error()));
        prometheus.setDefault(BadReply::json(200, emptyVector));
        const CommandResult run = runMeshscope(graphArgs(prometheus.url()), options());
        check(QStringLiteral("TLS certificate from an unknown CA"), QStringLiteral("`graph` (Prometheus)"), run, 1,
            QStringLiteral("certificate|TLS|SSL"), 15000);
    }

    void prometheusThrottledOnce()
    {
        BadHttpServer prometheus;
        prometheus.setDefault(BadReply::json(200, emptyVector));
        prometheus.enqueue(BadReply::retryAfter("1", 429, R"({"status":"error","error":"slow down"})"));
        const CommandResult run = runMeshscope(graphArgs(prometheus.url()), options());
        // Prometheus is not Kubernetes: a 429 is an answer (as Grafana and Kiali take it), said clearly.
        check(QStringLiteral("one 429 with Retry-After: 1"), QStringLiteral("`graph` (Prometheus)"), run, 1,
            QStringLiteral(
                "rate limited the query \\(HTTP 429\\) and asked to wait 1 s before the next one\\. slow down"),
            15000);
    }

    void apiServerFaults_data()
    {
        QTest::addColumn<BadReply>("reply");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("pattern");
        const QByteArray status401
            = R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"Unauthorized",)"
              R"("reason":"Unauthorized","code":401})";
        QTest::newRow("API 401 (token rejected)")
            << BadReply::json(401, status401) << 1 << "Unauthorized.*context prod";
        QTest::newRow("API 500") << BadReply::json(500, R"({"kind":"Status","message":"etcdserver: leader changed"})")
                                 << 1 << "context prod";
        QTest::newRow("API 429 always (Retry-After: 1, --timeout 3)") << BadReply::retryAfter("1") << 1 << "3 s";
        QTest::newRow("API 429 always (Retry-After: 0)")
            << BadReply::retryAfter("0") << 1
            << "The API server rate limited the request \\(HTTP 429\\) and still did after 10 retries over [0-9.]+ s: "
               "Too many requests.*context prod";
        QTest::newRow("API no answer (hang, --timeout 3)") << BadReply::hang() << 1 << "3 s";
        QTest::newRow("API closes the connection") << BadReply::closeConnection() << 1 << "context prod";
    }

    void apiServerFaults()
    {
        QFETCH(BadReply, reply);
        QFETCH(int, exitCode);
        QFETCH(QString, pattern);
        BadHttpServer prometheus;
        prometheus.setDefault(BadReply::json(200, emptyVector));
        BadHttpServer api;
        QVERIFY2(api.isListening(), qPrintable(api.error()));
        api.setDefault(reply);
        const QString kubeconfig = kubeconfigFor(QStringLiteral("api"), api.url());
        const CommandResult run = runMeshscope(
            graphArgs(prometheus.url(), 3) + QStringList { QStringLiteral("--kubeconfig"), kubeconfig }, options());
        check(QString::fromUtf8(QTest::currentDataTag()), QStringLiteral("`graph --kubeconfig`"), run, exitCode,
            pattern, 15000);
    }

    void apiServerWrongCa()
    {
        BadHttpServer prometheus;
        prometheus.setDefault(BadReply::json(200, emptyVector));
        BadHttpServer api(BadHttpServer::Https);
        BadHttpServer other(BadHttpServer::Https); // its certificate is the CA the kubeconfig trusts: not api's
        const QString kubeconfig = kubeconfigFor(QStringLiteral("wrong-ca"), api.url(), other.certificatePem());
        const CommandResult run = runMeshscope(
            graphArgs(prometheus.url()) + QStringList { QStringLiteral("--kubeconfig"), kubeconfig }, options());
        check(QStringLiteral("API certificate from another CA"), QStringLiteral("`graph --kubeconfig`"), run, 1,
            QStringLiteral("certificate|TLS|SSL"), 15000);
    }

    void simulatorFaults()
    {
        BadHttpServer prometheus;
        prometheus.setDefault(BadReply::json(200, emptyVector));
        const QStringList args
            = graphArgs(prometheus.url(), 30) + QStringList { QStringLiteral("--kubeconfig"), m_sim.kubeconfig() };
        const QString surface = QStringLiteral("`graph --kubeconfig` (simulator)");

        check(QStringLiteral("none (baseline)"), surface, runMeshscope(args, options(60000)), 0, QString(), 30000);

        QVERIFY(m_sim.setApiFaults(
            { { QStringLiteral("throttlePercent"), 30 }, { QStringLiteral("retryAfterSeconds"), 1 } }));
        check(QStringLiteral("30 % of API requests 429, Retry-After: 1"), surface, runMeshscope(args, options(60000)),
            0, QString(), 45000);
        QVERIFY(m_sim.clearApiFaults());

        QVERIFY(m_sim.setApiFaults({ { QStringLiteral("slowMs"), 2000 } }));
        check(QStringLiteral("2 s per API reply"), surface, runMeshscope(args, options(60000)), 0, QString(), 45000);
        QVERIFY(m_sim.clearApiFaults());

        m_sim.kill();
        check(QStringLiteral("API down (simulator SIGKILLed)"), surface, runMeshscope(args, options(60000)), 1,
            QStringLiteral("context|connect|refused"), 35000);
        QVERIFY2(m_sim.restart(), qPrintable(m_sim.error()));
        check(QStringLiteral("API back (simulator restarted)"), surface, runMeshscope(args, options(60000)), 0,
            QString(), 30000);
    }

    void execPluginFaults()
    {
        BadHttpServer prometheus;
        prometheus.setDefault(BadReply::json(200, emptyVector));
        BadHttpServer api;
        api.setDefault(BadReply::json(200, "{}"));
        const QString garbage = m_dir.filePath(QStringLiteral("garbage-plugin"));
        QVERIFY(writeFile(garbage, "#!/bin/sh\necho 'this is not JSON'\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        const QString hanging = m_dir.filePath(QStringLiteral("hanging-plugin"));
        QVERIFY(writeFile(hanging, "#!/bin/sh\nexec sleep 120\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        // Each message names the plugin and says what is wrong with it.
        for (const auto& [fault, plugin, pattern] :
            { std::tuple { QStringLiteral("exec plugin prints garbage"), garbage,
                  QStringLiteral("garbage-plugin\" did not print an ExecCredential: its output is not JSON") },
                std::tuple { QStringLiteral("exec plugin file missing"), m_dir.filePath(QStringLiteral("no-plugin")),
                    QStringLiteral("no-plugin\" could not be started: the file does not exist") },
                std::tuple { QStringLiteral("exec plugin not in PATH"), QStringLiteral("meshscope-no-such-plugin"),
                    QStringLiteral("\"meshscope-no-such-plugin\" could not be started: no executable of that name "
                                   "is in PATH") },
                std::tuple { QStringLiteral("exec plugin hangs (--timeout 3)"), hanging, QStringLiteral("3 s") } }) {
            const QByteArray text = "apiVersion: v1\nkind: Config\ncurrent-context: prod\nclusters:\n- name: prod\n"
                                    "  cluster:\n    server: "
                + api.url().toString().toUtf8()
                + "\nusers:\n- name: admin\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                  "      interactiveMode: Never\n      command: "
                + plugin.toUtf8() + "\ncontexts:\n- name: prod\n  context:\n    cluster: prod\n    user: admin\n";
            const QString kubeconfig = m_dir.filePath(QStringLiteral("exec.kubeconfig"));
            QVERIFY(writeFile(kubeconfig, text));
            const CommandResult run = runMeshscope(
                graphArgs(prometheus.url(), 3) + QStringList { QStringLiteral("--kubeconfig"), kubeconfig }, options());
            check(fault, QStringLiteral("`graph --kubeconfig`"), run, 1, pattern, 15000);
        }
    }

    void kubeconfigFaults_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("kubeconfig is a directory") << testDataPath(QStringLiteral("kubeconfig")) << "is a directory";
        QTest::newRow("kubeconfig is empty") << testDataPath(QStringLiteral("kubeconfig/empty.yaml")) << "is empty";
        QTest::newRow("kubeconfig is garbage")
            << testDataPath(QStringLiteral("kubeconfig/garbage.yaml")) << "garbage.yaml:1:1";
        QTest::newRow("kubeconfig is missing") << m_dir.filePath(QStringLiteral("nowhere")) << "does not exist";
    }

    void kubeconfigFaults()
    {
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        const QString fault = QString::fromUtf8(QTest::currentDataTag());
        check(fault, QStringLiteral("`contexts`"),
            runMeshscope({ QStringLiteral("contexts"), QStringLiteral("--kubeconfig"), path }, options()), 1, pattern,
            10000);
        check(fault, QStringLiteral("`graph --kubeconfig`"),
            runMeshscope(graphArgs(QUrl(QStringLiteral("http://127.0.0.1:9")), 60)
                    + QStringList { QStringLiteral("--kubeconfig"), path },
                options()),
            1, pattern, 10000);
    }

    // Watches cut under the window's session: each informer resumes from its resourceVersion (no relist) and
    // every change made meanwhile arrives exactly once; the status bar goes back to Connected.
    void watchesCut()
    {
        const QString surface = QStringLiteral("window's cluster session (lists, status bar)");
        WatchedSession window;
        QVERIFY2(window.open(m_sim.kubeconfig()), qPrintable(window.session.error() + window.status.message()));
        const int lists = window.configMaps->listCount();
        ApiClient api(m_sim);
        const QString path = QStringLiteral("/api/v1/namespaces/default/configmaps");

        QElapsedTimer clock;
        clock.start();
        // The informers say Watching once they have asked: a change arriving proves the stream is open.
        QCOMPARE(api.request("POST", path, m_sim.token(), configMap(QStringLiteral("before-cut"))).status, 201);
        QVERIFY(window.arrivedOnce({ QStringLiteral("before-cut") }));
        QVERIFY(m_sim.dropWatches() > 0);
        QCOMPARE(api.request("POST", path, m_sim.token(), configMap(QStringLiteral("cut-once"))).status, 201);
        QVERIFY(window.arrivedOnce({ QStringLiteral("cut-once") }));
        QVERIFY2(window.connected(), qPrintable(window.status.message()));
        QCOMPARE(window.configMaps->listCount(), lists);
        record(QStringLiteral("every watch cut mid-stream"), surface,
            QStringLiteral("recovered in %1 s: resumed without a relist, the change made meanwhile arrived once")
                .arg(seconds(clock)));

        // Cut every second: the informers back off (fast here) and keep resuming; nothing is lost or doubled.
        window.configMaps->setBackoff(100, 400);
        QVERIFY(m_sim.setApiFaults({ { QStringLiteral("dropWatchesAfterMs"), 1000 } }));
        QVERIFY(m_sim.dropWatches() >= 0); // the open ones had no timer yet
        clock.restart();
        QStringList names;
        for (int i = 0; i < 3; ++i) {
            const int watches = window.configMaps->watchCount();
            QVERIFY(waitUntil([&] { return window.configMaps->watchCount() > watches; }, 20000)); // one more cut
            names << QStringLiteral("cut-often-%1").arg(i);
            QCOMPARE(api.request("POST", path, m_sim.token(), configMap(names.last())).status, 201);
        }
        QVERIFY(window.arrivedOnce(names));
        QVERIFY(m_sim.clearApiFaults());
        QVERIFY2(window.connected(), qPrintable(window.status.message()));
        QCOMPARE(window.configMaps->listCount(), lists);
        record(QStringLiteral("watches cut every 1 s"), surface,
            QStringLiteral("recovered in %1 s: 3 changes arrived once each over %2 watches, no relist")
                .arg(seconds(clock))
                .arg(window.configMaps->watchCount()));
    }

    // A simulator that keeps only 5 change events: a watch resumed after more changes than that gets 410 Gone and
    // the informer lists again. Then its admin token is rotated under a kubeconfig that reads a token file: the
    // status bar says Unauthorized until the file has the new token, and the session recovers by itself.
    void goneAndTokenRotation()
    {
        const QString surface = QStringLiteral("window's cluster session (lists, status bar)");
        SimProcess sim;
        QVERIFY2(sim.start({ QStringLiteral("--watch-history"), QStringLiteral("5") }), qPrintable(sim.error()));
        const auto admin = Kubeconfig::load({ sim.kubeconfig() });
        QVERIFY2(admin.ok(), qPrintable(admin.error));
        const QString tokenPath = m_dir.filePath(QStringLiteral("rotating-token"));
        QVERIFY(writeFile(tokenPath, sim.token() + '\n'));
        QVERIFY(writeFile(
            m_dir.filePath(QStringLiteral("token-ca.pem")), admin.selection->cluster.certificateAuthorityData));
        const QString kubeconfig = m_dir.filePath(QStringLiteral("token-file.kubeconfig"));
        QVERIFY(writeFile(kubeconfig,
            "apiVersion: v1\nkind: Config\ncurrent-context: t\ncontexts:\n- name: t\n  context: {cluster: sim, user: "
            "file}\nclusters:\n- name: sim\n  cluster:\n    server: "
                + admin.selection->cluster.server.toString().toUtf8()
                + "\n    certificate-authority: token-ca.pem\nusers:\n- name: file\n  user:\n    tokenFile: "
                  "rotating-token\n"));
        WatchedSession window;
        QVERIFY2(window.open(kubeconfig), qPrintable(window.session.error() + window.status.message()));
        ApiClient api(sim);
        const QString path = QStringLiteral("/api/v1/namespaces/default/configmaps");

        // 410: the re-watch waits 3 s (its back-off), meanwhile 8 changes push its resourceVersion out of history.
        window.configMaps->setBackoff(3000, 3000);
        const int lists = window.configMaps->listCount();
        QElapsedTimer clock;
        QCOMPARE(api.request("POST", path, sim.token(), configMap(QStringLiteral("before-cut"))).status, 201);
        QVERIFY(window.arrivedOnce({ QStringLiteral("before-cut") })); // the stream is open
        clock.start();
        QVERIFY(sim.dropWatches() > 0);
        QStringList names;
        for (int i = 0; i < 8; ++i) {
            names << QStringLiteral("gone-%1").arg(i);
            QCOMPARE(api.request("POST", path, sim.token(), configMap(names.last())).status, 201);
        }
        QVERIFY(window.arrivedOnce(names));
        QVERIFY2(window.connected(), qPrintable(window.status.message()));
        QCOMPARE(window.configMaps->listCount(), lists + 1); // the 410 relisted, once
        record(QStringLiteral("410 Gone on re-watch (history compacted)"), surface,
            QStringLiteral("recovered in %1 s: relisted once, 8 changes arrived once each").arg(seconds(clock)));

        // The token is rotated; the file still holds the old one: every re-watch gets 401, the status says so.
        window.configMaps->setBackoff(200, 1000);
        const QByteArray rotated = sim.rotateAdminToken();
        QVERIFY(!rotated.isEmpty());
        clock.restart();
        QVERIFY(sim.dropWatches() > 0);
        QVERIFY2(waitUntil(
                     [&] {
                         return window.status.state() == ConnectionStatus::State::Reconnecting
                             && window.status.message().contains(QStringLiteral("Unauthorized"));
                     },
                     20000),
            qPrintable(window.status.message()));
        const QString shown = window.status.stateText();
        QVERIFY2(shown.contains(QStringLiteral("context t")), qPrintable(shown));
        QVERIFY(!shown.contains(QString::fromLatin1(rotated)) && !shown.contains(QString::fromLatin1(sim.token())));
        record(QStringLiteral("token rotated, token file still old"), surface,
            QStringLiteral("after %1 s the status bar says: %2").arg(seconds(clock), shown.left(110)));

        // The file gets the new token (as a kubelet rotates a projected token): read again, the session recovers.
        clock.restart();
        QVERIFY(writeFile(tokenPath, rotated + '\n'));
        QVERIFY2(window.connected(), qPrintable(window.status.message()));
        QCOMPARE(api.request("POST", path, rotated, configMap(QStringLiteral("after-rotation"))).status, 201);
        QVERIFY(window.arrivedOnce({ QStringLiteral("after-rotation") }));
        record(QStringLiteral("token file updated with the new token"), surface,
            QStringLiteral("recovered in %1 s without reconnecting; changes arrive again").arg(seconds(clock)));
    }

    // The window, offscreen: a dead Prometheus, a broken kubeconfig or a refused token still give a window, and
    // the screenshot shows the reason (checked through the texts the window showed when it was grabbed).
    void windowFaults_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("kubeconfig"); // "api": a BadHttpServer answering 401; "sim": the simulator
        QTest::addColumn<QStringList>("shown"); // each must be on a line of the window's texts
        QTest::newRow("Prometheus 503 and a garbage kubeconfig")
            << QStringLiteral("graph") << testDataPath(QStringLiteral("kubeconfig/garbage.yaml"))
            << QStringList { QStringLiteral("cluster is not available: .*garbage\\.yaml:1:1") };
        QTest::newRow("Prometheus 503, cluster fine") << QStringLiteral("graph") << QStringLiteral("sim")
                                                      << QStringList { QStringLiteral("unavailable \\(HTTP 503\\)") };
        QTest::newRow("API 401 (token rejected)") << QStringLiteral("workloads") << QStringLiteral("api")
                                                  << QStringList { QStringLiteral("Unauthorized.*context prod") };
    }

    void windowFaults()
    {
        QFETCH(QString, page);
        QFETCH(QString, kubeconfig);
        QFETCH(QStringList, shown);
        BadHttpServer prometheus;
        prometheus.setDefault(BadReply::text(503, "upstream down"));
        BadHttpServer api;
        api.setDefault(BadReply::json(401,
            R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"Unauthorized","reason":"Unauthorized",)"
            R"("code":401})"));
        if (kubeconfig == QLatin1String("api"))
            kubeconfig = kubeconfigFor(QStringLiteral("window-api"), api.url());
        else if (kubeconfig == QLatin1String("sim"))
            kubeconfig = m_sim.kubeconfig();
        // scripts/fault-matrix.sh keeps the screenshots to look at; otherwise they go with the temporary directory.
        const QString shots = qEnvironmentVariable("MESHSCOPE_FAULT_MATRIX_SHOTS", m_dir.path());
        QDir().mkpath(shots);
        const QString name = QString::fromUtf8(QTest::currentDataTag())
                                 .section(QLatin1Char(' '), 0, 2)
                                 .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        const QString png = QDir(shots).filePath(QStringLiteral("window-%1-%2.png").arg(page, name));
        const QString texts = QDir(shots).filePath(QStringLiteral("window-%1-%2.txt").arg(page, name));
        QUrl url = prometheus.url();
        url.setUserName(QStringLiteral("alice"));
        const CommandResult run = runMeshscope(
            { QStringLiteral("--screenshot"), png, QStringLiteral("--screenshot-text"), texts, QStringLiteral("--page"),
                page, QStringLiteral("--prometheus"), url.toString(), QStringLiteral("--kubeconfig"), kubeconfig },
            options());
        QFile file(texts);
        const QByteArray onScreen = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        const QByteArray all = run.out + run.err + onScreen;
        const bool leaked = all.contains(promPassword) || all.contains(apiToken);
        QStringList found;
        for (const QString& pattern : shown) {
            const QRegularExpression expected(pattern);
            for (const QString& line : QString::fromUtf8(onScreen).split(QLatin1Char('\n'))) {
                if (expected.match(line).hasMatch()) {
                    found << line.left(90);
                    break;
                }
            }
        }
        const QString outcome = run.crashed ? QStringLiteral("**crash**")
            : run.timedOut                  ? QStringLiteral("**hang**")
                                            : QStringLiteral("exit %1 in %2 s; the screenshot shows: %3")
                                 .arg(run.exitCode)
                                 .arg(double(run.elapsedMs) / 1000.0, 0, 'f', 1)
                                 .arg(found.join(QStringLiteral(" / ")));
        record(QString::fromUtf8(QTest::currentDataTag()), QStringLiteral("window (offscreen, `--page %1`)").arg(page),
            leaked ? outcome + QStringLiteral(" **credential leaked**") : outcome);
        QVERIFY2(!run.crashed && !run.timedOut && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs < 30000, qPrintable(run.describe()));
        QVERIFY(!leaked);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QSet<QRgb> colours; // a blank or half-painted window has very few
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY2(found.size() == shown.size(),
            qPrintable(QStringLiteral("expected %1 on screen, it showed:\n%2")
                           .arg(shown.join(QStringLiteral(", ")), QString::fromUtf8(onScreen))));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
