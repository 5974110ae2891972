// `meshscope analyze` as a user runs it: istioctl's own CLI cases (fixtures/istio/istioctl/analyze), the three
// output formats, stdin, directories, thresholds and exit codes (0, 79, 1, 2).
#include "support/processes.h"
#include "support/testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run analyze(const QStringList& arguments, const QByteArray& input = {})
{
    meshscope::testing::RunOptions options;
    options.input = input;
    options.timeoutMs = 60000;
    const meshscope::testing::CommandResult result = meshscope::testing::runProcess(
        meshscope::testing::meshscopeExecutable(), QStringList { QStringLiteral("analyze") } + arguments, options);
    return { result.exitCode, QString::fromUtf8(result.out), QString::fromUtf8(result.err) };
}

QString cliFixture(const QString& name)
{
    return meshscope::testing::sharedPath(
        QStringLiteral("fixtures/istio/istioctl/analyze/testdata/analyze-file/") + name);
}

// A VirtualService in namespace shop whose routes point at a host, a subset and a gateway that do not exist.
const QByteArray brokenRouting = R"(apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: checkout
  namespace: shop
spec:
  hosts:
  - checkout
  gateways:
  - shop-gateway
  http:
  - route:
    - destination:
        host: checkout
        subset: blue
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: payments
  namespace: shop
spec:
  host: payments
  trafficPolicy:
    tls:
      mode: SIMPLE
)";

} // namespace

class TestAnalyzeCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // istioctl/pkg/analyze/analyze_test.go: TestSkipPodsInFiles and TestRunSpecificAnalyzer.
    void istioctlCases_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("pods in files are skipped") << QStringList { QStringLiteral("-A"),
            QStringLiteral("--use-kube=false"), QStringLiteral("--failure-threshold"), QStringLiteral("ERROR"),
            cliFixture(QStringLiteral("public-gateway.yaml")) }
                                                   << 0;
        QTest::newRow("failed with all analyzers")
            << QStringList { QStringLiteral("--use-kube=false"), cliFixture(QStringLiteral("specific-analyzer.yaml")) }
            << 79;
        QTest::newRow("failed with specific analyzer") << QStringList { QStringLiteral("--use-kube=false"),
            QStringLiteral("--analyzer"), QStringLiteral("schema.ValidationAnalyzer.Gateway"),
            cliFixture(QStringLiteral("specific-analyzer.yaml")) }
                                                       << 79;
        QTest::newRow("passed with specific analyzer") << QStringList { QStringLiteral("--use-kube=false"),
            QStringLiteral("--analyzer"), QStringLiteral("gateway.ConflictingGatewayAnalyzer"),
            cliFixture(QStringLiteral("specific-analyzer.yaml")) }
                                                       << 0;
    }

    void istioctlCases()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = analyze(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    }

    void logOutput()
    {
        const QString file = write(QStringLiteral("shop.yaml"), brokenRouting);
        const Run run
            = analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("-n"), QStringLiteral("shop"), file });
        QCOMPARE(run.exitCode, 79);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        // Sorted as istioctl sorts: errors before warnings, then by code.
        QVERIFY2(
            lines.contains(QStringLiteral("Error [IST0101] (VirtualService shop/checkout %1:10) Referenced gateway "
                                          "not found: \"shop-gateway\"")
                               .arg(file)),
            qPrintable(run.out));
        QVERIFY2(
            lines.contains(QStringLiteral("Warning [IST0128] (DestinationRule shop/payments %1:17) DestinationRule "
                                          "shop/payments in namespace shop has TLS mode set to SIMPLE but no "
                                          "caCertificates are set to validate server identity for host: payments")
                               .arg(file)),
            qPrintable(run.out));
        QVERIFY(lines.first().startsWith(QLatin1String("Error")));
        QVERIFY(run.err.contains(QLatin1String("Analyzers found issues when analyzing namespace: shop.")));
    }

    void jsonAndYamlOutput()
    {
        const QString file = write(QStringLiteral("shop.yaml"), brokenRouting);
        const Run json = analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("-A"), QStringLiteral("-o"),
            QStringLiteral("json"), file });
        // istioctl only turns findings into exit code 79 in log format.
        QCOMPARE(json.exitCode, 0);
        const QJsonArray messages = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY2(!messages.isEmpty(), qPrintable(json.out));
        bool found = false;
        for (const QJsonValue& value : messages) {
            const QJsonObject message = value.toObject();
            QCOMPARE(message.keys(),
                QStringList({ QStringLiteral("code"), QStringLiteral("documentationUrl"), QStringLiteral("level"),
                    QStringLiteral("message"), QStringLiteral("origin"), QStringLiteral("reference") }));
            if (message.value(QLatin1String("code")).toString() == QLatin1String("IST0128")) {
                found = true;
                QCOMPARE(
                    message.value(QLatin1String("origin")).toString(), QStringLiteral("DestinationRule shop/payments"));
                QCOMPARE(message.value(QLatin1String("level")).toString(), QStringLiteral("Warning"));
                QCOMPARE(message.value(QLatin1String("reference")).toString(), file + QStringLiteral(":17"));
                QCOMPARE(message.value(QLatin1String("documentationUrl")).toString(),
                    QStringLiteral("https://istio.io/v1.32/docs/reference/config/analysis/ist0128/"));
            }
        }
        QVERIFY(found);
        QVERIFY(json.out.startsWith(QLatin1String("[\n\t{\n\t\t\"code\": ")));

        const Run yaml = analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("-A"), QStringLiteral("-o"),
            QStringLiteral("yaml"), file });
        QCOMPARE(yaml.exitCode, 0);
        QVERIFY2(yaml.out.contains(QLatin1String("- code: IST0128\n  documentationUrl: ")), qPrintable(yaml.out));
        QVERIFY(yaml.out.contains(QLatin1String("  origin: DestinationRule shop/payments\n")));
    }

    void thresholds()
    {
        const QString file
            = write(QStringLiteral("payments.yaml"), brokenRouting.mid(brokenRouting.indexOf("---") + 4));
        // Only a warning: below the default failure threshold, at the Warning one.
        QCOMPARE(analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("-A"), file }).exitCode, 0);
        QCOMPARE(analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("-A"),
                             QStringLiteral("--failure-threshold"), QStringLiteral("warning"), file })
                     .exitCode,
            79);
        const Run quiet = analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("-A"),
            QStringLiteral("--output-threshold"), QStringLiteral("Error"), file });
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.out.trimmed(), QString());
        QVERIFY(quiet.err.contains(QString::fromUtf8("\u2714 No validation issues found when analyzing ") + file));
    }

    void stdinAndDirectories()
    {
        const Run piped
            = analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("-A"), QStringLiteral("-") }, brokenRouting);
        QCOMPARE(piped.exitCode, 79);
        QVERIFY2(piped.out.contains(QLatin1String("(VirtualService shop/checkout -:10)")), qPrintable(piped.out));

        QDir(m_dir.path()).mkpath(QStringLiteral("tree/nested"));
        write(QStringLiteral("tree/nested/shop.yml"), brokenRouting);
        write(QStringLiteral("tree/notes.txt"), "not yaml");
        const Run tree = analyze(
            { QStringLiteral("--use-kube=false"), QStringLiteral("-A"), m_dir.filePath(QStringLiteral("tree")) });
        QCOMPARE(tree.exitCode, 79);
        QVERIFY(tree.out.contains(QLatin1String("nested/shop.yml:10")));
        QVERIFY(tree.err.contains(QLatin1String("Skipping file ")));
    }

    void errorsAndBadArguments()
    {
        QCOMPARE(
            analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("-o"), QStringLiteral("xml") }).exitCode, 2);
        QCOMPARE(analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("--failure-threshold"),
                             QStringLiteral("fatal") })
                     .exitCode,
            2);
        QCOMPARE(analyze({ QStringLiteral("--no-such-flag") }).exitCode, 2);
        QCOMPARE(
            analyze({ QStringLiteral("--use-kube=false"), m_dir.filePath(QStringLiteral("missing.yaml")) }).exitCode,
            1);
        const QString broken = write(QStringLiteral("broken.yaml"), "kind: [unclosed\n---\napiVersion: v1\n");
        const Run run = analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("-A"), broken });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("Some files couldn't be parsed")));
        QCOMPARE(analyze({ QStringLiteral("--use-kube=false"), QStringLiteral("-A"), QStringLiteral("--ignore-unknown"),
                             broken })
                     .exitCode,
            0);
    }

    void listAnalyzers()
    {
        const Run run = analyze({ QStringLiteral("--list-analyzers") });
        QCOMPARE(run.exitCode, 0);
        QStringList names;
        for (const QString& line : run.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("* ")))
                names << line.mid(2).chopped(1);
        }
        QVERIFY(names.contains(QStringLiteral("virtualservice.DestinationRuleAnalyzer")));
        QVERIFY(names.contains(QStringLiteral("schema.ValidationAnalyzer.VirtualService")));
        QVERIFY(!names.contains(QStringLiteral("annotations.AlphaAnalyzer"))); // asked for by name only
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
    }

private:
    QString write(const QString& name, const QByteArray& text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(text);
        return file.fileName();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
