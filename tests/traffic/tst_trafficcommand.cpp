// `meshscope traffic …` as a user runs it, against the simulator: exit codes 0/1/2, the diff on stdout, dry runs,
// owners named, read-only users refused, reset, undo and history.

#include "app/commands/trafficcommand.h"
#include "support/processes.h"
#include "trafficsimcluster.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;

class TestTrafficCommand : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<RawObjects> m_raw;

    CommandResult traffic(const QStringList& arguments, const QString& context = {})
    {
        QStringList all { QStringLiteral("traffic") };
        all << arguments << QStringLiteral("--kubeconfig") << m_sim.kubeconfig() << QStringLiteral("--history-file")
            << m_dir.filePath(QStringLiteral("history.json"));
        if (!context.isEmpty())
            all << QStringLiteral("--context") << context;
        return runMeshscope(all);
    }
    QStringList reviews() const
    {
        return { QStringLiteral("--namespace"), QStringLiteral("bookinfo"), QStringLiteral("--service"),
            QStringLiteral("reviews") };
    }
    QList<int> weights()
    {
        QList<int> list;
        const QJsonArray http = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"))
                                    .value(QLatin1String("spec"))
                                    .toObject()
                                    .value(QLatin1String("http"))
                                    .toArray();
        for (const QJsonValue& entry : http.last().toObject().value(QLatin1String("route")).toArray())
            list << entry.toObject().value(QLatin1String("weight")).toInt(-1);
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_raw = std::make_unique<RawObjects>(m_sim);
    }

    void badArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("not 100") << QStringList { QStringLiteral("--weights"), QStringLiteral("v1=80,v2=30") }
                                 << "add up to 110 %";
        QTest::newRow("malformed") << QStringList { QStringLiteral("--weights"), QStringLiteral("v1:80") }
                                   << "is not a weight";
        QTest::newRow("unknown version") << QStringList { QStringLiteral("--weights"), QStringLiteral("v1=50,v7=50") }
                                         << "Unknown version v7: reviews has v1, v2, v3.";
        QTest::newRow("no weights") << QStringList() << "needs --weights";
        QTest::newRow("bad mirror") << QStringList { QStringLiteral("--weights"), QStringLiteral("v1=100"),
            QStringLiteral("--mirror"), QStringLiteral("v3") }
                                    << "--mirror takes version=percent";
    }

    void badArgumentsExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandResult run = traffic(QStringList { QStringLiteral("shift") } + reviews() + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), qPrintable(run.describe()));
    }

    void unknownActionExit2()
    {
        const CommandResult run = runMeshscope({ QStringLiteral("traffic"), QStringLiteral("teleport") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("Unknown action"));
    }

    void dryRunPrintsTheDiffAndWritesNothing()
    {
        const QByteArray before
            = QJsonDocument(m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"))).toJson();
        const CommandResult run = traffic(QStringList { QStringLiteral("shift") } + reviews()
            + QStringList { QStringLiteral("--weights"), QStringLiteral("v1=80,v2=20"), QStringLiteral("--dry-run") });
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY2(
            run.out.contains("--- VirtualService bookinfo/reviews (live)") && run.out.contains("+      weight: 80"),
            qPrintable(run.describe()));
        QVERIFY2(run.err.contains("would accept"), qPrintable(run.describe()));
        QCOMPARE(
            QJsonDocument(m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"))).toJson(), before);
    }

    void shiftApplies()
    {
        const CommandResult run = traffic(QStringList { QStringLiteral("shift") } + reviews()
            + QStringList { QStringLiteral("--weights"), QStringLiteral("v1=80,v2=20") });
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(weights(), QList<int>({ 80, 20, 0 }));
        QVERIFY2(run.err.contains("meshscope traffic undo --id"), qPrintable(run.describe()));
        const CommandResult again = traffic(QStringList { QStringLiteral("shift") } + reviews()
            + QStringList { QStringLiteral("--weights"), QStringLiteral("v1=80,v2=20") });
        QVERIFY2(again.ok() && again.out.contains("already has these weights"), qPrintable(again.describe()));
    }

    void yamlOutput()
    {
        const CommandResult run = traffic(QStringList { QStringLiteral("shift") } + reviews()
            + QStringList { QStringLiteral("--weights"), QStringLiteral("v3=100"), QStringLiteral("--dry-run"),
                QStringLiteral("-o"), QStringLiteral("yaml") });
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY2(
            run.out.startsWith("apiVersion: networking.istio.io/v1\nkind: VirtualService"), qPrintable(run.describe()));
        QVERIFY(run.out.contains("weight: 100"));
    }

    void readOnlyContextRefused()
    {
        const CommandResult run = traffic(QStringList { QStringLiteral("shift") } + reviews()
                + QStringList { QStringLiteral("--weights"), QStringLiteral("v2=100") },
            QStringLiteral("meshscope-sim-readonly"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("You may not make this change: update virtualservices in bookinfo"),
            qPrintable(run.describe()));
        QCOMPARE(weights(), QList<int>({ 80, 20, 0 }));
    }

    void ownerNamedAndForceOverrides()
    {
        QJsonObject vs = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        QJsonObject metadata = vs.value(QLatin1String("metadata")).toObject();
        metadata.insert(QLatin1String("annotations"),
            QJsonObject { { QStringLiteral("argocd.argoproj.io/tracking-id"),
                QStringLiteral("storefront:networking.istio.io/VirtualService:bookinfo/reviews") } });
        vs.insert(QLatin1String("metadata"), metadata);
        QCOMPARE(m_raw->put(QStringLiteral("virtualservices"), vs), 200);
        const QStringList arguments = QStringList { QStringLiteral("shift") } + reviews()
            + QStringList { QStringLiteral("--weights"), QStringLiteral("v1=70,v2=30") };
        CommandResult run = traffic(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Argo CD application \"storefront\"") && run.err.contains("--force"),
            qPrintable(run.describe()));
        QCOMPARE(weights(), QList<int>({ 80, 20, 0 }));
        run = traffic(arguments + QStringList { QStringLiteral("--force") });
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(run.err.contains("warning:"));
        QCOMPARE(weights(), QList<int>({ 70, 30, 0 }));
    }

    void undoAndHistory()
    {
        CommandResult run = traffic({ QStringLiteral("history") });
        QVERIFY2(run.ok() && run.out.contains("bookinfo/reviews  traffic-shifting"), qPrintable(run.describe()));
        // The object is still Argo CD's: undoing writes it too, so it needs the same override.
        run = traffic(QStringList { QStringLiteral("undo") } + reviews());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Argo CD application \"storefront\""), qPrintable(run.describe()));
        QCOMPARE(weights(), QList<int>({ 70, 30, 0 }));
        run = traffic(QStringList { QStringLiteral("undo"), QStringLiteral("--force") } + reviews());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(run.out.contains("-      weight: 70"));
        QCOMPARE(weights(), QList<int>({ 80, 20, 0 }));
        run = traffic({ QStringLiteral("history") });
        QVERIFY2(run.out.contains("(undone by"), qPrintable(run.describe()));
    }

    void otherWizards()
    {
        CommandResult run = traffic(QStringList { QStringLiteral("timeout") } + reviews()
            + QStringList { QStringLiteral("--timeout"), QStringLiteral("3s"), QStringLiteral("--retries"),
                QStringLiteral("2"), QStringLiteral("--force") }); // still Argo CD's: it was annotated above
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(run.out.contains("+    timeout: 3s"));
        run = traffic(QStringList { QStringLiteral("fault") } + reviews()
            + QStringList { QStringLiteral("--abort"), QStringLiteral("503"), QStringLiteral("--abort-percent"),
                QStringLiteral("5"), QStringLiteral("--dry-run") });
        QVERIFY2(run.ok() && run.out.contains("httpStatus: 503"), qPrintable(run.describe()));
        run = traffic(QStringList { QStringLiteral("route") } + reviews()
            + QStringList {
                QStringLiteral("--rule"), QStringLiteral("header:x-canary=yes>v3"), QStringLiteral("--dry-run") });
        QVERIFY2(run.ok() && run.out.contains("meshscope-rule-1"), qPrintable(run.describe()));
        run = traffic(QStringList { QStringLiteral("route") } + reviews()
            + QStringList { QStringLiteral("--rule"), QStringLiteral("cookie:x>v3") });
        QCOMPARE(run.exitCode, 2);
    }

    // reset removes only what Meshscope created and says what it leaves.
    void resetLeavesWhatIsNotOurs()
    {
        CommandResult run = traffic(QStringList { QStringLiteral("reset") } + reviews());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY2(run.out.contains("Meshscope created no routing for reviews"), qPrintable(run.describe()));
        QVERIFY2(
            run.err.contains("Leaves VirtualService reviews: Meshscope did not create it"), qPrintable(run.describe()));
        QVERIFY(!m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews")).isEmpty());

        // ratings without routing: shift creates both objects, reset deletes both.
        QCOMPARE(m_raw->remove(QStringLiteral("virtualservices"), QStringLiteral("ratings")), 200);
        QCOMPARE(m_raw->remove(QStringLiteral("destinationrules"), QStringLiteral("ratings")), 200);
        const QStringList ratings { QStringLiteral("--namespace"), QStringLiteral("bookinfo"),
            QStringLiteral("--service"), QStringLiteral("ratings") };
        run = traffic(QStringList { QStringLiteral("shift") } + ratings
            + QStringList { QStringLiteral("--weights"), QStringLiteral("v1=100") });
        QVERIFY2(run.ok() && run.out.contains("+++ VirtualService bookinfo/ratings (new)"), qPrintable(run.describe()));
        run = traffic(QStringList { QStringLiteral("reset") } + ratings);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("ratings")).isEmpty());
        QVERIFY(m_raw->get(QStringLiteral("destinationrules"), QStringLiteral("ratings")).isEmpty());
    }

    void rulesParse()
    {
        QString error;
        const auto rule = parseRoutingRule(QStringLiteral("header-prefix:x-user=test>v3"), &error);
        QVERIFY(rule);
        QCOMPARE(rule->header, QStringLiteral("x-user"));
        QCOMPARE(rule->value, QStringLiteral("test"));
        QCOMPARE(rule->version, QStringLiteral("v3"));
        QCOMPARE(rule->op, traffic::RoutingRule::Operator::Prefix);
        QVERIFY(!parseRoutingRule(QStringLiteral("header:noequals>v1"), &error));
        QVERIFY(!parseRoutingRule(QStringLiteral("uri:/x"), &error));
    }
};

QTEST_GUILESS_MAIN(TestTrafficCommand)
#include "tst_trafficcommand.moc"
