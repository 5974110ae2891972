// One kubeconfig loader with kubectl's rules, shared by the context picker (`meshscope contexts`) and connections
// (`meshscope graph`, the GUI): every broken file in tests/data/kubeconfig gets a FILE:LINE:COLUMN message from
// both, what kubectl accepts (BOM, UTF-16, CR-only line ends, 3,000-level nesting) loads, directories and deep
// nesting past kubectl's limit are errors, not crashes, and the headless commands end at once on them.
#include "models/kube/kubeconfig.h"
#include "models/kubeconfigcontexts.h"
#include "support/processes.h"
#include "support/testdata.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;

namespace {

QString data(const QString& name)
{
    return testDataPath(QStringLiteral("kubeconfig/") + name);
}

// A valid kubeconfig with `depth` levels of nested maps under preferences (kubectl ignores unknown fields).
QByteArray deeplyNested(int depth)
{
    QByteArray text = readTestData(QStringLiteral("kubeconfig/valid.yaml")) + "preferences: ";
    text += QByteArray("{a: ").repeated(depth) + '1' + QByteArray("}").repeated(depth) + '\n';
    return text;
}

} // namespace

class TestKubeconfigFiles : public QObject
{
    Q_OBJECT
private slots:
    void brokenFilesSayWhereAndWhat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // in both the context list's and the connection's error
        QTest::newRow("empty") << "empty.yaml"
                               << "is empty: it has no contexts";
        QTest::newRow("comments only") << "comments-only.yaml"
                                       << "is empty: it has no contexts";
        QTest::newRow("garbage") << "garbage.yaml"
                                 << "garbage.yaml:1:1: not valid YAML";
        QTest::newRow("list") << "list.yaml"
                              << "list.yaml:1:1: a kubeconfig is a YAML map, but this file holds a list";
        QTest::newRow("scalar") << "scalar.yaml"
                                << "scalar.yaml:1:1: a kubeconfig is a YAML map";
        QTest::newRow("contexts not a list")
            << "contexts-not-a-list.yaml"
            << "contexts-not-a-list.yaml:4:11: \"contexts\" must be a list, not a string";
        QTest::newRow("server not a string")
            << "server-not-a-string.yaml"
            << "server-not-a-string.yaml:7:13: \"server\" of cluster \"east\" must be a string";
        QTest::newRow("bool not a bool") << "bool-not-a-bool.yaml"
                                         << "\"insecure-skip-tls-verify\" of cluster \"east\" must be true or false";
        QTest::newRow("unterminated quote") << "unterminated-quote.yaml"
                                            << "unterminated-quote.yaml:9:1: not valid YAML";
        QTest::newRow("duplicate name") << "duplicate-context.yaml"
                                        << "duplicate-context.yaml:19:9: \"contexts\" lists the name \"east\" twice";
        QTest::newRow("wrong kind") << "wrong-kind.yaml"
                                    << "kind must be Config, not \"Pod\"";
        QTest::newRow("truncated") << "truncated.yaml"
                                   << "has no contexts";
        QTest::newRow("alias bomb") << "alias-bomb.yaml"
                                    << "excessive aliasing";
    }

    void brokenFilesSayWhereAndWhat()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const KubeconfigContexts listed = KubeconfigContexts::read({ data(file) }, true);
        QVERIFY2(listed.error.contains(expected), qPrintable(listed.error));
        QVERIFY2(listed.error.contains(data(file)), qPrintable(listed.error)); // the path, not just "a file"
        const Kubeconfig::Result loaded = Kubeconfig::load({ data(file) }, {}, true);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(expected) || file == QLatin1String("truncated.yaml"), qPrintable(loaded.error));
        QVERIFY(!loaded.error.contains(QStringLiteral("not-a-real-token")));
    }

    void whatKubectlAcceptsLoads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << "valid.yaml";
        QTest::newRow("UTF-8 byte-order mark") << "bom.yaml";
        QTest::newRow("UTF-16 with byte-order mark") << "utf16.yaml";
        QTest::newRow("CR line ends") << "cr-only.yaml";
    }

    void whatKubectlAcceptsLoads()
    {
        QFETCH(QString, file);
        const KubeconfigContexts listed = KubeconfigContexts::read({ data(file) }, true);
        QVERIFY2(listed.error.isEmpty(), qPrintable(listed.error));
        QCOMPARE(listed.contexts, (QStringList { QStringLiteral("east"), QStringLiteral("west") }));
        QCOMPARE(listed.currentContext, QStringLiteral("east"));
        const Kubeconfig::Result loaded = Kubeconfig::load({ data(file) }, {}, true);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.selection->cluster.server, QUrl(QStringLiteral("https://127.0.0.1:6443")));
        QCOMPARE(loaded.selection->defaultNamespace, QStringLiteral("bookinfo"));
        QVERIFY(loaded.selection->cluster.insecureSkipTlsVerify);
    }

    void nestingUpToKubectlsLimit()
    {
        QTemporaryDir dir;
        const QString deep = dir.filePath(QStringLiteral("deep"));
        QVERIFY(writeFile(deep, deeplyNested(3000))); // kubectl reads it; yaml-cpp stopped at 500 levels
        const Kubeconfig::Result loaded = Kubeconfig::load({ deep }, {}, true);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const QString tooDeep = dir.filePath(QStringLiteral("too-deep"));
        QVERIFY(writeFile(tooDeep, deeplyNested(20000)));
        const KubeconfigContexts listed = KubeconfigContexts::read({ tooDeep }, true);
        QVERIFY2(listed.error.contains(QStringLiteral("exceeded max depth of 10000")), qPrintable(listed.error));
        QVERIFY2(listed.error.startsWith(tooDeep + QStringLiteral(":23:")), qPrintable(listed.error));
    }

    void directoriesAreErrorsNotCrashes()
    {
        QTemporaryDir dir;
        const QString directory = dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(directory));
        const QString expected = QStringLiteral("read %1: is a directory").arg(directory);
        QVERIFY(KubeconfigContexts::read({ directory }, true).error.contains(expected));
        QVERIFY(Kubeconfig::load({ directory }, {}, true).error.contains(expected));
        // $KUBECONFIG=good:dir: kubectl refuses it too.
        QVERIFY(KubeconfigContexts::read({ data(QStringLiteral("valid.yaml")), directory }).error.contains(expected));
        // A directory where the CA file should be.
        const QString kubeconfig = dir.filePath(QStringLiteral("ca-is-a-dir"));
        QVERIFY(writeFile(kubeconfig,
            readTestData(QStringLiteral("kubeconfig/valid.yaml"))
                .replace("    insecure-skip-tls-verify: true",
                    QByteArray("    certificate-authority: " + directory.toUtf8()))));
        const Kubeconfig::Result loaded = Kubeconfig::load({ kubeconfig }, {}, true);
        QVERIFY2(loaded.error.contains(QStringLiteral("is a directory")), qPrintable(loaded.error));
    }

    void missingPathsAreNamed()
    {
        QVERIFY(KubeconfigContexts::read({ QStringLiteral("/nonexistent/config") }, true)
                    .error.contains(QStringLiteral("/nonexistent/config does not exist")));
        // $KUBECONFIG of missing files only: which files were looked at.
        const QString error
            = KubeconfigContexts::read({ QStringLiteral("/nonexistent/a"), QStringLiteral("/nonexistent/b") }).error;
        QVERIFY2(error.contains(QStringLiteral("looked at /nonexistent/a, /nonexistent/b")), qPrintable(error));
    }

    void contextsCommandFailsClearly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("valid") << "valid.yaml" << 0 << "* east\n  west\n";
        QTest::newRow("empty") << "empty.yaml" << 1 << "is empty";
        QTest::newRow("wrong types") << "contexts-not-a-list.yaml" << 1 << "contexts-not-a-list.yaml:4:11:";
        QTest::newRow("truncated") << "truncated.yaml" << 1 << "has no contexts";
        QTest::newRow("CR only") << "cr-only.yaml" << 0 << "* east\n  west\n";
        QTest::newRow("BOM") << "bom.yaml" << 0 << "* east\n  west\n";
        QTest::newRow("directory") << "" << 1 << "is a directory";
    }

    void contextsCommandFailsClearly()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QString path = file.isEmpty() ? testDataPath(QStringLiteral("kubeconfig")) : data(file);
        const CommandResult run = runMeshscope({ QStringLiteral("contexts"), QStringLiteral("--kubeconfig"), path });
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        QVERIFY2((exitCode == 0 ? run.out : run.err).contains(expected.toUtf8()), qPrintable(run.describe()));
    }

    // A definite kubeconfig failure ends `meshscope graph` at once instead of waiting out --timeout.
    void graphCommandEndsAtOnce_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "empty.yaml"
                               << "is empty";
        QTest::newRow("garbage") << "garbage.yaml"
                                 << "not valid YAML";
        QTest::newRow("wrong types") << "server-not-a-string.yaml"
                                     << "must be a string";
        QTest::newRow("no current context") << "missing-current-context.yaml"
                                            << "\"north\" does not exist";
        QTest::newRow("missing cluster") << "missing-cluster.yaml"
                                         << "refers to cluster \"gone\"";
        QTest::newRow("directory") << ""
                                   << "is a directory";
        QTest::newRow("missing file") << "does-not-exist.yaml"
                                      << "does not exist";
    }

    void graphCommandEndsAtOnce()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = file.isEmpty() ? testDataPath(QStringLiteral("kubeconfig")) : data(file);
        const CommandResult run = runMeshscope({ QStringLiteral("graph"), QStringLiteral("--prometheus"),
            QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--namespaces"), QStringLiteral("bookinfo"),
            QStringLiteral("--kubeconfig"), path, QStringLiteral("--timeout"), QStringLiteral("60") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected.toUtf8()), qPrintable(run.describe()));
        QVERIFY2(!run.err.contains("no graph after"), qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs < 10000, qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigFiles)
#include "tst_kubeconfigfiles.moc"
