// Kubernetes wire formats: list pages, watch streams split at arbitrary bytes, discovery, and malformed bodies.
#include "models/kube/kubediscovery.h"
#include "models/kube/kubeinformer.h"
#include "models/kube/kubejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace meshscope;

namespace {

QByteArray pod(const QString& ns, const QString& name, const QString& rv)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("metadata"),
                             QJsonObject { { QStringLiteral("namespace"), ns }, { QStringLiteral("name"), name },
                                 { QStringLiteral("resourceVersion"), rv } } } })
        .toJson(QJsonDocument::Compact);
}

QByteArray watchEvent(const char* type, const QByteArray& object)
{
    return "{\"type\":\"" + QByteArray(type) + "\",\"object\":" + object + "}\n";
}

// A recorded watch stream as the API server sends it.
QByteArray recordedStream()
{
    return watchEvent("ADDED", pod(QStringLiteral("a"), QStringLiteral("p1"), QStringLiteral("11")))
        + watchEvent("MODIFIED", pod(QStringLiteral("a"), QStringLiteral("p1"), QStringLiteral("12")))
        + watchEvent("BOOKMARK", R"({"kind":"Pod","apiVersion":"v1","metadata":{"resourceVersion":"15"}})")
        + watchEvent("DELETED", pod(QStringLiteral("a"), QStringLiteral("p1"), QStringLiteral("16")))
        + watchEvent("ERROR",
            R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Expired","code":410,)"
            R"x("message":"too old resource version: 1 (16)"})x");
}

} // namespace

class TestKubeWire : public QObject
{
    Q_OBJECT
private slots:
    void parsesListPage()
    {
        const QByteArray body = R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"42",)"
                                R"("continue":"tok"},"items":[)"
            + pod(QStringLiteral("a"), QStringLiteral("p1"), QStringLiteral("40")) + ","
            + pod(QString(), QStringLiteral("node1"), QStringLiteral("41")) + "]}";
        const KubeListPage page = parseListPage(body);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.resourceVersion, QStringLiteral("42"));
        QCOMPARE(page.continueToken, QStringLiteral("tok"));
        QCOMPARE(objectKey(page.items.at(0)), QStringLiteral("a/p1"));
        QCOMPARE(objectKey(page.items.at(1)), QStringLiteral("node1"));
        QCOMPARE(objectResourceVersion(page.items.at(1)), QStringLiteral("41"));
        QVERIFY(parseListPage(R"({"items":null,"metadata":{"resourceVersion":"1"}})").error.isEmpty());
    }

    void malformedListsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("items not array") << QByteArray(R"({"items":{}})");
        QTest::newRow("item without name") << QByteArray(R"({"items":[{"metadata":{}}]})");
        QTest::newRow("item not object") << QByteArray(R"({"items":[3]})");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
    }

    void malformedListsAreErrors()
    {
        QFETCH(QByteArray, body);
        const KubeListPage page = parseListPage(body);
        QVERIFY(!page.error.isEmpty());
        QVERIFY(page.items.isEmpty());
    }

    void truncatedListsNeverCrash()
    {
        QByteArray body = R"({"kind":"PodList","metadata":{"resourceVersion":"9"},"items":[)";
        for (int i = 0; i < 20; ++i)
            body += (i ? "," : "") + pod(QStringLiteral("ns"), QStringLiteral("p%1").arg(i), QString::number(i));
        body += "]}";
        QVERIFY(parseListPage(body).error.isEmpty());
        for (qsizetype cut = 0; cut < body.size() - 1; cut += 7)
            QVERIFY(!parseListPage(body.left(cut)).error.isEmpty());
    }

    void splitsWatchStreamAtAnyByte()
    {
        const QByteArray stream = recordedStream();
        // Every split point: the same five events, in order.
        for (qsizetype split = 0; split <= stream.size(); ++split) {
            WatchStreamParser parser;
            QList<KubeWatchEvent> events = parser.feed(stream.left(split));
            events += parser.feed(stream.mid(split));
            QCOMPARE(events.size(), 5);
            QCOMPARE(events.at(0).type, KubeWatchEvent::Type::Added);
            QCOMPARE(events.at(1).type, KubeWatchEvent::Type::Modified);
            QCOMPARE(events.at(2).type, KubeWatchEvent::Type::Bookmark);
            QCOMPARE(events.at(3).type, KubeWatchEvent::Type::Deleted);
            QCOMPARE(events.at(4).type, KubeWatchEvent::Type::Error);
            QCOMPARE(events.at(4).object.value(QLatin1String("code")).toInt(), 410);
            QVERIFY(!parser.hasPartialLine());
        }
        // Byte by byte.
        WatchStreamParser parser;
        int count = 0;
        for (char byte : stream)
            count += int(parser.feed(QByteArray(1, byte)).size());
        QCOMPARE(count, 5);
    }

    void malformedWatchEventsAreSkippedWithAnError_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("garbage") << QByteArray("not json\n");
        QTest::newRow("unknown type") << QByteArray(R"({"type":"EXPLODED","object":{}})"
                                                    "\n");
        QTest::newRow("no name") << QByteArray(R"({"type":"ADDED","object":{"metadata":{}}})"
                                               "\n");
        QTest::newRow("truncated") << recordedStream().left(37) + "\n";
    }

    void malformedWatchEventsAreSkippedWithAnError()
    {
        QFETCH(QByteArray, line);
        WatchStreamParser parser;
        const auto events = parser.feed(
            line + watchEvent("ADDED", pod(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("1"))));
        QCOMPARE(events.size(), 1); // the good event after the bad one still arrives
        QVERIFY(!parser.error().isEmpty());
    }

    void truncatedWatchStreamsNeverCrash()
    {
        const QByteArray stream = recordedStream();
        for (qsizetype cut = 0; cut < stream.size(); ++cut) {
            WatchStreamParser parser;
            parser.feed(stream.left(cut) + "\n" + stream.mid(cut + 5));
        }
    }

    void resourcePaths()
    {
        const KubeResource pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), QStringLiteral("Pod"),
            true };
        QCOMPARE(pods.path(), QStringLiteral("/api/v1/pods"));
        QCOMPARE(pods.path(QStringLiteral("ns"), QStringLiteral("p")), QStringLiteral("/api/v1/namespaces/ns/pods/p"));
        const KubeResource vs { QStringLiteral("networking.istio.io"), QStringLiteral("v1"),
            QStringLiteral("virtualservices"), QStringLiteral("VirtualService"), true };
        QCOMPARE(
            vs.path(QStringLiteral("b")), QStringLiteral("/apis/networking.istio.io/v1/namespaces/b/virtualservices"));
        const KubeResource nodes { QString(), QStringLiteral("v1"), QStringLiteral("nodes"), QStringLiteral("Node"),
            false };
        QCOMPARE(nodes.path(QStringLiteral("ignored"), QStringLiteral("n1")), QStringLiteral("/api/v1/nodes/n1"));
        QCOMPARE(podProxyPath(
                     QStringLiteral("istio-system"), QStringLiteral("istiod-1"), 15014, QStringLiteral("/debug/syncz")),
            QStringLiteral("/api/v1/namespaces/istio-system/pods/istiod-1:15014/proxy/debug/syncz"));
        QCOMPARE(serviceProxyPath(QStringLiteral("istio-system"), QStringLiteral("prometheus"), 9090,
                     QStringLiteral("api/v1/query")),
            QStringLiteral("/api/v1/namespaces/istio-system/services/prometheus:9090/proxy/api/v1/query"));
    }

    void discoveryChoosesVersions_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("served");
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("expected");
        QTest::newRow("istio v1 served") << "networking.istio.io" << QStringList { "v1alpha3", "v1beta1", "v1" }
                                         << "v1alpha3"
                                         << "v1";
        QTest::newRow("istio old") << "networking.istio.io" << QStringList { "v1alpha3", "v1beta1" } << "v1alpha3"
                                   << "v1beta1";
        QTest::newRow("istio alpha only") << "networking.istio.io" << QStringList { "v1alpha3" } << "v1alpha3"
                                          << "v1alpha3";
        QTest::newRow("other preferred") << "apps" << QStringList { "v1", "v1beta2" } << "v1beta2"
                                         << "v1beta2";
        QTest::newRow("nothing served") << "x.io" << QStringList {} << ""
                                        << "";
    }

    void discoveryChoosesVersions()
    {
        QFETCH(QString, group);
        QFETCH(QStringList, served);
        QFETCH(QString, preferred);
        QFETCH(QString, expected);
        QCOMPARE(KubeDiscovery::chooseVersion(group, served, preferred), expected);
    }

    void versionPriority()
    {
        // apimachinery's order: GA, beta, alpha (higher numbers first), then anything else alphabetically.
        const QStringList expected { "v2", "v1", "v2beta1", "v1beta2", "v1beta1", "v1alpha3", "v1alpha1", "foo1",
            "v12foo" };
        QStringList sorted { "v1alpha1", "v12foo", "v1beta1", "v1", "foo1", "v1alpha3", "v2beta1", "v2", "v1beta2" };
        std::sort(sorted.begin(), sorted.end(), &KubeDiscovery::isNewerVersion);
        QCOMPARE(sorted, expected);
        QVERIFY(!KubeDiscovery::isNewerVersion(QStringLiteral("v1"), QStringLiteral("v1")));
    }

    void discoveryChoosesVersionPerKind()
    {
        const auto r = [](const char* version, const char* plural) {
            return KubeResource { QStringLiteral("networking.istio.io"), QString::fromLatin1(version),
                QString::fromLatin1(plural), QString(), true };
        };
        // As Istio's CRDs serve them: most kinds in v1, v1beta1 and v1alpha3; EnvoyFilter only v1alpha3, ProxyConfig
        // only v1beta1; WorkloadGroup (made up here) in two old versions.
        const QList<KubeResource> served { r("v1alpha3", "virtualservices"), r("v1alpha3", "envoyfilters"),
            r("v1alpha3", "workloadgroups"), r("v1beta1", "virtualservices"), r("v1beta1", "proxyconfigs"),
            r("v1beta1", "workloadgroups"), r("v1", "virtualservices") };
        const QList<KubeResource> chosen = KubeDiscovery::chooseResources(
            served, { { QStringLiteral("networking.istio.io"), QStringLiteral("v1") } });
        QHash<QString, QString> versions;
        for (const KubeResource& resource : chosen) {
            QVERIFY2(!versions.contains(resource.resource), qPrintable(resource.resource));
            versions.insert(resource.resource, resource.version);
        }
        QCOMPARE(versions.size(), 4);
        QCOMPARE(versions.value(QStringLiteral("virtualservices")), QStringLiteral("v1")); // preferred
        QCOMPARE(versions.value(QStringLiteral("envoyfilters")), QStringLiteral("v1alpha3")); // only one
        QCOMPARE(versions.value(QStringLiteral("proxyconfigs")), QStringLiteral("v1beta1"));
        QCOMPARE(versions.value(QStringLiteral("workloadgroups")), QStringLiteral("v1beta1")); // newest

        // The preferred version wins even over a newer one (apps prefers what the server says).
        const QList<KubeResource> preferOld
            = KubeDiscovery::chooseResources({ r("v1", "virtualservices"), r("v1beta1", "virtualservices") },
                { { QStringLiteral("networking.istio.io"), QStringLiteral("v1beta1") } });
        QCOMPARE(preferOld.size(), 1);
        QCOMPARE(preferOld.at(0).version, QStringLiteral("v1beta1"));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("seconds") << QByteArray("2") << 2000;
        QTest::newRow("spaces") << QByteArray(" 7 ") << 7000;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("negative") << QByteArray("-1") << -1;
        QTest::newRow("HTTP date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << 30000;
        QTest::newRow("HTTP date in the past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << 0;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
        QCOMPARE(KubeInformer::retryAfterMs(value, now), expected);
    }

    void parsesResourceLists()
    {
        const QByteArray body = R"({"kind":"APIResourceList","groupVersion":"networking.istio.io/v1","resources":[)"
                                R"({"name":"virtualservices","namespaced":true,"kind":"VirtualService"},)"
                                R"({"name":"virtualservices/status","namespaced":true,"kind":"VirtualService"}]})";
        QString error;
        const auto resources = KubeDiscovery::parseResourceList(body, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(resources.size(), 1);
        QCOMPARE(resources.at(0).group, QStringLiteral("networking.istio.io"));
        QCOMPARE(resources.at(0).kind, QStringLiteral("VirtualService"));
        for (qsizetype cut = 0; cut < body.size(); cut += 5) {
            QString truncatedError;
            KubeDiscovery::parseResourceList(body.left(cut), &truncatedError);
            QVERIFY(!truncatedError.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestKubeWire)
#include "tst_kubewire.moc"
