// istioctl's analyzer suite (fixtures/istio/analyzers/expected.json, 104 cases, 216 messages) and its two-cluster
// case, replayed case by case: each case runs its one analyzer over its input files and must report exactly the
// expected multiset of code + resource.
#include "analysisfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace meshscope::analysis;
using namespace analysisfixture;

class TestIstioAnalyzers : public QObject
{
    Q_OBJECT
private slots:
    void upstreamCases_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonArray cases
            = QJsonDocument::fromJson(readShared(QStringLiteral("istio/analyzers/expected.json"))).array();
        QVERIFY(cases.size() == 104);
        int index = 0;
        for (const QJsonValue& value : cases) {
            const QJsonObject testCase = value.toObject();
            const QByteArray name = QStringLiteral("%1 %2")
                                        .arg(++index, 3, 10, QLatin1Char('0'))
                                        .arg(testCase.value(QLatin1String("name")).toString())
                                        .toUtf8();
            QTest::newRow(name.constData()) << testCase;
        }
    }

    void upstreamCases()
    {
        QFETCH(QJsonObject, testCase);
        const QString analyzerName = testCase.value(QLatin1String("analyzerName")).toString();
        QStringList unknown;
        const AnalyzerList analyzers = analyzersNamed({ analyzerName }, &unknown);
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("no analyzer ") + analyzerName));
        QStringList inputs;
        for (const QJsonValue& input : testCase.value(QLatin1String("inputs")).toArray())
            inputs << input.toString();
        const HarnessRun result
            = runHarness(analyzers, { { QString(), inputs } }, testCase.value(QLatin1String("meshConfig")).toString(),
                testCase.value(QLatin1String("meshNetworks")).toString());
        QStringList expected;
        for (const QJsonValue& value : testCase.value(QLatin1String("expected")).toArray()) {
            const QJsonObject message = value.toObject();
            expected << message.value(QLatin1String("code")).toString() + QLatin1Char(' ')
                    + message.value(QLatin1String("resource")).toString();
        }
        expected.sort();
        const QStringList actual = codesAndResources(result.run.messages);
        if (actual != expected) {
            for (const AnalysisMessage& message : result.run.messages)
                qInfo().noquote() << "  got:" << message.toLogLine();
        }
        QCOMPARE(actual, expected);
        // The suite's analyzers are general: every message renders its template completely.
        for (const AnalysisMessage& message : result.run.messages)
            QVERIFY2(!message.text().contains(QLatin1String("%!")), qPrintable(message.toLogLine()));
    }

    void twoClusters()
    {
        const QString tsv = QString::fromUtf8(readShared(QStringLiteral("istio/analyzers/expected-multicluster.tsv")));
        QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeFirst();
        QStringList expected;
        QString cluster1;
        QString cluster2;
        QString analyzer;
        for (const QString& line : std::as_const(lines)) {
            const QStringList columns = line.split(QLatin1Char('\t'));
            cluster1 = columns.at(0).mid(QStringLiteral("analyzers/").size());
            cluster2 = columns.at(1).mid(QStringLiteral("analyzers/").size());
            analyzer = columns.at(2);
            expected << columns.at(3) + QLatin1Char(' ') + columns.at(5);
        }
        expected.sort();
        const HarnessRun result = runHarness(analyzersNamed({ analyzer }),
            { { QStringLiteral("cluster1"), { cluster1 } }, { QStringLiteral("cluster2"), { cluster2 } } });
        QCOMPARE(codesAndResources(result.run.messages), expected);
    }
};

QTEST_GUILESS_MAIN(TestIstioAnalyzers)
#include "tst_istioanalyzers.moc"
