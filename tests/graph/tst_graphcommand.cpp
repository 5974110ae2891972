// `meshscope graph` end to end: the real meshscope-sim (bookinfo) scraped by the real Prometheus, the real
// meshscope binary, the real kubectl. The bookinfo graph has the expected nodes and edges, and after
// `kubectl apply` of reviews weights 20/30/50 the graph's reviews v1/v2/v3 shares follow (±5 points).

#include "graphcommandrunner.h"
#include "support/prometheusserver.h"
#include "support/simprocess.h"
#include "support/testdata.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;
using graphcommand::meshscopeGraph;

class TstGraphCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badArguments_data();
    void badArguments();
    void bookinfoGraph();
    void formats();
    void reviewsFollowWeights();

private:
    bool sharesFollow(int v1, int v2, int v3, QString* figures);
    QStringList base(const QString& type, const QString& duration) const
    {
        return { QStringLiteral("--prometheus"), m_prometheus.url().toString(), QStringLiteral("--namespaces"),
            QStringLiteral("bookinfo"), QStringLiteral("--type"), type, QStringLiteral("--duration"), duration };
    }

    SimProcess m_sim;
    PrometheusServer m_prometheus;
};

void TstGraphCommand::initTestCase()
{
    QVERIFY2(QFile::exists(graphcommand::meshscopeExe()), qPrintable(graphcommand::meshscopeExe()));
    QVERIFY2(m_sim.start({ QStringLiteral("--scenario"), QStringLiteral("bookinfo") }), qPrintable(m_sim.error()));
    QVERIFY2(m_prometheus.scrape(m_sim.metrics()), qPrintable(m_prometheus.error()));
}

void TstGraphCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no prometheus") << QStringList { "--namespaces", "a" } << "--prometheus";
    QTest::newRow("no namespaces") << QStringList { "--prometheus", "http://127.0.0.1:1" } << "--namespaces";
    QTest::newRow("type") << QStringList { "--prometheus", "http://127.0.0.1:1", "--namespaces", "a", "--type", "x" }
                          << "--type";
    QTest::newRow("duration") << QStringList { "--prometheus", "http://127.0.0.1:1", "--namespaces", "a", "--duration",
        "5 minutes" } << "--duration";
    QTest::newRow("format") << QStringList { "--prometheus", "http://127.0.0.1:1", "--namespaces", "a", "--format",
        "png" } << "--format";
    QTest::newRow("response time") << QStringList { "--prometheus", "http://127.0.0.1:1", "--namespaces", "a",
        "--response-time", "p95" } << "--response-time";
    QTest::newRow("health tolerances") << QStringList { "--prometheus", "http://127.0.0.1:1", "--namespaces", "a",
        "--health-tolerances", "5XX,high,10" }
                                       << "--health-tolerances";
}

void TstGraphCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const graphcommand::Run run = meshscopeGraph(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TstGraphCommand::bookinfoGraph()
{
    // Waits until Prometheus has scraped enough for every bookinfo edge to show up in a 30 s window.
    const QStringList expectedEdges = { "productpage:v1 -> details:v1 http", "productpage:v1 -> reviews:v1 http",
        "productpage:v1 -> reviews:v2 http", "productpage:v1 -> reviews:v3 http", "reviews:v2 -> ratings:v1 http",
        "reviews:v3 -> ratings:v1 http" };
    QHash<QString, QJsonObject> edges;
    QStringList nodes;
    graphcommand::Run run;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        run = meshscopeGraph(base(QStringLiteral("versionedApp"), QStringLiteral("30s")));
        nodes.clear();
        edges = graphcommand::edgesByName(run.json(), &nodes);
        if (run.exitCode == 0 && std::all_of(expectedEdges.cbegin(), expectedEdges.cend(), [&](const QString& e) {
                return edges.contains(e);
            }))
            break;
        QTest::qWait(2000);
    }
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (const QString& edge : expectedEdges)
        QVERIFY2(edges.contains(edge),
            qPrintable(edge + QStringLiteral(" missing; have: ") + edges.keys().join(QStringLiteral(", "))));
    for (const char* node : { "productpage:v1", "details:v1", "reviews:v1", "reviews:v2", "reviews:v3", "ratings:v1" })
        QVERIFY2(nodes.contains(QLatin1String(node)), node);
    QVERIFY2(!edges.contains(QStringLiteral("reviews:v1 -> ratings:v1 http")), "reviews v1 does not call ratings");
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("graphType")).toString(), QStringLiteral("versionedApp"));
    QCOMPARE(json.value(QStringLiteral("duration")).toInt(), 30);
    // Edge data as Kiali writes it: rates as strings, a response time and mTLS from the appenders.
    const QJsonObject details = edges.value(QStringLiteral("productpage:v1 -> details:v1 http"));
    QVERIFY(graphcommand::rate(details, QStringLiteral("http")) > 0);
    QVERIFY(details.value(QStringLiteral("responseTime")).isString());
    QCOMPARE(details.value(QStringLiteral("isMTLS")).toString(), QStringLiteral("100"));
    qInfo("bookinfo graph: %lld nodes, %lld edges", qlonglong(nodes.size()), qlonglong(edges.size()));

    // With the cluster: Kubernetes adds its appenders (here: the root ingress gateway stays, nothing breaks).
    const graphcommand::Run withCluster = meshscopeGraph(base(QStringLiteral("service"), QStringLiteral("30s"))
        + QStringList { QStringLiteral("--kubeconfig"), m_sim.kubeconfig() });
    QVERIFY2(withCluster.exitCode == 0, withCluster.err.constData());
    const QHash<QString, QJsonObject> serviceEdges = graphcommand::edgesByName(withCluster.json());
    QVERIFY2(serviceEdges.contains(QStringLiteral("svc:productpage -> svc:reviews http")),
        qPrintable(serviceEdges.keys().join(QStringLiteral(", "))));
}

void TstGraphCommand::formats()
{
    const graphcommand::Run dot = meshscopeGraph(base(QStringLiteral("workload"), QStringLiteral("1m"))
        + QStringList { QStringLiteral("--format"), QStringLiteral("dot") });
    QVERIFY2(dot.exitCode == 0, dot.err.constData());
    QVERIFY(dot.out.startsWith("digraph meshscope {"));
    QVERIFY(dot.out.contains("wl_Kubernetes_bookinfo_productpage-v1") || dot.out.contains("productpage-v1"));
    const graphcommand::Run svg = meshscopeGraph(base(QStringLiteral("workload"), QStringLiteral("1m"))
        + QStringList { QStringLiteral("--format"), QStringLiteral("svg") });
    QVERIFY2(svg.exitCode == 0, svg.err.constData());
    QVERIFY(svg.out.contains("<svg"));
    QVERIFY(svg.out.contains("productpage&#45;v1")); // Graphviz writes - as &#45;
    // Prometheus down: a clear error, exit code 1.
    const graphcommand::Run down = meshscopeGraph(
        { QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort()),
            QStringLiteral("--namespaces"), QStringLiteral("bookinfo") });
    QCOMPARE(down.exitCode, 1);
    QVERIFY2(down.err.contains("Prometheus"), down.err.constData());
}

// Applies reviews weights v1/v2/v3 and waits until the graph's productpage → reviews shares follow them (±5 points)
// in a 15 s window that starts after the change (plus scrape slack).
bool TstGraphCommand::sharesFollow(int v1, int v2, int v3, QString* figures)
{
    const CommandResult apply = m_sim.kubectl(
        { QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, {}, reviewsWeights(v1, v2, v3));
    if (!apply.ok()) {
        *figures = QStringLiteral("kubectl apply failed: ") + apply.describe();
        return false;
    }
    const QDateTime applied = QDateTime::currentDateTimeUtc();
    const QMap<QString, double> expected { { QStringLiteral("v1"), v1 }, { QStringLiteral("v2"), v2 },
        { QStringLiteral("v3"), v3 } };
    bool within = false;
    QElapsedTimer clock;
    clock.start();
    while (!within && clock.elapsed() < 60000) {
        if (applied.msecsTo(QDateTime::currentDateTimeUtc()) < 18000) {
            QTest::qWait(500);
            continue;
        }
        const graphcommand::Run run = meshscopeGraph(base(QStringLiteral("versionedApp"), QStringLiteral("15s")));
        const QHash<QString, QJsonObject> edges = graphcommand::edgesByName(run.json());
        QMap<QString, double> rates;
        double total = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const double r = graphcommand::rate(
                edges.value(QStringLiteral("productpage:v1 -> reviews:%1 http").arg(it.key())), QStringLiteral("http"));
            rates[it.key()] = r;
            total += r;
        }
        figures->clear();
        within = total > 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const double share = total > 0 ? 100 * rates.value(it.key()) / total : 0;
            *figures += QStringLiteral("%1 %2% ").arg(it.key()).arg(share, 0, 'f', 1);
            within = within && qAbs(share - it.value()) <= 5;
        }
        if (!within)
            QTest::qWait(2000);
    }
    qInfo("reviews %d/%d/%d: shares in the graph (15 s window): %s", v1, v2, v3, qPrintable(*figures));
    return within;
}

void TstGraphCommand::reviewsFollowWeights()
{
    const CommandResult subsets
        = m_sim.kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, {}, reviewsSubsets());
    QVERIFY2(subsets.ok(), qPrintable(subsets.describe()));
    QString figures;
    QVERIFY2(sharesFollow(20, 30, 50, &figures), qPrintable(figures));
    // A second weight set: the shares move with the VirtualService, not by chance.
    QVERIFY2(sharesFollow(80, 10, 10, &figures), qPrintable(figures));

    // With the cluster, the reviews service carries the badges of the applied VirtualService (Kiali's istio
    // appender): traffic shifting.
    const graphcommand::Run withCluster = meshscopeGraph(base(QStringLiteral("service"), QStringLiteral("30s"))
        + QStringList { QStringLiteral("--kubeconfig"), m_sim.kubeconfig() });
    QVERIFY2(withCluster.exitCode == 0, withCluster.err.constData());
    bool badged = false;
    for (const QJsonValue& node : withCluster.json()[QStringLiteral("elements")][QStringLiteral("nodes")].toArray()) {
        const QJsonObject d = node[QStringLiteral("data")].toObject();
        if (d.value(QStringLiteral("service")).toString() == QLatin1String("reviews")) {
            badged = d.value(QStringLiteral("hasTrafficShifting")).toBool() && d.contains(QStringLiteral("hasVS"));
            QVERIFY2(badged, QJsonDocument(d).toJson().constData());
        }
    }
    QVERIFY(badged);
}

QTEST_GUILESS_MAIN(TstGraphCommand)
#include "tst_graphcommand.moc"
