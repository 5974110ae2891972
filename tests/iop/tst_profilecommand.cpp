// `meshscope profile list|dump|diff` run as a user runs them: the real executable, its output and exit codes,
// against istioctl's profiles and manifest-generate inputs in ../shared/fixtures/istio.
#include "models/iop/ioptree.h"
#include "models/iop/iopyaml.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace meshscope::iop;

namespace {

QString fixturePath(const QString& relative)
{
    return qEnvironmentVariable("MESHSCOPE_SHARED") + QStringLiteral("/fixtures/istio/") + relative;
}

QString input(const QString& name)
{
    return fixturePath(QStringLiteral("operator/manifest-generate/input/") + name);
}

QVariant fixtureTree(const QString& relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return parseYaml(file.readAll()).documents.value(0).root;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& arguments, const QByteArray& stdinData = QByteArray())
{
    QProcess process;
    process.setProgram(QStringLiteral(MESHSCOPE_EXE));
    process.setArguments(QStringList { QStringLiteral("profile") } + arguments);
    process.start();
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        qFatal("meshscope profile %s did not finish", qPrintable(arguments.join(u' ')));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestProfileCommand : public QObject
{
    Q_OBJECT
private slots:
    void listsTheTenProfiles()
    {
        const Run r = run({ QStringLiteral("list") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QStringLiteral("Istio configuration profiles:\n    ambient\n    default\n    demo\n    empty\n    minimal\n"
                           "    openshift\n    openshift-ambient\n    preview\n    remote\n    stable\n"));
    }

    void eachProfileDumpedIsDefaultMergedWithIt_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString& file :
            QDir(fixturePath(QStringLiteral("profiles"))).entryList({ QStringLiteral("*.yaml") }, QDir::Files))
            QTest::newRow(qPrintable(file)) << file.chopped(5);
    }

    void eachProfileDumpedIsDefaultMergedWithIt()
    {
        QFETCH(QString, profile);
        QVariant expected = fixtureTree(QStringLiteral("profiles/default.yaml"));
        if (profile != QStringLiteral("default"))
            mergeFrom(expected, fixtureTree(QStringLiteral("profiles/%1.yaml").arg(profile)));
        QVariant spec = valueAt(expected, QStringLiteral("spec"));
        setValueAt(spec, QStringLiteral("profile"), profile);

        const Run yaml = run({ QStringLiteral("dump"), profile });
        QCOMPARE(yaml.exitCode, 0);
        QVERIFY(
            yaml.out.startsWith(QStringLiteral("apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n")));
        const YamlParse parsed = parseYaml(yaml.out.toUtf8());
        QVERIFY(parsed.ok());
        QVERIFY2(sameValue(valueAt(parsed.documents.first().root, QStringLiteral("spec")), spec), qPrintable(yaml.out));

        if (profile != QStringLiteral("demo") && profile != QStringLiteral("ambient"))
            return; // the other formats, for two profiles: each run starts the whole program
        const Run json = run({ QStringLiteral("dump"), profile, QStringLiteral("-o"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 0);
        QVERIFY(sameValue(
            QJsonDocument::fromJson(json.out.toUtf8()).toVariant().toMap().value(QStringLiteral("spec")), spec));

        const Run flags = run({ QStringLiteral("dump"), profile, QStringLiteral("-o"), QStringLiteral("flags") });
        QCOMPARE(flags.exitCode, 0);
        QCOMPARE(flags.out.split(u'\n', Qt::SkipEmptyParts), toFlags(spec));
    }

    void dumpsUserOverlays()
    {
        Run r = run({ QStringLiteral("dump"), QStringLiteral("-f"), input(QStringLiteral("gateways.yaml")),
            QStringLiteral("-s"), QStringLiteral("components.ingressGateways[0].k8s.resources.requests.memory=999Mi"),
            QStringLiteral("-o"), QStringLiteral("flags") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(
            r.out.contains(QStringLiteral("components.ingressGateways[0].k8s.resources.requests.memory=\"999Mi\"\n")));
        QVERIFY(
            r.out.contains(QStringLiteral("components.ingressGateways[2].k8s.serviceAnnotations.cloud\\.google\\.com/"
                                          "load-balancer-type=\"internal\"\n")));
        QVERIFY(r.out.contains(QStringLiteral("components.ingressGateways[2].k8s.service.ports[0].port=15011\n")));
        QVERIFY(r.out.contains(QStringLiteral("profile=\"empty\"\n")));

        r = run({ QStringLiteral("dump"), QStringLiteral("-f"), input(QStringLiteral("pilot_merge_meshconfig.yaml")),
            QStringLiteral("-p"), QStringLiteral("meshConfig.defaultConfig") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QStringLiteral("controlPlaneAuthPolicy: NONE\ndiscoveryAddress: my-discovery:123\ndrainDuration: 12s\n"));

        QFile file(input(QStringLiteral("minimal-revisioned.yaml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        r = run({ QStringLiteral("dump"), QStringLiteral("-f"), QStringLiteral("-"), QStringLiteral("-p"),
                    QStringLiteral("revision") },
            file.readAll());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("test-rev\n"));
    }

    void negativeCasesGiveTheirMessages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("forcedExit");
        QTest::newRow("multiple_iops") << QStringLiteral("multiple_iops.yaml")
                                       << QStringLiteral(
                                              "contains multiple IstioOperator CRs, only one per file is supported")
                                       << 1;
        QTest::newRow("invalid-k8s") << QStringLiteral("invalid-k8s.yaml") << QStringLiteral("could not unmarshal")
                                     << 0;
        QTest::newRow("invalid-k8s-values")
            << QStringLiteral("invalid-k8s-values.yaml") << QStringLiteral("invalid schema for") << 0;
    }

    void negativeCasesGiveTheirMessages()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(int, forcedExit);
        Run r = run({ QStringLiteral("dump"), QStringLiteral("-f"), input(file) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // --force prints the merge anyway (a file istioctl cannot read stays an error).
        r = run({ QStringLiteral("dump"), QStringLiteral("--force"), QStringLiteral("-f"), input(file) });
        QCOMPARE(r.exitCode, forcedExit);
        QVERIFY(r.err.contains(message));
    }

    void bareValuesDoesNotCrash()
    {
        const Run r = run({ QStringLiteral("dump"), QStringLiteral("-f"), input(QStringLiteral("bare_values.yaml")) });
        QVERIFY(r.exitCode == 0 || r.exitCode == 1);
        QVERIFY(r.out.contains(QStringLiteral("values: null")));
    }

    void diffsProfilesAndFiles()
    {
        Run r = run({ QStringLiteral("diff"), QStringLiteral("default"), QStringLiteral("default") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Profiles are identical\n"));

        r = run({ QStringLiteral("diff"), QStringLiteral("default"), QStringLiteral("demo") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith(
            QStringLiteral("The difference between profiles:\n apiVersion: install.istio.io/v1alpha1\n")));
        // As istioctl 1.23 printed it: within a change, the added line before the removed one.
        QVERIFY(r.out.contains(QStringLiteral("\n+    - enabled: true\n-    - enabled: false\n")));
        QVERIFY(r.out.contains(QStringLiteral("\n+  profile: demo\n-  profile: default\n")));
        QVERIFY(r.out.contains(QStringLiteral("\n       istio-ingressgateway: {}\n     global:\n")));

        // The upstream demo file merged over default is the demo profile without `profile: demo`.
        r = run({ QStringLiteral("diff"), QStringLiteral("demo"), fixturePath(QStringLiteral("profiles/demo.yaml")) });
        QCOMPARE(r.exitCode, 1);
        QStringList changed;
        for (const QString& line : r.out.split(u'\n')) {
            if (line.startsWith(u'-') || line.startsWith(u'+'))
                changed << line;
        }
        QCOMPARE(changed, QStringList { QStringLiteral("-  profile: demo") });

        r = run({ QStringLiteral("diff"), QStringLiteral("default"), QStringLiteral("/nonexistent/iop.yaml") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("neither a profile")));
        QCOMPARE(run({ QStringLiteral("diff"), QStringLiteral("default") }).exitCode, 2);
    }

    void usageErrors()
    {
        QCOMPARE(run({ QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(run({}).exitCode, 2);
        Run r = run({ QStringLiteral("dump"), QStringLiteral("demo"), QStringLiteral("-f"),
            input(QStringLiteral("empty.yaml")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("cannot specify both profile name and filename flag")));
        QCOMPARE(run({ QStringLiteral("dump"), QStringLiteral("-o"), QStringLiteral("xml") }).exitCode, 2);
        r = run({ QStringLiteral("dump"), QStringLiteral("nosuch") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("profile \"nosuch\" not found")));
        QCOMPARE(
            run({ QStringLiteral("dump"), QStringLiteral("demo"), QStringLiteral("-p"), QStringLiteral("no.such") })
                .exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "tst_profilecommand.moc"
