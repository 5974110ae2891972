// The fault matrix: the real `meshscope` binary (headless commands and an offscreen window) against a
// misbehaving Prometheus, a misbehaving API server, broken credentials and the simulator's fault knobs. For every
// fault and surface: no crash, no hang (each run ends well within its bound), the expected exit code, a message
// that names the problem, and no credential in any output. Each case adds a row (fault | surface | outcome) to the
// file named by MESHSCOPE_FAULT_MATRIX, which scripts/fault-matrix.sh prints.
#include "support/badhttpserver.h"
#include "support/processes.h"
#include "support/simprocess.h"
#include "support/testdata.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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
            << QStringList { QStringLiteral("--prometheus-max-body-mb"), QStringLiteral("1") } << 1 << "larger than";
        QTest::newRow("never-ending body (cap 1 MB)")
            << BadReply::endless(vectorPrefix, "{},")
            << QStringList { QStringLiteral("--prometheus-max-body-mb"), QStringLiteral("1") } << 1 << "larger than";
        QTest::newRow("redirect loop") << BadReply::redirect("/loop") << QStringList() << 1 << "redirect";
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
            QStringLiteral("slow down"), 15000);
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
        for (const auto& [fault, plugin, pattern] :
            { std::tuple { QStringLiteral("exec plugin prints garbage"), garbage, QStringLiteral("ExecCredential") },
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

    // The window, offscreen: a dead Prometheus and a broken kubeconfig still give a window (a screenshot) and
    // no crash or hang.
    void windowFaults()
    {
        BadHttpServer prometheus;
        prometheus.setDefault(BadReply::text(503, "upstream down"));
        const QString png = m_dir.filePath(QStringLiteral("graph.png"));
        QUrl url = prometheus.url();
        url.setUserName(QStringLiteral("alice"));
        const CommandResult run
            = runMeshscope({ QStringLiteral("--screenshot"), png, QStringLiteral("--page"), QStringLiteral("graph"),
                               QStringLiteral("--prometheus"), url.toString(), QStringLiteral("--kubeconfig"),
                               testDataPath(QStringLiteral("kubeconfig/garbage.yaml")) },
                options());
        check(QStringLiteral("Prometheus 503 and a garbage kubeconfig"), QStringLiteral("window (offscreen)"), run, 0,
            QString(), 30000);
        QVERIFY(!QImage(png).isNull());
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
