// Kiali's find/hide expressions over Kiali's bookinfo workload graph (built from Kiali's own test data).

#include "goldenfixture.h"
#include "models/graph/graphfilter.h"

#include <QTest>

using namespace meshscope::graph;

class TstGraphFilter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_graph = goldenfixture::bookinfoGraph(); }
    void nodes_data();
    void nodes();
    void edges_data();
    void edges();
    void errors_data();
    void errors();
    void emptyFilter();

private:
    Graph m_graph;
};

void TstGraphFilter::nodes_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("expected"); // display names of the matching nodes, sorted
    QTest::newRow("name") << "name = reviews-v2" << QStringList { "reviews-v2" };
    QTest::newRow("name app label") << "name = reviews" << QStringList { "reviews-v1", "reviews-v2", "reviews-v3" };
    QTest::newRow("version") << "version = v2" << QStringList { "reviews-v2" };
    QTest::newRow("app and version") << "app = reviews AND version != v2" << QStringList { "reviews-v1", "reviews-v3" };
    QTest::newRow("or") << "name = ratings-v1 OR name = details-v1" << QStringList { "details-v1", "ratings-v1" };
    QTest::newRow("symbols") << "name = ratings-v1 || workload ^= detail" << QStringList { "details-v1", "ratings-v1" };
    QTest::newRow("node type") << "node = service" << QStringList { "unknown" };
    QTest::newRow("node unknown") << "node = unknown" << QStringList { "unknown" };
    QTest::newRow("namespace") << "ns = bankapp" << QStringList { "deposit-v1", "pricing-v1" };
    QTest::newRow("contains") << "name *= page" << QStringList { "productpage-v1" };
    QTest::newRow("not contains") << "namespace = bookinfo AND name !*= v" << QStringList { "kiali-2412" };
    QTest::newRow("ends with") << "workload $= -v3" << QStringList { "reviews-v3" };
    QTest::newRow("root") << "root" << QStringList { "ingressgateway-unknown", "unknown" };
    QTest::newRow("not outside") << "!outside AND ns = bookinfo AND httpin >= 60"
                                 << QStringList { "details-v1", "productpage-v1", "ratings-v1" };
    QTest::newRow("outsider alias") << "outsider"
                                    << QStringList { "deposit-v1", "ingressgateway-unknown", "pricing-v1" };
    QTest::newRow("httpout") << "httpout > 100" << QStringList { "productpage-v1" };
    QTest::newRow("tcpin") << "tcpin > 1000" << QStringList { "tcp-v1" };
    QTest::newRow("failure") << "failure" << QStringList { "details-v1", "ratings-v1", "unknown" };
    QTest::newRow("healthy") << "healthy AND ns = bookinfo"
                             // tcp-v1 only has tcp traffic: no request health
                             << QStringList { "kiali-2412", "productpage-v1", "reviews-v1", "reviews-v2",
                                    "reviews-v3" };
    QTest::newRow("idle") << "idle" << QStringList {};
    QTest::newRow("not idle") << "!idle AND ns = istio-system" << QStringList { "ingressgateway-unknown" };
    QTest::newRow("edge term on nodes") << "rps > 10" << QStringList {};
    QTest::newRow("case insensitive") << "NAME = Reviews-V1 and VERSION = v1" << QStringList { "reviews-v1" };
}

void TstGraphFilter::nodes()
{
    QFETCH(QString, expression);
    QFETCH(QStringList, expected);
    GraphFilter filter;
    QString error;
    QVERIFY2(filter.parse(expression, &error), qPrintable(error));
    QStringList matched;
    for (const Node& node : std::as_const(m_graph.nodes)) {
        if (filter.matches(node))
            matched.append(node.displayName());
    }
    matched.sort();
    QCOMPARE(matched, expected);
}

void TstGraphFilter::edges_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("count");
    // ingress→productpage 100, unknown→productpage 50, unknown→kiali 50, productpage→details 80, grpc v3→deposit 50
    QTest::newRow("rps") << "rps > 40" << 5;
    QTest::newRow("error") << "%error > 5" << 4; // pp→details 50, v2/v3→ratings 33.3, v3→unknown 100
    QTest::newRow("error and rate") << "%error > 40 AND rps > 10" << 1;
    QTest::newRow("traffic") << "%traffic >= 50" << 6;
    QTest::newRow("tcp") << "protocol = tcp" << 3;
    QTest::newRow("tcprate") << "tcprate >= 300" << 2;
    QTest::newRow("grpc") << "protocol = grpc OR rps = 4" << 2;
    QTest::newRow("failure") << "failure" << 4;
    QTest::newRow("not mtls") << "!mtls" << 18; // no security appender in Kiali's test: nothing is mTLS
    QTest::newRow("node term on edges") << "name = reviews" << 0;
}

void TstGraphFilter::edges()
{
    QFETCH(QString, expression);
    QFETCH(int, count);
    GraphFilter filter;
    QString error;
    QVERIFY2(filter.parse(expression, &error), qPrintable(error));
    int matched = 0;
    for (const Edge& edge : std::as_const(m_graph.edges))
        matched += filter.matches(edge) ? 1 : 0;
    QCOMPARE(matched, count);
}

void TstGraphFilter::errors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown flag") << "shiny"
                                  << "unknown expression";
    QTest::newRow("unknown field") << "colour = red"
                                   << "unknown field";
    QTest::newRow("not a number") << "rps > many"
                                  << "needs a number";
    QTest::newRow("ordering text") << "name > b"
                                   << "compares text";
    QTest::newRow("contains number") << "rps *= 1"
                                     << "compares numbers";
    QTest::newRow("dangling and") << "name = a AND "
                                  << "empty expression";
    QTest::newRow("empty side") << "name = a OR  OR root"
                                << "";
}

void TstGraphFilter::errors()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    GraphFilter filter;
    QString error;
    QVERIFY(!filter.parse(expression, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.isEmpty());
    QVERIFY(filter.isEmpty());
}

void TstGraphFilter::emptyFilter()
{
    GraphFilter filter;
    QString error;
    QVERIFY(filter.parse(QStringLiteral("   "), &error));
    QVERIFY(filter.isEmpty());
    QVERIFY(!filter.matches(m_graph.nodes.first()));
}

QTEST_GUILESS_MAIN(TstGraphFilter)
#include "tst_graphfilter.moc"
