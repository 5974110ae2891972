// The simulator's Kubernetes API over real HTTPS: Status objects, 410 for a too-old watch, 409 on a stale
// update, pagination, selectors, patches, server-side apply conflicts, dry run, tables, watch events and
// bookmarks, the pod/service proxy and the API fault knobs.
#include "support/simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using meshscope::testing::ApiClient;
using meshscope::testing::HttpResult;
using meshscope::testing::SimProcess;

namespace {
const QString reviewsPath = QStringLiteral("/apis/networking.istio.io/v1/namespaces/bookinfo/virtualservices/reviews");

QString reason(const HttpResult& result)
{
    return result.json.value(QStringLiteral("reason")).toString();
}

QString dump(const HttpResult& result)
{
    return QStringLiteral("HTTP %1: %2").arg(result.status).arg(QString::fromUtf8(result.body.left(1500)));
}
} // namespace

class TestSimApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({ QStringLiteral("--scenario"), QStringLiteral("bookinfo") }), qPrintable(m_sim.error()));
        m_admin = m_sim.token("meshscope-admin");
        m_readOnly = m_sim.token("meshscope-readonly");
        QVERIFY(!m_admin.isEmpty());
        QVERIFY(!m_readOnly.isEmpty());
        m_api = std::make_unique<ApiClient>(m_sim);
    }
    void cleanupTestCase()
    {
        m_api.reset();
        m_sim.stop();
    }

    void unauthenticatedIs401()
    {
        const HttpResult result = m_api->request("GET", QStringLiteral("/api/v1/pods"), "not-a-token");
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    }

    void discovery()
    {
        const HttpResult groups = m_api->request("GET", QStringLiteral("/apis"), m_admin);
        QCOMPARE(groups.status, 200);
        bool found = false;
        for (const QJsonValue& group : groups.json.value(QStringLiteral("groups")).toArray()) {
            if (group[QStringLiteral("name")].toString() == QStringLiteral("networking.istio.io")) {
                found = true;
                QCOMPARE(group[QStringLiteral("preferredVersion")][QStringLiteral("version")].toString(),
                    QStringLiteral("v1"));
                QCOMPARE(group[QStringLiteral("versions")].toArray().size(), 3);
            }
        }
        QVERIFY(found);
        const HttpResult resources
            = m_api->request("GET", QStringLiteral("/apis/networking.istio.io/v1alpha3"), m_admin);
        QVERIFY(resources.body.contains("\"name\":\"virtualservices\""));
        QVERIFY(resources.body.contains("\"kind\":\"VirtualService\""));
    }

    void notFoundIsStatus()
    {
        const HttpResult result
            = m_api->request("GET", QStringLiteral("/api/v1/namespaces/bookinfo/pods/nope"), m_admin);
        QCOMPARE(result.status, 404);
        QCOMPARE(reason(result), QStringLiteral("NotFound"));
        QCOMPARE(result.json.value(QStringLiteral("message")).toString(), QStringLiteral("pods \"nope\" not found"));
    }

    void watchFromTooOldVersionIsGone()
    {
        const HttpResult result
            = m_api->request("GET", QStringLiteral("/api/v1/pods?watch=true&resourceVersion=1"), m_admin);
        QCOMPARE(result.status, 410);
        QCOMPARE(reason(result), QStringLiteral("Expired"));
        QCOMPARE(result.json.value(QStringLiteral("code")).toInt(), 410);
        QVERIFY(result.json.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("too old resource version: 1 (")));
    }

    void staleUpdateConflicts()
    {
        const HttpResult current = m_api->request("GET", reviewsPath, m_admin);
        QCOMPARE(current.status, 200);
        QJsonObject object = current.json;
        // Somebody else changes it first.
        const HttpResult other = m_api->request("PATCH", reviewsPath, m_admin,
            R"({"metadata":{"labels":{"changed-by":"other"}}})", "application/merge-patch+json");
        QCOMPARE(other.status, 200);
        const HttpResult stale = m_api->request("PUT", reviewsPath, m_admin, QJsonDocument(object).toJson());
        QCOMPARE(stale.status, 409);
        QCOMPARE(reason(stale), QStringLiteral("Conflict"));
        QVERIFY(stale.json.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("the object has been modified")));
        // With the current resourceVersion it goes through, and the generation only moves for spec changes.
        object = other.json;
        QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("exportTo"), QJsonArray { QStringLiteral(".") });
        object.insert(QStringLiteral("spec"), spec);
        const HttpResult updated = m_api->request("PUT", reviewsPath, m_admin, QJsonDocument(object).toJson());
        QVERIFY2(updated.status == 200, qPrintable(dump(updated)));
        const int generation = updated.json[QStringLiteral("metadata")][QStringLiteral("generation")].toInt();
        QCOMPARE(generation, other.json[QStringLiteral("metadata")][QStringLiteral("generation")].toInt() + 1);
    }

    void pagination()
    {
        const HttpResult all = m_api->request("GET", QStringLiteral("/api/v1/pods"), m_admin);
        const int total = int(all.json.value(QStringLiteral("items")).toArray().size());
        QVERIFY(total >= 9);
        QSet<QString> names;
        QString next;
        int pages = 0;
        do {
            const HttpResult page = m_api->request("GET",
                QStringLiteral("/api/v1/pods?limit=2")
                    + (next.isEmpty() ? QString() : QStringLiteral("&continue=") + next),
                m_admin);
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json.value(QStringLiteral("items")).toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue& item : items)
                names.insert(item[QStringLiteral("metadata")][QStringLiteral("namespace")].toString() + QLatin1Char('/')
                    + item[QStringLiteral("metadata")][QStringLiteral("name")].toString());
            const QJsonObject metadata = page.json.value(QStringLiteral("metadata")).toObject();
            next = metadata.value(QStringLiteral("continue")).toString();
            if (!next.isEmpty())
                QCOMPARE(metadata.value(QStringLiteral("remainingItemCount")).toInt(), total - int(names.size()));
            ++pages;
        } while (!next.isEmpty() && pages < 100);
        QCOMPARE(int(names.size()), total);
        QCOMPARE(pages, (total + 1) / 2);
    }

    void selectors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::newRow("label equals") << QStringLiteral("labelSelector=app%3Dreviews") << 3;
        QTest::newRow("label set, form-encoded space")
            << QStringLiteral("labelSelector=app%3Dreviews,version+in+(v2,v3)") << 2;
        QTest::newRow("label not equals") << QStringLiteral("labelSelector=app%3Dreviews,version!%3Dv1") << 2;
        QTest::newRow("label exists") << QStringLiteral("labelSelector=security.istio.io/tlsMode") << 7;
        QTest::newRow("field namespace") << QStringLiteral("fieldSelector=metadata.namespace%3Distio-system") << 2;
    }

    void selectors()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        const HttpResult result = m_api->request("GET", QStringLiteral("/api/v1/pods?") + query, m_admin);
        QVERIFY2(result.status == 200, qPrintable(dump(result)));
        QCOMPARE(int(result.json.value(QStringLiteral("items")).toArray().size()), count);
    }

    void jsonPatchAndDryRun()
    {
        const QByteArray patch
            = R"([{"op":"replace","path":"/spec/hosts/0","value":"reviews.bookinfo.svc.cluster.local"}])";
        const HttpResult dry = m_api->request(
            "PATCH", reviewsPath + QStringLiteral("?dryRun=All"), m_admin, patch, "application/json-patch+json");
        QVERIFY2(dry.status == 200, qPrintable(dump(dry)));
        QCOMPARE(dry.json[QStringLiteral("spec")][QStringLiteral("hosts")][0].toString(),
            QStringLiteral("reviews.bookinfo.svc.cluster.local"));
        QCOMPARE(m_api->request("GET", reviewsPath, m_admin)
                     .json[QStringLiteral("spec")][QStringLiteral("hosts")][0]
                     .toString(),
            QStringLiteral("reviews"));

        const HttpResult failed = m_api->request("PATCH", reviewsPath, m_admin,
            R"([{"op":"test","path":"/spec/hosts/0","value":"x"}])", "application/json-patch+json");
        QCOMPARE(failed.status, 422);
        QCOMPARE(failed.json.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    }

    void serverSideApplyConflict()
    {
        const QString path
            = QStringLiteral("/apis/networking.istio.io/v1/namespaces/bookinfo/destinationrules/ssa-test");
        const QByteArray first = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: "
                                 "ssa-test\n  namespace: bookinfo\n"
                                 "spec:\n  host: ratings\n";
        const HttpResult created = m_api->request(
            "PATCH", path + QStringLiteral("?fieldManager=team-a"), m_admin, first, "application/apply-patch+yaml");
        QVERIFY2(created.status == 201, qPrintable(dump(created)));
        const QJsonArray managed = created.json[QStringLiteral("metadata")][QStringLiteral("managedFields")].toArray();
        QCOMPARE(managed.size(), 1);
        QCOMPARE(managed[0][QStringLiteral("manager")].toString(), QStringLiteral("team-a"));
        QCOMPARE(managed[0][QStringLiteral("operation")].toString(), QStringLiteral("Apply"));
        QVERIFY(managed[0][QStringLiteral("fieldsV1")][QStringLiteral("f:spec")].toObject().contains(
            QStringLiteral("f:host")));

        QByteArray second = first;
        second.replace("host: ratings", "host: details");
        const HttpResult conflict = m_api->request(
            "PATCH", path + QStringLiteral("?fieldManager=team-b"), m_admin, second, "application/apply-patch+yaml");
        QCOMPARE(conflict.status, 409);
        QCOMPARE(reason(conflict), QStringLiteral("Conflict"));
        const QJsonObject cause = conflict.json[QStringLiteral("details")][QStringLiteral("causes")][0].toObject();
        QCOMPARE(cause.value(QStringLiteral("reason")).toString(), QStringLiteral("FieldManagerConflict"));
        QCOMPARE(cause.value(QStringLiteral("field")).toString(), QStringLiteral(".spec.host"));

        const HttpResult forced = m_api->request("PATCH", path + QStringLiteral("?fieldManager=team-b&force=true"),
            m_admin, second, "application/apply-patch+yaml");
        QVERIFY2(forced.status == 200, qPrintable(dump(forced)));
        QCOMPARE(forced.json[QStringLiteral("spec")][QStringLiteral("host")].toString(), QStringLiteral("details"));

        // A resourceVersion in the applied object is a precondition: a stale one is refused, the current one writes.
        const QString version = forced.json[QStringLiteral("metadata")][QStringLiteral("resourceVersion")].toString();
        QByteArray third = second;
        third.replace("host: details", "host: reviews");
        QByteArray stale = third;
        stale.replace("  namespace: bookinfo\n", "  namespace: bookinfo\n  resourceVersion: \"1\"\n");
        const HttpResult refused = m_api->request("PATCH", path + QStringLiteral("?fieldManager=team-b&force=true"),
            m_admin, stale, "application/apply-patch+yaml");
        QCOMPARE(refused.status, 409);
        QCOMPARE(m_api->request("GET", path, m_admin).json[QStringLiteral("spec")][QStringLiteral("host")].toString(),
            QStringLiteral("details"));
        QByteArray current = third;
        current.replace("  namespace: bookinfo\n",
            QByteArray("  namespace: bookinfo\n  resourceVersion: \"" + version.toUtf8() + "\"\n"));
        const HttpResult written = m_api->request("PATCH", path + QStringLiteral("?fieldManager=team-b&force=true"),
            m_admin, current, "application/apply-patch+yaml");
        QVERIFY2(written.status == 200, qPrintable(dump(written)));
        QCOMPARE(written.json[QStringLiteral("spec")][QStringLiteral("host")].toString(), QStringLiteral("reviews"));
    }

    void readOnlyWriteIs403()
    {
        const HttpResult result = m_api->request("DELETE", reviewsPath, m_readOnly);
        QCOMPARE(result.status, 403);
        QCOMPARE(reason(result), QStringLiteral("Forbidden"));
        QCOMPARE(m_api->request("GET", reviewsPath, m_readOnly).status, 200);
    }

    void tableForPods()
    {
        const HttpResult table = m_api->request("GET", QStringLiteral("/api/v1/namespaces/bookinfo/pods"), m_admin, {},
            "application/json", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
        QCOMPARE(table.json.value(QStringLiteral("kind")).toString(), QStringLiteral("Table"));
        QCOMPARE(table.json[QStringLiteral("columnDefinitions")][1][QStringLiteral("name")].toString(),
            QStringLiteral("Ready"));
        QCOMPARE(table.json[QStringLiteral("rows")].toArray().size(), 7);
        QCOMPARE(table.json[QStringLiteral("rows")][0][QStringLiteral("object")][QStringLiteral("kind")].toString(),
            QStringLiteral("PartialObjectMetadata"));
    }

    void watchSeesChangesAndBookmarks()
    {
        const QString version = m_api->request("GET", reviewsPath, m_admin)
                                    .json[QStringLiteral("metadata")][QStringLiteral("resourceVersion")]
                                    .toString();
        std::unique_ptr<QNetworkReply> watch(
            m_api->stream(QStringLiteral("/apis/networking.istio.io/v1/namespaces/bookinfo/"
                                         "virtualservices?watch=true&allowWatchBookmarks=true&resourceVersion=")
                    + version,
                m_admin));
        QByteArray events;
        QTRY_VERIFY_WITH_TIMEOUT(watch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200, 30000);
        const HttpResult patched = m_api->request("PATCH", reviewsPath, m_admin,
            R"({"metadata":{"labels":{"watched":"yes"}}})", "application/merge-patch+json");
        QCOMPARE(patched.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT((events += watch->readAll()).contains("\"type\":\"MODIFIED\""), 30000);
        QVERIFY(events.contains("\"watched\":\"yes\""));
        QTRY_VERIFY_WITH_TIMEOUT((events += watch->readAll()).contains("\"type\":\"BOOKMARK\""), 30000);
        watch->abort();
    }

    void podAndServiceProxy()
    {
        const HttpResult pods = m_api->request(
            "GET", QStringLiteral("/api/v1/namespaces/istio-system/pods?labelSelector=app%3Distiod"), m_admin);
        const QString istiod
            = pods.json[QStringLiteral("items")][0][QStringLiteral("metadata")][QStringLiteral("name")].toString();
        QVERIFY(!istiod.isEmpty());
        // Nothing listens on this port: the API server's own error.
        const HttpResult refused = m_api->request(
            "GET", QStringLiteral("/api/v1/namespaces/istio-system/pods/%1:9999/proxy/").arg(istiod), m_admin);
        QCOMPARE(refused.status, 503);
        QVERIFY(
            refused.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("connection refused")));
        const HttpResult missing = m_api->request(
            "GET", QStringLiteral("/api/v1/namespaces/istio-system/pods/nope:15014/proxy/version"), m_admin);
        QCOMPARE(missing.status, 404);
        // istiod's debug port, through the pod and through its service (answered by the mesh side).
        const HttpResult viaPod = m_api->request(
            "GET", QStringLiteral("/api/v1/namespaces/istio-system/pods/%1:15014/proxy/version").arg(istiod), m_admin);
        const HttpResult viaService = m_api->request(
            "GET", QStringLiteral("/api/v1/namespaces/istio-system/services/istiod:15014/proxy/version"), m_admin);
        QCOMPARE(viaService.status, viaPod.status);
        QVERIFY2(viaPod.status == 200 || viaPod.status == 503, qPrintable(dump(viaPod)));
    }

    void faultKnobs()
    {
        HttpResult set
            = m_api->admin(QStringLiteral("/faults/api"), R"({"throttlePercent":100,"retryAfterSeconds":3})");
        QCOMPARE(set.status, 200);
        const HttpResult throttled = m_api->request("GET", QStringLiteral("/api/v1/pods"), m_admin);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("retry-after"), QByteArray("3"));
        QCOMPARE(reason(throttled), QStringLiteral("TooManyRequests"));

        m_api->admin(QStringLiteral("/faults/api"), R"({"throttlePercent":0,"errorPercent":100})");
        const HttpResult failed = m_api->request("GET", QStringLiteral("/api/v1/pods"), m_admin);
        QCOMPARE(failed.status, 500);
        QCOMPARE(reason(failed), QStringLiteral("InternalError"));

        m_api->admin(QStringLiteral("/faults/api"), R"({"errorPercent":0,"slowMs":300})");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_api->request("GET", QStringLiteral("/api/v1/namespaces"), m_admin).status, 200);
        QVERIFY(timer.elapsed() >= 250); // a lower bound only: never flaky on a slow machine
        m_api->admin(QStringLiteral("/faults/api"), R"({"slowMs":0})");

        std::unique_ptr<QNetworkReply> watch(m_api->stream(QStringLiteral("/api/v1/namespaces?watch=true"), m_admin));
        QTRY_VERIFY_WITH_TIMEOUT(watch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200, 30000);
        QSignalSpy finished(watch.get(), &QNetworkReply::finished);
        const HttpResult dropped = m_api->admin(QStringLiteral("/faults/api/drop-watches"), "{}");
        QVERIFY2(dropped.json.value(QStringLiteral("dropped")).toInt() == 1, qPrintable(dump(dropped)));
        QVERIFY(finished.count() == 1 || finished.wait(30000));
    }

private:
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_api;
    QByteArray m_admin;
    QByteArray m_readOnly;
};

QTEST_GUILESS_MAIN(TestSimApi)
#include "tst_simapi.moc"
