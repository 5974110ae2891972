// Against the real simulator and the real kubectl: the simulator's CRDs are the schema set to full depth,
// writes are validated like a real API server (422 with causes, strict unknown fields, CEL rules, Istio's
// webhook), and `meshscope validate`, `meshscope diff` and `meshscope apply` do what their exit codes say.
#include "support/processes.h"
#include "support/simprocess.h"
#include "support/testdata.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope::testing;

namespace {
const QByteArray reviewsWeights = R"(apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: bookinfo
spec:
  hosts:
  - reviews
  http:
  - match:
    - headers:
        end-user:
          exact: jason
    route:
    - destination:
        host: reviews
        subset: v2
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: %1
    - destination:
        host: reviews
        subset: v2
      weight: %2
    - destination:
        host: reviews
        subset: v3
      weight: %3
)";

QByteArray reviewsWith(int v1, int v2, int v3)
{
    return QString::fromUtf8(reviewsWeights).arg(v1).arg(v2).arg(v3).toUtf8();
}
} // namespace

class TestConfigSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        QVERIFY(m_files.isValid());
    }

    void explainReachesEveryDepth()
    {
        const CommandResult weight
            = m_sim.kubectl({ QStringLiteral("explain"), QStringLiteral("virtualservice.spec.http.route.weight") });
        QVERIFY2(weight.exitCode == 0, weight.err.constData());
        QVERIFY2(weight.out.contains("weight") && weight.out.contains("<integer>"), weight.out.constData());
        const CommandResult simple = m_sim.kubectl(
            { QStringLiteral("explain"), QStringLiteral("destinationrule.spec.trafficPolicy.loadBalancer.simple") });
        QVERIFY2(simple.exitCode == 0 && simple.out.contains("ROUND_ROBIN"),
            QByteArray(simple.out + simple.err).constData());
        const CommandResult route
            = m_sim.kubectl({ QStringLiteral("explain"), QStringLiteral("httproute.spec.rules.backendRefs.port") });
        QVERIFY2(route.exitCode == 0, route.err.constData());
    }

    void serverRejectsWhatTheSchemaForbids_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("type") << reviewsWith(50, 25, 25).replace("weight: 50", "weight: fifty")
                              << QByteArray("spec.http[1].route[0].weight: Invalid value: \"string\": "
                                            "spec.http[1].route[0].weight in body must be of type integer");
        QTest::addRow("enum") << QByteArray(
            "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: bad-enum, namespace: "
            "bookinfo}\n"
            "spec:\n  host: reviews\n  trafficPolicy: {loadBalancer: {simple: ROUND_ROBBIN}}\n")
                              << QByteArray(
                                     "spec.trafficPolicy.loadBalancer.simple: Unsupported value: \"ROUND_ROBBIN\"");
        QTest::addRow("cel") << QByteArray("apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: "
                                           "{name: bad-cel, namespace: bookinfo}\n"
                                           "spec:\n  portLevelMtls:\n    8080: {mode: STRICT}\n")
                             << QByteArray("portLevelMtls requires selector");
        QTest::addRow("webhook") << reviewsWith(0, 0, 0) << QByteArray("validation.istio.io");
    }

    // kubectl sends a server-side dry run first here; the server answers with its verdict.
    void serverRejectsWhatTheSchemaForbids()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, expected);
        const CommandResult dry = m_sim.kubectl(
            { QStringLiteral("apply"), QStringLiteral("--dry-run=server"), QStringLiteral("-f"), QStringLiteral("-") },
            {}, yaml);
        QVERIFY2(dry.exitCode != 0, dry.out.constData());
        QVERIFY2(dry.err.contains(expected), dry.err.constData());
        const CommandResult real
            = m_sim.kubectl({ QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-") }, {}, yaml);
        QVERIFY2(real.exitCode != 0 && real.err.contains(expected), real.err.constData());
    }

    void unknownFieldsFollowFieldValidation()
    {
        const QByteArray yaml = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: unknown, "
                                "namespace: bookinfo}\n"
                                "spec:\n  host: reviews\n  hostt: typo\n";
        const CommandResult strict
            = m_sim.kubectl({ QStringLiteral("apply"), QStringLiteral("--validate=strict"),
                                QStringLiteral("--dry-run=server"), QStringLiteral("-f"), QStringLiteral("-") },
                {}, yaml);
        QVERIFY2(strict.exitCode != 0 && strict.err.contains("unknown field \"spec.hostt\""), strict.err.constData());
        const CommandResult warn = m_sim.kubectl(
            { QStringLiteral("apply"), QStringLiteral("--validate=warn"), QStringLiteral("-f"), QStringLiteral("-") },
            {}, yaml);
        QVERIFY2(warn.exitCode == 0 && warn.err.contains("unknown field \"spec.hostt\""), warn.err.constData());
        const CommandResult stored
            = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("dr"), QStringLiteral("unknown"),
                QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("-o"), QStringLiteral("yaml") });
        QVERIFY2(stored.exitCode == 0 && !stored.out.contains("hostt: typo"), stored.out.constData()); // pruned
    }

    void validateCommand()
    {
        const QString good = write(QStringLiteral("good.yaml"), reviewsWith(50, 25, 25));
        const QString bad = write(QStringLiteral("bad.yaml"),
            reviewsWith(50, 25, 25)
                .replace("weight: 25\n    - destination:\n        host: reviews\n        subset: v3",
                    "weight: 25\n    - destination:\n        host: reviews\n        subsets: v3"));
        const CommandResult ok = meshscope({ QStringLiteral("validate"), QStringLiteral("-f"), good });
        QVERIFY2(ok.exitCode == 0, QByteArray(ok.out + ok.err).constData());
        const CommandResult failed = meshscope({ QStringLiteral("validate"), QStringLiteral("--strict"),
            QStringLiteral("-f"), good, QStringLiteral("-f"), bad });
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(
            failed.out.startsWith(QByteArray(bad.toUtf8()
                + ":29: VirtualService bookinfo/reviews: unknown field \"spec.http[1].route[2].destination.subsets\"")),
            failed.out.constData());
        const CommandResult stdinRun
            = meshscope({ QStringLiteral("validate"), QStringLiteral("-f"), QStringLiteral("-") },
                reviewsWith(50, 25, 25).replace("weight: 50", "weight: -1"));
        QCOMPARE(stdinRun.exitCode, 1);
        QVERIFY2(stdinRun.out.contains("-:22: VirtualService bookinfo/reviews: spec.http[1].route[0].weight: "),
            stdinRun.out.constData());
    }

    void diffDryRunApplyRoundTrip()
    {
        const QString same = write(QStringLiteral("same.yaml"), reviewsWith(50, 25, 25));
        const CommandResult none
            = meshscope({ QStringLiteral("diff"), kubeconfigArg(), m_sim.kubeconfig(), QStringLiteral("-f"), same });
        QVERIFY2(none.exitCode == 0, QByteArray(none.out + none.err).constData());
        QVERIFY(none.out.isEmpty());

        const QString shifted = write(QStringLiteral("shifted.yaml"), reviewsWith(10, 20, 70));
        const CommandResult diff
            = meshscope({ QStringLiteral("diff"), kubeconfigArg(), m_sim.kubeconfig(), QStringLiteral("-f"), shifted });
        QVERIFY2(diff.exitCode == 1, QByteArray(diff.out + diff.err).constData());
        QVERIFY2(
            diff.out.contains("--- live/networking.istio.io.v1.VirtualService.bookinfo.reviews"), diff.out.constData());
        QVERIFY2(diff.out.contains("-      weight: 50\n+      weight: 10\n"), diff.out.constData());

        const CommandResult dry = meshscope({ QStringLiteral("apply"), kubeconfigArg(), m_sim.kubeconfig(),
            QStringLiteral("-f"), shifted, QStringLiteral("--dry-run") });
        QVERIFY2(dry.exitCode == 0, QByteArray(dry.out + dry.err).constData());
        QCOMPARE(
            dry.out, QByteArray("virtualservice.networking.istio.io/reviews serverside-applied (server dry run)\n"));
        QCOMPARE(weights(), QByteArray("50 25 25"));

        const CommandResult applied = meshscope(
            { QStringLiteral("apply"), kubeconfigArg(), m_sim.kubeconfig(), QStringLiteral("-f"), shifted });
        QVERIFY2(applied.exitCode == 0, QByteArray(applied.out + applied.err).constData());
        QCOMPARE(weights(), QByteArray("10 20 70"));
        const CommandResult managers
            = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("vs"), QStringLiteral("reviews"),
                QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("--show-managed-fields"),
                QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.managedFields[*].manager}") });
        QVERIFY2(managers.out.contains("meshscope"), managers.out.constData());
        const CommandResult after
            = meshscope({ QStringLiteral("diff"), kubeconfigArg(), m_sim.kubeconfig(), QStringLiteral("-f"), shifted });
        QVERIFY2(after.exitCode == 0, QByteArray(after.out + after.err).constData());

        const CommandResult rejected = meshscope({ QStringLiteral("apply"), kubeconfigArg(), m_sim.kubeconfig(),
            QStringLiteral("-f"), write(QStringLiteral("zero.yaml"), reviewsWith(0, 0, 0)) });
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY2(rejected.err.contains("add up to 0"), rejected.err.constData());
        const CommandResult diffError
            = meshscope({ QStringLiteral("diff"), kubeconfigArg(), m_sim.kubeconfig(), QStringLiteral("-f"),
                write(QStringLiteral("notserved.yaml"),
                    "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n") });
        QVERIFY2(diffError.exitCode > 1, QByteArray(diffError.out + diffError.err).constData());
    }

    void conflictsNameTheFieldAndItsManager()
    {
        // Another field manager (as Argo CD would) takes the weights.
        const CommandResult other
            = m_sim.kubectl({ QStringLiteral("apply"), QStringLiteral("--server-side"),
                                QStringLiteral("--field-manager=argocd-controller"),
                                QStringLiteral("--force-conflicts"), QStringLiteral("-f"), QStringLiteral("-") },
                {}, reviewsWith(34, 33, 33));
        QVERIFY2(other.exitCode == 0, other.err.constData());
        const QString mine = write(QStringLiteral("mine.yaml"), reviewsWith(0, 0, 100));
        const CommandResult conflict
            = meshscope({ QStringLiteral("apply"), kubeconfigArg(), m_sim.kubeconfig(), QStringLiteral("-f"), mine });
        QCOMPARE(conflict.exitCode, 1);
        QVERIFY2(conflict.err.contains("is owned by \"argocd-controller\"") && conflict.err.contains(".spec.http"),
            conflict.err.constData());
        QCOMPARE(weights(), QByteArray("34 33 33"));
        const CommandResult forced = meshscope({ QStringLiteral("apply"), kubeconfigArg(), m_sim.kubeconfig(),
            QStringLiteral("-f"), mine, QStringLiteral("--force-conflicts") });
        QVERIFY2(forced.exitCode == 0, QByteArray(forced.out + forced.err).constData());
        QCOMPARE(weights(), QByteArray("0 0 100"));
    }

    void readOnlyUsersCannotApply()
    {
        const QString file = write(QStringLiteral("ro.yaml"), reviewsWith(50, 25, 25));
        const CommandResult denied = meshscope({ QStringLiteral("apply"), kubeconfigArg(), m_sim.kubeconfig(),
            QStringLiteral("--context"), QStringLiteral("meshscope-sim-readonly"), QStringLiteral("-f"), file });
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains("forbidden"), denied.err.constData());
    }

private:
    static QString kubeconfigArg() { return QStringLiteral("--kubeconfig"); }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    QByteArray weights()
    {
        return m_sim
            .kubectl({ QStringLiteral("get"), QStringLiteral("vs"), QStringLiteral("reviews"), QStringLiteral("-n"),
                QStringLiteral("bookinfo"), QStringLiteral("-o"),
                QStringLiteral("jsonpath={.spec.http[1].route[*].weight}") })
            .out;
    }

    CommandResult meshscope(const QStringList& args, const QByteArray& stdinData = {})
    {
        RunOptions options;
        options.environment.insert(QStringLiteral("HOME"), m_files.filePath(QStringLiteral("home")));
        options.input = stdinData;
        return runMeshscope(args, options);
    }

    SimProcess m_sim;
    QTemporaryDir m_files;
};

QTEST_GUILESS_MAIN(TestConfigSim)
#include "tst_configsim.moc"
