// Export of a graph: Kiali's JSON (shape, number formats, ids), DOT and SVG through Graphviz.

#include "goldenfixture.h"
#include "models/graph/graphexport.h"

#include <QTest>
#include <thread>

using namespace meshscope::graph;

class TstGraphExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_graph = goldenfixture::bookinfoGraph(GraphType::VersionedApp); }
    void kialiRates_data();
    void kialiRates();
    void kialiJsonShape();
    void dot();
    void svg();
    void svgFromSeveralThreads();
    void svgOfEmptyGraph();

private:
    Graph m_graph;
};

void TstGraphExport::kialiRates_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << 20.0 << "20.00";
    QTest::newRow("two decimals") << 33.333333 << "33.33";
    QTest::newRow("small") << 0.0123 << "0.01";
    QTest::newRow("smaller") << 0.00123 << "0.001";
    QTest::newRow("tiny") << 0.0000123 << "0.00001";
    QTest::newRow("below five digits") << 0.000000123 << "0.00000";
    QTest::newRow("zero") << 0.0 << "0.00";
}

void TstGraphExport::kialiRates()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(kialiRate(value), text);
}

void TstGraphExport::kialiJsonShape()
{
    const QJsonObject json = toKialiJson(m_graph);
    QCOMPARE(json.value(QStringLiteral("timestamp")).toInteger(), 1523364075);
    QCOMPARE(json.value(QStringLiteral("duration")).toInt(), 600);
    QCOMPARE(json.value(QStringLiteral("graphType")).toString(), QStringLiteral("versionedApp"));
    const QJsonArray nodes = json[QStringLiteral("elements")][QStringLiteral("nodes")].toArray();
    const QJsonArray edges = json[QStringLiteral("elements")][QStringLiteral("edges")].toArray();
    QCOMPARE(nodes.size(), 14);
    QCOMPARE(edges.size(), 18);
    // Boxes first (Kiali: parents before children); ids are sha256 of Kiali's internal ids.
    const QJsonObject box = nodes.first()[QStringLiteral("data")].toObject();
    QCOMPARE(box.value(QStringLiteral("isBox")).toString(), QStringLiteral("app"));
    QCOMPARE(box.value(QStringLiteral("id")).toString(), kialiHash(QStringLiteral("box_east_bookinfo_reviews")));
    for (const QJsonValue& edge : edges) {
        const QJsonObject d = edge[QStringLiteral("data")].toObject();
        const QString protocol = d[QStringLiteral("traffic")][QStringLiteral("protocol")].toString();
        QCOMPARE(d.value(QStringLiteral("id")).toString(),
            kialiHash(d.value(QStringLiteral("source")).toString() + QLatin1Char('.')
                + d.value(QStringLiteral("target")).toString() + QLatin1Char('.') + protocol));
        const QJsonObject rates = d[QStringLiteral("traffic")][QStringLiteral("rates")].toObject();
        QVERIFY(rates.value(protocol).isString());
        QVERIFY(rates.value(protocol).toString().contains(QLatin1Char('.')));
    }
    // Kiali's golden file says the same (compared line by line in tst_kialigolden).
    QString error;
    const QJsonDocument golden
        = goldenfixture::readJson(QStringLiteral("test_versioned_app_graph.expected.json"), &error);
    QCOMPARE(goldenfixture::describe(json), goldenfixture::describe(golden.object()));
}

void TstGraphExport::dot()
{
    const QByteArray dot = toDot(m_graph);
    QVERIFY(dot.startsWith("digraph meshscope {"));
    QVERIFY(dot.contains("subgraph cluster_0")); // the reviews app box
    QVERIFY(dot.contains("\"vapp_east_bookinfo_productpage-v1\" -> \"vapp_east_bookinfo_details-v1\""));
    QVERIFY(dot.contains("80.00 rps\\n50.0% err"));
    QCOMPARE(dot.count("->"), m_graph.edges.size());
    QVERIFY(dot.trimmed().endsWith('}'));
}

void TstGraphExport::svg()
{
    QString error;
    const QByteArray svg = toSvg(m_graph, &error);
    QVERIFY2(!svg.isEmpty(), qPrintable(error));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("reviews:v2"));
    QVERIFY(svg.contains("productpage:v1"));
    QCOMPARE(svg.count("class=\"edge\""), m_graph.edges.size());
}

void TstGraphExport::svgFromSeveralThreads()
{
    // Graphviz is not thread-safe; graphvizMutex() serialises it.
    QList<QByteArray> results(4);
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([this, &results, i] { results[i] = toSvg(m_graph); });
    for (std::thread& thread : threads)
        thread.join();
    for (const QByteArray& svg : results)
        QVERIFY(svg.contains("</svg>"));
}

void TstGraphExport::svgOfEmptyGraph()
{
    QString error;
    const QByteArray svg = toSvg(Graph {}, &error);
    QVERIFY2(svg.contains("<svg"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstGraphExport)
#include "tst_graphexport.moc"
