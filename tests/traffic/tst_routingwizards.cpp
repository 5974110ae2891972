#include "models/traffic/changehistory.h"
#include "models/traffic/routingwizards.h"
#include "routingfixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;
using namespace meshscope::traffic;
using namespace routingfixture;

namespace {

QJsonArray httpRoutesOf(const PlannedWrite& write)
{
    return write.after.value(QLatin1String("spec")).toObject().value(QLatin1String("http")).toArray();
}

QJsonObject labelledCopy(const QJsonObject& object, const QString& name)
{
    QJsonObject copy = object;
    QJsonObject metadata = copy.value(QLatin1String("metadata")).toObject();
    metadata.insert(QLatin1String("name"), name);
    metadata.insert(
        QLatin1String("labels"), QJsonObject { { QLatin1String(wizardLabel), QStringLiteral("traffic-shifting") } });
    copy.insert(QLatin1String("metadata"), metadata);
    return copy;
}

} // namespace

class TestRoutingWizards : public QObject
{
    Q_OBJECT
private slots:
    void faultOnTheDefaultRouteOnly()
    {
        const ServiceRouting routing = bookinfo();
        FaultRequest fault;
        fault.abort = true;
        fault.abortPercent = 20;
        fault.httpStatus = 500;
        const RoutingPlan plan = planFaultInjection(routing, fault);
        QVERIFY(plan.ok());
        QCOMPARE(plan.writes.size(), 1);
        const QJsonArray before = routing.virtualServices.first()
                                      .value(QLatin1String("spec"))
                                      .toObject()
                                      .value(QLatin1String("http"))
                                      .toArray();
        const QJsonArray after = httpRoutesOf(plan.writes.first());
        QCOMPARE(after.at(0), before.at(0)); // the header-match route is untouched
        QJsonObject expected = before.at(1).toObject();
        expected.insert(QLatin1String("fault"), json(R"({"abort": {"percentage": {"value": 20}, "httpStatus": 500}})"));
        QCOMPARE(after.at(1).toObject(), expected); // the delay that was there is replaced, the rest kept

        const RoutingPlan none = planFaultInjection(routing, FaultRequest());
        QVERIFY(none.ok());
        QVERIFY(!httpRoutesOf(none.writes.first()).at(1).toObject().contains(QLatin1String("fault")));
    }

    void faultFromNothingRoutesTheWholeService()
    {
        FaultRequest fault;
        fault.delay = true;
        fault.delayPercent = 50;
        fault.fixedDelay = QStringLiteral("2s");
        const RoutingPlan plan = planFaultInjection(bare(), fault);
        QVERIFY(plan.ok());
        QCOMPARE(plan.writes.size(), 1); // no DestinationRule needed
        QCOMPARE(plan.writes.first().action, PlannedWrite::Action::Create);
        QCOMPARE(
            plan.writes.first().after.value(QLatin1String("spec")).toObject(), json(R"({"hosts": ["reviews"], "http": [
            {"route": [{"destination": {"host": "reviews.bookinfo.svc.cluster.local"}}],
             "fault": {"delay": {"percentage": {"value": 50}, "fixedDelay": "2s"}}}]})"));
        QCOMPARE(plan.writes.first()
                     .after.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("labels"))
                     .toObject()
                     .value(QLatin1String(wizardLabel))
                     .toString(),
            QStringLiteral("fault-injection"));
    }

    void badFaults_data()
    {
        QTest::addColumn<QString>("delay");
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("duration") << "five seconds" << 10.0 << 503 << "is not a duration";
        QTest::newRow("too short") << "0.1ms" << 10.0 << 503 << "shorter than the 1 ms";
        QTest::newRow("percent") << "1s" << 120.0 << 503 << "0 to 100";
        QTest::newRow("status") << "1s" << 10.0 << 42 << "not an HTTP status";
    }

    void badFaults()
    {
        QFETCH(QString, delay);
        QFETCH(double, percent);
        QFETCH(int, status);
        QFETCH(QString, error);
        FaultRequest fault;
        fault.delay = true;
        fault.fixedDelay = delay;
        fault.delayPercent = percent;
        fault.abort = true;
        fault.httpStatus = status;
        const RoutingPlan plan = planFaultInjection(bookinfo(), fault);
        QCOMPARE(plan.status, RoutingPlan::Status::BadRequest);
        QVERIFY2(plan.message.contains(error), qPrintable(plan.message));
    }

    void timeoutsAndRetries()
    {
        TimeoutRequest request;
        request.timeout = QStringLiteral("3s");
        request.attempts = 2;
        request.perTryTimeout = QStringLiteral("1s");
        const RoutingPlan plan = planTimeouts(bookinfo(), request);
        QVERIFY(plan.ok());
        const QJsonObject route = httpRoutesOf(plan.writes.first()).at(1).toObject();
        QCOMPARE(route.value(QLatin1String("timeout")).toString(), QStringLiteral("3s"));
        QCOMPARE(route.value(QLatin1String("retries")).toObject(), json(R"({"attempts": 2, "perTryTimeout": "1s"})"));
        QCOMPARE(route.value(QLatin1String("fault")),
            bookinfo()
                .virtualServices.first()
                .value(QLatin1String("spec"))
                .toObject()
                .value(QLatin1String("http"))
                .toArray()
                .at(1)
                .toObject()
                .value(QLatin1String("fault")));
        QVERIFY(
            plan.writes.first().changes.first().contains(QStringLiteral("times out after 3s and retries 2 time(s)")));

        const RoutingPlan cleared = planTimeouts(bookinfo(), TimeoutRequest());
        const QJsonObject clearedRoute = httpRoutesOf(cleared.writes.first()).at(1).toObject();
        QVERIFY(!clearedRoute.contains(QLatin1String("timeout")));
        QVERIFY(!clearedRoute.contains(QLatin1String("retries")));

        TimeoutRequest same;
        same.timeout = QStringLiteral("10s");
        same.attempts = 3;
        same.perTryTimeout = QStringLiteral("2s");
        same.retryOn = QStringLiteral("5xx");
        QCOMPARE(planTimeouts(bookinfo(), same).status, RoutingPlan::Status::NothingToDo);
    }

    void requestRoutingRulesGoFirst()
    {
        const QList<RoutingRule> rules { { RoutingRule::Field::Header, QStringLiteral("X-Canary"),
                                             RoutingRule::Operator::Exact, QStringLiteral("yes"),
                                             QStringLiteral("v3") },
            { RoutingRule::Field::Uri, {}, RoutingRule::Operator::Prefix, QStringLiteral("/beta"),
                QStringLiteral("v2") } };
        ServiceRouting routing = bookinfo();
        RoutingPlan plan = planRequestRouting(routing, rules);
        QVERIFY(plan.ok());
        QCOMPARE(plan.writes.size(), 1);
        const QJsonArray routes = httpRoutesOf(plan.writes.first());
        QCOMPARE(routes.size(), 4);
        QCOMPARE(routes.at(0).toObject(),
            json(R"({"name": "meshscope-rule-1", "match": [{"headers": {"x-canary": {"exact": "yes"}}}],
            "route": [{"destination": {"host": "reviews.bookinfo.svc.cluster.local", "subset": "v3"}}]})"));
        QCOMPARE(routes.at(1).toObject().value(QLatin1String("match")).toArray().first().toObject(),
            json(R"({"uri": {"prefix": "/beta"}})"));
        const QJsonArray old = routing.virtualServices.first()
                                   .value(QLatin1String("spec"))
                                   .toObject()
                                   .value(QLatin1String("http"))
                                   .toArray();
        QCOMPARE(routes.at(2), old.at(0));
        QCOMPARE(routes.at(3), old.at(1));

        // Writing again replaces the earlier rules; no rules removes them.
        routing.virtualServices = { plan.writes.first().after };
        plan = planRequestRouting(routing, { rules.at(1) });
        QCOMPARE(httpRoutesOf(plan.writes.first()).size(), 3);
        routing.virtualServices = { plan.writes.first().after };
        plan = planRequestRouting(routing, {});
        QCOMPARE(httpRoutesOf(plan.writes.first()), old);
        QVERIFY(plan.writes.first().changes.first().contains(QStringLiteral("replacing 1 rule route(s)")));
    }

    void requestRoutingFromNothingAddsSubsets()
    {
        const RoutingPlan plan = planRequestRouting(bare(),
            { { RoutingRule::Field::Header, QStringLiteral("end-user"), RoutingRule::Operator::Exact,
                QStringLiteral("jason"), QStringLiteral("v2") } });
        QVERIFY(plan.ok());
        QCOMPARE(plan.writes.size(), 2);
        QCOMPARE(plan.writes.at(0).kind(), QStringLiteral("DestinationRule"));
        const QJsonArray routes = httpRoutesOf(plan.writes.at(1));
        QCOMPARE(routes.size(), 2);
        QCOMPARE(routes.at(1).toObject(),
            json(R"({"route": [{"destination": {"host": "reviews.bookinfo.svc.cluster.local"}}]})"));
    }

    void requestRoutingRejects_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown version") << "v9"
                                         << "x" << 0 << "Unknown version v9";
        QTest::newRow("empty value") << "v1"
                                     << "" << 0 << "needs a header name and a value";
        QTest::newRow("bad regex") << "v1"
                                   << "([" << 2 << "is not a regular expression";
    }

    void requestRoutingRejects()
    {
        QFETCH(QString, version);
        QFETCH(QString, value);
        QFETCH(int, op);
        QFETCH(QString, error);
        const RoutingPlan plan = planRequestRouting(bookinfo(),
            { { RoutingRule::Field::Header, QStringLiteral("x"), RoutingRule::Operator(op), value, version } });
        QCOMPARE(plan.status, RoutingPlan::Status::BadRequest);
        QVERIFY2(plan.message.contains(error), qPrintable(plan.message));
    }

    void removesOnlyWhatMeshscopeCreated()
    {
        ServiceRouting routing = bookinfo();
        // The user's VirtualService and DestinationRule stay; ours go.
        const QJsonObject ourVs = labelledCopy(routing.virtualServices.first(), QStringLiteral("reviews-meshscope"));
        QJsonObject ourDr = labelledCopy(routing.destinationRules.first(), QStringLiteral("reviews-meshscope"));
        QJsonObject spec = ourDr.value(QLatin1String("spec")).toObject();
        spec.insert(QLatin1String("subsets"),
            json(R"({"s": [{"name": "canary", "labels": {"version": "v3"}}]})").value(QLatin1String("s")));
        ourDr.insert(QLatin1String("spec"), spec);
        routing.virtualServices << ourVs;
        routing.destinationRules << ourDr;
        RoutingPlan plan = planRemoveMeshscopeRouting(routing);
        QVERIFY(plan.ok());
        QStringList titles;
        for (const PlannedWrite& write : plan.writes) {
            QCOMPARE(write.action, PlannedWrite::Action::Delete);
            titles << write.title();
        }
        QCOMPARE(titles,
            QStringList({ QStringLiteral("VirtualService bookinfo/reviews-meshscope"),
                QStringLiteral("DestinationRule bookinfo/reviews-meshscope") }));
        const QString notes = plan.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("Leaves VirtualService reviews: Meshscope did not create it")),
            qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("Leaves DestinationRule reviews: Meshscope did not create it")),
            qPrintable(notes));

        // A subset of ours that a staying route uses keeps the rule.
        QJsonObject userVs = routing.virtualServices.first();
        QJsonObject userSpec = userVs.value(QLatin1String("spec")).toObject();
        userSpec.insert(QLatin1String("http"),
            json(R"({"h": [{"route": [{"destination": {"host": "reviews", "subset": "canary"}}]}]})")
                .value(QLatin1String("h")));
        userVs.insert(QLatin1String("spec"), userSpec);
        routing.virtualServices = { userVs, ourVs };
        plan = planRemoveMeshscopeRouting(routing);
        QCOMPARE(plan.writes.size(), 1);
        QVERIFY(plan.notes.join(QLatin1Char('\n')).contains(QStringLiteral("use its subset(s) canary")));

        QCOMPARE(planRemoveMeshscopeRouting(bookinfo()).status, RoutingPlan::Status::NothingToDo);
    }

    void undoPlans()
    {
        const ServiceRouting routing = bookinfo();
        const QJsonObject before = routing.virtualServices.first();
        QJsonObject after = before;
        QJsonObject metadata = after.value(QLatin1String("metadata")).toObject();
        metadata.insert(QLatin1String("resourceVersion"), QStringLiteral("50"));
        after.insert(QLatin1String("metadata"), metadata);
        after.insert(QLatin1String("spec"), json(R"({"hosts": ["reviews"], "http": []})"));
        const QJsonObject created = json(
            R"({"kind": "DestinationRule", "metadata": {"name": "reviews-x", "namespace": "bookinfo", "resourceVersion": "49"}, "spec": {"host": "reviews"}})");

        ChangeRecord record;
        record.objects = { { QStringLiteral("networking.istio.io"), QStringLiteral("destinationrules"), {}, created },
            { QStringLiteral("networking.istio.io"), QStringLiteral("virtualservices"), before, after } };
        RoutingPlan plan = planUndo(record, { created, after });
        QVERIFY(plan.ok());
        QCOMPARE(plan.writes.size(), 2);
        // Routes first, then the rule they used.
        QCOMPARE(plan.writes.at(0).action, PlannedWrite::Action::Update);
        QCOMPARE(plan.writes.at(0).after.value(QLatin1String("spec")), before.value(QLatin1String("spec")));
        QCOMPARE(plan.writes.at(0)
                     .after.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("resourceVersion"))
                     .toString(),
            QStringLiteral("50"));
        QCOMPARE(plan.writes.at(0).after.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")),
            before.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")));
        QCOMPARE(plan.writes.at(1).action, PlannedWrite::Action::Delete);
        QVERIFY(plan.notes.isEmpty());

        // Changed again since: still undone (conditional on what is live now), with a note.
        QJsonObject later = after;
        metadata.insert(QLatin1String("resourceVersion"), QStringLiteral("57"));
        later.insert(QLatin1String("metadata"), metadata);
        plan = planUndo(record, { created, later });
        QCOMPARE(plan.writes.at(0)
                     .after.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("resourceVersion"))
                     .toString(),
            QStringLiteral("57"));
        QVERIFY(plan.notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("changed again after this change (resourceVersion 50 → 57)")));

        // Already undone, or gone: nothing to do.
        plan = planUndo(record, { QJsonObject(), before });
        QCOMPARE(plan.status, RoutingPlan::Status::NothingToDo);
    }

    void historySurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/history.json"));
        ChangeRecord record;
        record.context = QStringLiteral("prod");
        record.server = QStringLiteral("https://10.0.0.1:6443");
        record.ns = QStringLiteral("bookinfo");
        record.service = QStringLiteral("reviews");
        record.summary = QStringLiteral("v3 0 % → 100 %");
        record.objects = { { QStringLiteral("networking.istio.io"), QStringLiteral("virtualservices"),
            json(bookinfoVirtualService), json(bookinfoVirtualService) } };
        {
            ChangeHistory history(path);
            QCOMPARE(history.load(), QString());
            QCOMPARE(history.append(record), QString());
            QVERIFY(!record.id.isEmpty());
        }
        ChangeHistory reopened(path);
        QCOMPARE(reopened.load(), QString());
        QCOMPARE(reopened.records().size(), 1);
        const ChangeRecord& loaded = reopened.records().first();
        QCOMPARE(loaded.toJson(), record.toJson());
        QVERIFY(reopened.lastUndoable(record.server, QStringLiteral("bookinfo"), QStringLiteral("reviews")));
        QVERIFY(!reopened.lastUndoable(QStringLiteral("https://elsewhere")));
        QCOMPARE(reopened.markUndone(record.id, QStringLiteral("u1")), QString());
        QVERIFY(!reopened.lastUndoable(record.server));

        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{not json");
        broken.close();
        ChangeHistory damaged(path);
        QVERIFY(damaged.load().contains(QStringLiteral("damaged")));
        QVERIFY(damaged.records().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoutingWizards)
#include "tst_routingwizards.moc"
