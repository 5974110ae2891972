// The traffic engine against the simulator and a real Prometheus scraping it: weights land and the measured split
// follows, adopted routing keeps everything else, dry runs write nothing, conflicts never overwrite, owners and
// read-only users are refused, undo restores byte-identical specs, creation from nothing and removal, and the
// Gateway API's HTTPRoute.

#include "models/traffic/routingwizards.h"
#include "models/traffic/shiftplanner.h"
#include "models/traffic/trafficchange.h"
#include "support/prometheusserver.h"
#include "trafficsimcluster.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;
using namespace meshscope::traffic;

namespace {

ShiftRequest shift(const QList<std::pair<QString, int>>& weights)
{
    ShiftRequest request;
    request.weights = weights;
    return request;
}

QJsonArray httpRoutes(const QJsonObject& vs)
{
    return vs.value(QLatin1String("spec")).toObject().value(QLatin1String("http")).toArray();
}

QList<int> defaultWeights(const QJsonObject& vs)
{
    QList<int> weights;
    for (const QJsonValue& entry : httpRoutes(vs).last().toObject().value(QLatin1String("route")).toArray())
        weights << entry.toObject().value(QLatin1String("weight")).toInt(-1);
    return weights;
}

QByteArray specBytes(const QJsonObject& object)
{
    return QJsonDocument(object.value(QLatin1String("spec")).toObject()).toJson(QJsonDocument::Compact);
}

QString resourceVersion(const QJsonObject& object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
}

} // namespace

class TestTrafficSim : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    PrometheusServer m_prometheus;
    std::unique_ptr<SimCluster> m_admin;
    QTemporaryDir m_dir;
    std::unique_ptr<ChangeHistory> m_history;
    std::unique_ptr<TrafficChange> m_change;
    std::unique_ptr<RawObjects> m_raw;

    std::optional<TrafficChange::Prepared> prepare(TrafficChange& change, const TrafficChange::Planner& planner)
    {
        return waitForCallback<TrafficChange::Prepared>([&](auto done) {
            change.prepare(QStringLiteral("bookinfo"), QStringLiteral("reviews"), QStringLiteral("traffic-shifting"),
                planner, this, done);
        });
    }
    std::optional<TrafficChange::Prepared> prepareShift(const QList<std::pair<QString, int>>& weights)
    {
        const ShiftRequest request = shift(weights);
        return prepare(*m_change, [request](const ServiceRouting& routing) { return planShift(routing, request); });
    }
    std::optional<TrafficChange::Applied> apply(
        TrafficChange& change, const TrafficChange::Prepared& prepared, bool force = false)
    {
        return waitForCallback<TrafficChange::Applied>([&](auto done) { change.apply(prepared, force, this, done); });
    }

    // Requests to reviews per version over the last `seconds`, as Prometheus measured them.
    QMap<QString, double> measuredSplit(int seconds)
    {
        QMap<QString, double> split;
        const QJsonArray result = m_prometheus.query(
            QStringLiteral("sum by (destination_version) (increase(istio_requests_total{reporter=\"destination\","
                           "destination_workload_namespace=\"bookinfo\",destination_app=\"reviews\"}[%1s]))")
                .arg(seconds));
        double total = 0;
        for (const QJsonValue& value : result) {
            const double count = value.toObject().value(QLatin1String("value")).toArray().at(1).toString().toDouble();
            split[value.toObject()
                      .value(QLatin1String("metric"))
                      .toObject()
                      .value(QLatin1String("destination_version"))
                      .toString()]
                = count;
            total += count;
        }
        for (double& share : split)
            share = total > 0 ? 100.0 * share / total : 0;
        return split;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        QVERIFY2(m_prometheus.scrape(m_sim.metrics()), qPrintable(m_prometheus.error()));
        m_admin = SimCluster::connect(m_sim);
        QVERIFY2(m_admin->error.isEmpty(), qPrintable(m_admin->error));
        m_history = std::make_unique<ChangeHistory>(m_dir.filePath(QStringLiteral("history.json")));
        m_change = std::make_unique<TrafficChange>(m_admin->api.get(), m_admin->discovery.get(), m_history.get());
        m_raw = std::make_unique<RawObjects>(m_sim);
    }

    // Bookinfo's reviews VirtualService routes end-user: jason to v2 first; its default route gets a timeout and
    // retries here. Shifting changes the default route's weights and nothing else.
    void weightsLandAndEverythingElseStays()
    {
        QJsonObject vs = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        QVERIFY(!vs.isEmpty());
        QJsonObject spec = vs.value(QLatin1String("spec")).toObject();
        QJsonArray http = spec.value(QLatin1String("http")).toArray();
        QJsonObject last = http.last().toObject();
        last.insert(QLatin1String("timeout"), QStringLiteral("10s"));
        last.insert(QLatin1String("retries"),
            QJsonObject {
                { QStringLiteral("attempts"), 3 }, { QStringLiteral("perTryTimeout"), QStringLiteral("2s") } });
        http.replace(http.size() - 1, last);
        spec.insert(QLatin1String("http"), http);
        vs.insert(QLatin1String("spec"), spec);
        QCOMPARE(m_raw->put(QStringLiteral("virtualservices"), vs), 200);
        const QJsonObject before = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));

        const auto prepared
            = prepareShift({ { QStringLiteral("v1"), 80 }, { QStringLiteral("v2"), 20 }, { QStringLiteral("v3"), 0 } });
        QVERIFY(prepared);
        QVERIFY2(prepared->canWrite(false), qPrintable(prepared->refusal(false)));
        QCOMPARE(prepared->plan.writes.size(), 1);
        QVERIFY(prepared->review.patch().contains(QStringLiteral("+      weight: 80")));
        const auto applied = apply(*m_change, *prepared);
        QVERIFY(applied);
        QVERIFY2(applied->outcome.ok(), qPrintable(applied->outcome.summary()));

        const QJsonObject after = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        QCOMPARE(defaultWeights(after), QList<int>({ 80, 20, 0 }));
        QCOMPARE(httpRoutes(after).first(), httpRoutes(before).first()); // the header match, untouched
        const QJsonObject route = httpRoutes(after).last().toObject();
        QCOMPARE(route.value(QLatin1String("timeout")).toString(), QStringLiteral("10s"));
        QCOMPARE(route.value(QLatin1String("retries")), last.value(QLatin1String("retries")));
        QCOMPARE(after.value(QLatin1String("spec")).toObject().value(QLatin1String("hosts")),
            before.value(QLatin1String("spec")).toObject().value(QLatin1String("hosts")));
        QCOMPARE(m_history->records().size(), 1);
    }

    // The simulator routes by the live VirtualService and Prometheus scrapes it: the measured split of reviews
    // follows within ±5 percentage points (every 10th request is jason's and goes to v2 by its header match).
    void measuredSplitFollows()
    {
        const double expected[] = { 0.9 * 80, 10 + 0.9 * 20, 0 };
        QString measured;
        const auto follows = [&] {
            const QMap<QString, double> split = measuredSplit(10); // the older requests leave the window
            bool near = !split.isEmpty();
            measured.clear();
            for (int index = 0; index < 3; ++index) {
                const QString version = QStringLiteral("v%1").arg(index + 1);
                near = near && std::abs(split.value(version) - expected[index]) <= 5.0;
                measured += QStringLiteral("%1: measured %2 %, expected %3 %; ")
                                .arg(version)
                                .arg(split.value(version))
                                .arg(expected[index]);
            }
            return near;
        };
        QVERIFY2(waitUntil(follows, 45000), qPrintable(measured));
    }

    void dryRunChangesNothing()
    {
        const QJsonObject before = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        const auto prepared = prepareShift({ { QStringLiteral("v1"), 10 }, { QStringLiteral("v2"), 90 } });
        QVERIFY(prepared && prepared->plan.ok());
        const auto outcome
            = waitForCallback<RoutingWriter::Outcome>([&](auto done) { m_change->dryRun(*prepared, this, done); });
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->summary()));
        QVERIFY(outcome->dryRun);
        QVERIFY(outcome->summary().contains(QStringLiteral("would accept")));
        // The server's answer is the object as it would be stored.
        QCOMPARE(defaultWeights(outcome->steps.first().result.object), QList<int>({ 10, 90, 0 }));
        const QJsonObject after = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        QCOMPARE(resourceVersion(after), resourceVersion(before));
        QCOMPARE(specBytes(after), specBytes(before));
    }

    // Someone changes the VirtualService between review and apply: a conflict, their change stays.
    void concurrentChangeIsAConflictNotAnOverwrite()
    {
        const auto prepared = prepareShift({ { QStringLiteral("v1"), 50 }, { QStringLiteral("v2"), 50 } });
        QVERIFY(prepared && prepared->plan.ok());
        QJsonObject theirs = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        QJsonObject metadata = theirs.value(QLatin1String("metadata")).toObject();
        metadata.insert(
            QLatin1String("labels"), QJsonObject { { QStringLiteral("changed-by"), QStringLiteral("someone-else") } });
        theirs.insert(QLatin1String("metadata"), metadata);
        QCOMPARE(m_raw->put(QStringLiteral("virtualservices"), theirs), 200);

        const auto applied = apply(*m_change, *prepared);
        QVERIFY(applied);
        QVERIFY(applied->outcome.conflict());
        QVERIFY(applied->record.id.isEmpty());
        QVERIFY2(applied->conflictDiff.contains(QStringLiteral("+    changed-by: someone-else")),
            qPrintable(applied->conflictDiff));
        const QJsonObject after = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        QCOMPARE(after.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("labels"))
                     .toObject()
                     .value(QLatin1String("changed-by"))
                     .toString(),
            QStringLiteral("someone-else"));
        QCOMPARE(defaultWeights(after), QList<int>({ 80, 20, 0 }));
        QCOMPARE(m_history->records().size(), 1);
    }

    // Undo puts the spec back byte for byte, conflict-safely, and the history (on disk) says so.
    void undoRestoresByteIdenticalSpecs()
    {
        const QJsonObject original = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        const auto prepared = prepareShift({ { QStringLiteral("v3"), 100 } });
        QVERIFY(prepared && prepared->plan.ok());
        const auto applied = apply(*m_change, *prepared);
        QVERIFY(applied && applied->outcome.ok());
        QVERIFY(
            specBytes(m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"))) != specBytes(original));

        // A restart: the history is read back from its file.
        ChangeHistory reopened(m_dir.filePath(QStringLiteral("history.json")));
        QCOMPARE(reopened.load(), QString());
        const std::optional<ChangeRecord> record
            = reopened.lastUndoable(m_change->server(), QStringLiteral("bookinfo"), QStringLiteral("reviews"));
        QVERIFY(record);
        QCOMPARE(record->id, applied->record.id);
        TrafficChange undoer(m_admin->api.get(), m_admin->discovery.get(), &reopened);
        const auto undo
            = waitForCallback<TrafficChange::Prepared>([&](auto done) { undoer.prepareUndo(*record, this, done); });
        QVERIFY(undo && undo->plan.ok());
        QVERIFY(undo->review.patch().contains(QStringLiteral("-      weight: 100")));
        const auto undone = apply(undoer, *undo);
        QVERIFY(undone && undone->outcome.ok());

        const QJsonObject restored = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        QCOMPARE(specBytes(restored), specBytes(original));
        QCOMPARE(restored.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")),
            original.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")));
        ChangeHistory again(m_dir.filePath(QStringLiteral("history.json")));
        QCOMPARE(again.load(), QString());
        QCOMPARE(again.find(record->id)->undoneBy, undone->record.id);
        QCOMPARE(again.find(undone->record.id)->undoes, record->id);
    }

    void readOnlyContextIsRefused()
    {
        const std::unique_ptr<SimCluster> readOnly
            = SimCluster::connect(m_sim, QStringLiteral("meshscope-sim-readonly"));
        QVERIFY2(readOnly->error.isEmpty(), qPrintable(readOnly->error));
        TrafficChange change(readOnly->api.get(), readOnly->discovery.get(), nullptr);
        const ShiftRequest request = shift({ { QStringLiteral("v2"), 100 } });
        const auto prepared
            = prepare(change, [request](const ServiceRouting& routing) { return planShift(routing, request); });
        QVERIFY(prepared);
        QVERIFY(prepared->plan.ok()); // reading works
        QVERIFY(!prepared->permissions.allowed());
        QVERIFY(!prepared->canWrite(true));
        QVERIFY2(prepared->refusal(true).contains(
                     QStringLiteral("You may not make this change: update virtualservices in bookinfo")),
            qPrintable(prepared->refusal(true)));
        const QString before
            = resourceVersion(m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews")));
        const auto applied = apply(change, *prepared, true);
        QVERIFY(applied && !applied->outcome.ok());
        QCOMPARE(resourceVersion(m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"))), before);
    }

    void argoCdLabelledIsRefusedWithoutOverride()
    {
        QJsonObject vs = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        QJsonObject metadata = vs.value(QLatin1String("metadata")).toObject();
        metadata.insert(QLatin1String("labels"),
            QJsonObject { { QStringLiteral("argocd.argoproj.io/instance"), QStringLiteral("storefront") } });
        vs.insert(QLatin1String("metadata"), metadata);
        QCOMPARE(m_raw->put(QStringLiteral("virtualservices"), vs), 200);
        const QString before
            = resourceVersion(m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews")));

        auto prepared = prepareShift({ { QStringLiteral("v1"), 60 }, { QStringLiteral("v2"), 40 } });
        QVERIFY(prepared && prepared->plan.ok());
        QVERIFY(prepared->review.blockedByOwners());
        QVERIFY2(prepared->refusal(false).contains(QStringLiteral("Argo CD application \"storefront\"")),
            qPrintable(prepared->refusal(false)));
        auto applied = apply(*m_change, *prepared, false);
        QVERIFY(applied && !applied->outcome.ok());
        QCOMPARE(resourceVersion(m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"))), before);

        applied = apply(*m_change, *prepared, true); // the explicit override
        QVERIFY(applied && applied->outcome.ok());
        QCOMPARE(defaultWeights(m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"))).mid(0, 2),
            QList<int>({ 60, 40 }));
    }

    // Without any routing: a VirtualService and a DestinationRule as Kiali writes them, labelled; removing
    // Meshscope's routing deletes exactly those.
    void creationFromNothingAndRemoval()
    {
        QCOMPARE(m_raw->remove(QStringLiteral("virtualservices"), QStringLiteral("reviews")), 200);
        QCOMPARE(m_raw->remove(QStringLiteral("destinationrules"), QStringLiteral("reviews")), 200);
        const auto prepared = prepareShift({ { QStringLiteral("v1"), 50 }, { QStringLiteral("v3"), 50 } });
        QVERIFY(prepared && prepared->plan.ok());
        QCOMPARE(prepared->plan.writes.size(), 2);
        const auto applied = apply(*m_change, *prepared);
        QVERIFY(applied && applied->outcome.ok());
        const QJsonObject vs = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        const QJsonObject dr = m_raw->get(QStringLiteral("destinationrules"), QStringLiteral("reviews"));
        QCOMPARE(defaultWeights(vs), QList<int>({ 50, 0, 50 }));
        QCOMPARE(dr.value(QLatin1String("spec")).toObject().value(QLatin1String("subsets")).toArray().size(), 3);
        for (const QJsonObject& object : { vs, dr })
            QCOMPARE(object.value(QLatin1String("metadata"))
                         .toObject()
                         .value(QLatin1String("labels"))
                         .toObject()
                         .value(QLatin1String(wizardLabel))
                         .toString(),
                QStringLiteral("traffic-shifting"));

        const auto removal
            = prepare(*m_change, [](const ServiceRouting& routing) { return planRemoveMeshscopeRouting(routing); });
        QVERIFY(removal && removal->plan.ok());
        QCOMPARE(removal->plan.writes.size(), 2);
        const auto removed = apply(*m_change, *removal);
        QVERIFY(removed && removed->outcome.ok());
        QVERIFY(m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews")).isEmpty());
        QVERIFY(m_raw->get(QStringLiteral("destinationrules"), QStringLiteral("reviews")).isEmpty());
    }

    // Gateway API: an HTTPRoute attached to reviews splits between per-version Services; shifting changes its
    // backendRefs weights and the simulator's traffic follows them.
    void httpRouteBackendRefsShift()
    {
        for (const char* version : { "v1", "v2", "v3" }) {
            const QJsonObject backend
                = QJsonDocument::fromJson(QStringLiteral(R"({"apiVersion": "v1", "kind": "Service",
                "metadata": {"name": "reviews-%1", "namespace": "bookinfo"},
                "spec": {"ports": [{"name": "http", "port": 9080, "targetPort": 9080}], "selector": {"app": "reviews", "version": "%1"}}})")
                                              .arg(QLatin1String(version))
                                              .toUtf8())
                      .object();
            QCOMPARE(m_raw->create(QStringLiteral("services"), backend), 201);
        }
        const QJsonObject route
            = QJsonDocument::fromJson(R"({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
            "metadata": {"name": "reviews", "namespace": "bookinfo"},
            "spec": {"parentRefs": [{"group": "", "kind": "Service", "name": "reviews", "port": 9080}],
                     "rules": [{"backendRefs": [{"name": "reviews-v1", "port": 9080, "weight": 100}]}]}})")
                  .object();
        QCOMPARE(m_raw->create(QStringLiteral("httproutes"), route), 201);

        const auto prepared = prepareShift({ { QStringLiteral("v1"), 30 }, { QStringLiteral("v3"), 70 } });
        QVERIFY(prepared);
        QVERIFY2(prepared->plan.ok(), qPrintable(prepared->plan.message));
        QCOMPARE(prepared->plan.writes.first().kind(), QStringLiteral("HTTPRoute"));
        const auto applied = apply(*m_change, *prepared);
        QVERIFY(applied);
        QVERIFY2(applied->outcome.ok(), qPrintable(applied->outcome.summary()));
        const QJsonArray backends = m_raw->get(QStringLiteral("httproutes"), QStringLiteral("reviews"))
                                        .value(QLatin1String("spec"))
                                        .toObject()
                                        .value(QLatin1String("rules"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QLatin1String("backendRefs"))
                                        .toArray();
        QCOMPARE(backends.size(), 2);
        QCOMPARE(backends.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("reviews-v3"));
        QCOMPARE(backends.at(1).toObject().value(QLatin1String("weight")).toInt(), 70);

        QMap<QString, double> split;
        const auto follows = [&] {
            split = measuredSplit(10);
            return std::abs(split.value(QStringLiteral("v1")) - 30) <= 5
                && std::abs(split.value(QStringLiteral("v3")) - 70) <= 5 && split.value(QStringLiteral("v2")) <= 5;
        };
        QVERIFY2(waitUntil(follows, 45000),
            qPrintable(QStringLiteral("measured v1 %1 %, v2 %2 %, v3 %3 %")
                           .arg(split.value(QStringLiteral("v1")))
                           .arg(split.value(QStringLiteral("v2")))
                           .arg(split.value(QStringLiteral("v3")))));
    }
};

QTEST_GUILESS_MAIN(TestTrafficSim)
#include "tst_trafficsim.moc"
