// The real kubectl against meshscope-sim with the kubeconfig it writes: reads, client-side and server-side
// apply, diff, a watch that sees a change, and `auth can-i` for the admin and the read-only token.
#include "support/simprocess.h"
#include "support/testdata.h"

#include <QTest>

using meshscope::testing::CommandResult;
using meshscope::testing::reviewsWeights;
using meshscope::testing::SimProcess;

class TestSimKubectl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({ QStringLiteral("--scenario"), QStringLiteral("bookinfo") }), qPrintable(m_sim.error()));
    }
    void cleanupTestCase() { m_sim.stop(); }

    void getPodsAllNamespaces()
    {
        const CommandResult result
            = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QString out = QString::fromUtf8(result.out);
        QVERIFY(out.startsWith(QStringLiteral("NAMESPACE")));
        QVERIFY2(out.contains(QStringLiteral("reviews-v2-")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("istiod-")));
        // The sidecar makes bookinfo pods 2/2; ratings has restarts.
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("productpage-v1-\\S+\\s+2/2\\s+Running\\s+0"))));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("ratings-v1-\\S+\\s+2/2\\s+Running\\s+2"))));
    }

    void getVirtualServicesYaml()
    {
        const CommandResult result = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("virtualservices"),
            QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("-o"), QStringLiteral("yaml") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.out.contains("kind: List"));
        QVERIFY(result.out.contains("apiVersion: networking.istio.io/v1\n  kind: VirtualService"));
        QVERIFY(result.out.contains("name: reviews"));
        QVERIFY(result.out.contains("weight: 50"));
    }

    void diffShowsTheChange()
    {
        const CommandResult result = m_sim.kubectl(
            { QStringLiteral("diff"), QStringLiteral("-f"), QStringLiteral("-") }, {}, reviewsWeights(20, 30, 50));
        QCOMPARE(result.exitCode, 1); // 1: differences found
        QVERIFY2(result.out.contains("+      weight: 20"), qPrintable(result.describe()));
        QVERIFY(result.out.contains("-      weight: 50"));
        // A dry run: nothing changed.
        const CommandResult live = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("vs"),
            QStringLiteral("reviews"), QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("-o"),
            QStringLiteral("jsonpath={.spec.http[1].route[0].weight}") });
        QCOMPARE(live.out, QByteArray("50"));
    }

    void applyIsSeenByWatch()
    {
        QProcess watch;
        m_sim.setUpKubectl(watch,
            { QStringLiteral("get"), QStringLiteral("virtualservices"), QStringLiteral("reviews"), QStringLiteral("-n"),
                QStringLiteral("bookinfo"), QStringLiteral("-w"), QStringLiteral("-o"),
                QStringLiteral("jsonpath={.metadata.resourceVersion} {.spec.http[*].route[*].weight}{\"\\n\"}") });
        watch.start();
        QVERIFY(watch.waitForStarted(30000));
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += watch.readAllStandardOutput()).contains("50 25 25"), 30000);

        const CommandResult apply = m_sim.kubectl(
            { QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, {}, reviewsWeights(20, 30, 50));
        QVERIFY2(apply.exitCode == 0, qPrintable(apply.describe()));
        QVERIFY(apply.out.contains("virtualservice.networking.istio.io/reviews configured"));
        QTRY_VERIFY_WITH_TIMEOUT((seen += watch.readAllStandardOutput()).contains(" 20 30 50"), 30000);
        watch.kill();
        watch.waitForFinished(5000);

        const CommandResult live = m_sim.kubectl(
            { QStringLiteral("get"), QStringLiteral("vs"), QStringLiteral("reviews"), QStringLiteral("-n"),
                QStringLiteral("bookinfo"), QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.generation}") });
        QCOMPARE(live.out, QByteArray("2"));
    }

    void serverSideApplyConflictsThenForces()
    {
        // Client-side apply (above) made kubectl-client-side-apply the owner of spec.http.
        const QStringList serverSide { QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"),
            QStringLiteral("-") };
        const CommandResult conflict = m_sim.kubectl(serverSide, {}, reviewsWeights(10, 30, 60));
        QVERIFY2(conflict.exitCode != 0, qPrintable(conflict.describe()));
        QVERIFY2(conflict.err.contains("conflict with \"kubectl-client-side-apply\""), qPrintable(conflict.describe()));

        const CommandResult forced = m_sim.kubectl(
            serverSide + QStringList { QStringLiteral("--force-conflicts") }, {}, reviewsWeights(10, 30, 60));
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
        QVERIFY(forced.out.contains("virtualservice.networking.istio.io/reviews serverside-applied"));

        const CommandResult live = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("vs"),
            QStringLiteral("reviews"), QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("-o"),
            QStringLiteral("yaml"), QStringLiteral("--show-managed-fields") });
        QVERIFY(live.out.contains("weight: 60"));
        QVERIFY2(live.out.contains("manager: kubectl\n    operation: Apply"), qPrintable(live.describe()));
    }

    void authCanI_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin create") << QStringLiteral("meshscope-sim") << QStringLiteral("create") << true;
        QTest::newRow("admin delete") << QStringLiteral("meshscope-sim") << QStringLiteral("delete") << true;
        QTest::newRow("certificate create") << QStringLiteral("meshscope-sim-cert") << QStringLiteral("create") << true;
        QTest::newRow("read-only list") << QStringLiteral("meshscope-sim-readonly") << QStringLiteral("list") << true;
        QTest::newRow("read-only create")
            << QStringLiteral("meshscope-sim-readonly") << QStringLiteral("create") << false;
        QTest::newRow("read-only patch") << QStringLiteral("meshscope-sim-readonly") << QStringLiteral("patch")
                                         << false;
    }

    void authCanI()
    {
        QFETCH(QString, context);
        QFETCH(QString, verb);
        QFETCH(bool, allowed);
        const CommandResult result = m_sim.kubectl({ QStringLiteral("auth"), QStringLiteral("can-i"), verb,
                                                       QStringLiteral("virtualservices.networking.istio.io"),
                                                       QStringLiteral("-n"), QStringLiteral("bookinfo") },
            context);
        QCOMPARE(result.out.split('\n').first().split(' ').first(), allowed ? QByteArray("yes") : QByteArray("no"));
        QCOMPARE(result.exitCode, allowed ? 0 : 1);
    }

    void readOnlyWriteIsForbidden()
    {
        const CommandResult result
            = m_sim.kubectl({ QStringLiteral("delete"), QStringLiteral("vs"), QStringLiteral("reviews"),
                                QStringLiteral("-n"), QStringLiteral("bookinfo") },
                QStringLiteral("meshscope-sim-readonly"));
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains("Error from server (Forbidden)"), qPrintable(result.describe()));
        QVERIFY(result.err.contains("User \"meshscope-readonly\" cannot delete resource \"virtualservices\""));
    }

    void clientCertificateUserReads()
    {
        const CommandResult result = m_sim.kubectl(
            { QStringLiteral("get"), QStringLiteral("namespaces") }, QStringLiteral("meshscope-sim-cert"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.out.contains("bookinfo"));
        QVERIFY(result.out.contains("istio-system"));
    }

    void createAndDeleteWithKubectl()
    {
        const QByteArray configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kubectl-test\n  namespace: "
                                     "bookinfo\ndata:\n  key: value\n";
        const CommandResult created
            = m_sim.kubectl({ QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-") }, {}, configMap);
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const CommandResult again
            = m_sim.kubectl({ QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-") }, {}, configMap);
        QVERIFY(again.err.contains("(AlreadyExists)"));
        const CommandResult deleted = m_sim.kubectl({ QStringLiteral("delete"), QStringLiteral("configmap"),
            QStringLiteral("kubectl-test"), QStringLiteral("-n"), QStringLiteral("bookinfo") });
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.describe()));
        const CommandResult gone = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("configmap"),
            QStringLiteral("kubectl-test"), QStringLiteral("-n"), QStringLiteral("bookinfo") });
        QVERIFY(gone.err.contains("(NotFound)"));
    }

private:
    SimProcess m_sim;
};

QTEST_GUILESS_MAIN(TestSimKubectl)
#include "tst_simkubectl.moc"
