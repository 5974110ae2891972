// The Proxies page's models: the tables' keyed merge, the JSON tree, the diff tree, the row builders against the
// upstream dumps, the structured istiod-vs-Envoy diff, and which pod a graph node leads to. Every model runs
// under QAbstractItemModelTester.
#include "models/istio/envoyconfigdump.h"
#include "models/istio/jsontree.h"
#include "models/proxy/configdiff.h"
#include "models/proxy/configdiffmodel.h"
#include "models/proxy/graphnodepod.h"
#include "models/proxy/jsontreemodel.h"
#include "models/proxy/proxyrowfilter.h"
#include "models/proxy/proxysnapshot.h"
#include "models/proxy/proxytablemodel.h"
#include "models/proxy/proxytables.h"
#include "proxyfixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;

namespace {

ProxyTableRow row(const QString& key, const QString& value)
{
    ProxyTableRow r;
    r.key = key;
    r.cells = { key, value };
    return r;
}

EnvoyConfigDump dumpOf(const QString& relative)
{
    return parseEnvoyConfigDump(istioctlFixture(relative));
}

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestProxyModels : public QObject
{
    Q_OBJECT
private slots:
    void tableMergesByKey()
    {
        ProxyTableModel model({ QStringLiteral("KEY"), QStringLiteral("VALUE") });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.setRows({ row("a", "1"), row("b", "2"), row("c", "3") });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(resets.size(), 1); // filling an empty table: one reset, no per-row inserts
        QCOMPARE(inserts.size(), 0);
        // The same keys again, b changed: one dataChanged for b, nothing else.
        model.setRows({ row("a", "1"), row("b", "20"), row("c", "3") });
        QCOMPARE(resets.size(), 1);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changes.first().at(1).value<QModelIndex>().row(), 1);
        // b changes back, c goes, d comes after a: updates in place, no reset.
        model.setRows({ row("a", "1"), row("d", "4"), row("b", "2") });
        QCOMPARE(resets.size(), 1);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("d"));
        QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.rowOfKey(QStringLiteral("b")), 2);
        // A new order of the same rows is a reset; duplicate keys are told apart.
        model.setRows({ row("b", "20"), row("a", "1"), row("a", "again") });
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfKey(QStringLiteral("a#2")), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 3);
    }

    // What the page shows after a refresh: the rows behind the filter sorted by the column the user clicked (text
    // ignoring case, numbers as numbers, prepared rows and plain ones alike) and filtered, whether the table was
    // filled, refreshed in place or replaced.
    void appliedRowsStaySortedAndFiltered()
    {
        const auto rowsOf = [](const QList<std::pair<const char*, int>>& entries, bool prepared) {
            QList<ProxyTableRow> rows;
            for (const auto& [name, port] : entries) {
                ProxyTableRow r;
                r.key = QString::fromLatin1(name);
                r.cells = { r.key, QString::number(port) };
                r.sortValues = { {}, port };
                rows << r;
            }
            if (prepared)
                prepareProxyRows(&rows);
            return rows;
        };
        const auto shown = [](const QAbstractItemModel& model, int column) {
            QStringList cells;
            for (int row = 0; row < model.rowCount(); ++row)
                cells << model.index(row, column).data().toString();
            return cells;
        };
        ProxyTableModel model({ QStringLiteral("NAME"), QStringLiteral("PORT") });
        ProxyRowFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(0, Qt::AscendingOrder);
        const QList<std::pair<const char*, int>> first { { "beta", 9090 }, { "Alpha", 80 }, { "gamma", 8080 },
            { "Delta", 443 } };
        for (const bool prepared : { true, false }) {
            model.clear();
            filter.sort(0, Qt::AscendingOrder);
            model.setRows(rowsOf(first, prepared));
            QCOMPARE(shown(filter, 0), QStringList({ "Alpha", "beta", "Delta", "gamma" }));
            filter.sort(1, Qt::AscendingOrder); // as numbers: 80 before 443
            QCOMPARE(shown(filter, 1), QStringList({ "80", "443", "8080", "9090" }));
            filter.sort(0, Qt::DescendingOrder);
            QCOMPARE(shown(filter, 0), QStringList({ "gamma", "Delta", "beta", "Alpha" }));
        }
        // Filtered and sorted, then refreshed in place (same keys, a port changed) and replaced by new rows.
        filter.sort(1, Qt::AscendingOrder);
        filter.setText(QStringLiteral("TA")); // beta, Delta
        QCOMPARE(shown(filter, 0), QStringList({ "Delta", "beta" }));
        model.setRows(rowsOf({ { "beta", 9090 }, { "Alpha", 80 }, { "gamma", 8080 }, { "Delta", 10000 } }, true));
        QCOMPARE(shown(filter, 0), QStringList({ "beta", "Delta" }));
        model.setRows(rowsOf({ { "zeta", 7 }, { "eta", 3 }, { "omega", 5 }, { "iota", 1 } }, true));
        QCOMPARE(shown(filter, 0), QStringList({ "iota", "eta", "zeta" }));
        filter.setText({});
        filter.sort(0, Qt::AscendingOrder);
        QCOMPARE(shown(filter, 0), QStringList({ "eta", "iota", "omega", "zeta" }));
    }

    void filterMatchesLikeIstioctlFlags()
    {
        const EnvoyConfigDump dump = dumpOf(QStringLiteral("proxyconfig/testdata/config_dump.json"));
        ProxyTableModel model(proxytables::clusterHeaders());
        model.setRows(proxytables::clusterRows(dump, {}));
        ProxyRowFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = filter.rowCount();
        QCOMPARE(all, 3);
        filter.setColumnFilter(proxytables::ClusterPort, QStringLiteral("8000"), ProxyRowFilter::Match::Equals);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, proxytables::ClusterPort).data().toString(), QStringLiteral("8000"));
        filter.clearColumnFilters();
        filter.setColumnFilter(
            proxytables::ClusterDirection, QStringLiteral("inbound"), ProxyRowFilter::Match::Contains);
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(filter.index(0, proxytables::ClusterDirection).data().toString().contains(QLatin1String("inbound")));
        filter.clearColumnFilters();
        QCOMPARE(filter.rowCount(), all);
    }

    // The tables show istioctl's values: the same dump, the same cells as the golden summary.
    void rowsMatchIstioctl()
    {
        const EnvoyConfigDump dump = dumpOf(QStringLiteral("proxyconfig/testdata/config_dump.json"));
        const QList<ProxyTableRow> clusters = proxytables::clusterRows(dump, {});
        QCOMPARE(clusters.size(), 3);
        QCOMPARE(clusters.at(1).cells.mid(0, 6),
            QStringList({ QStringLiteral("httpbin.default.svc.cluster.local"), QStringLiteral("8000"),
                QStringLiteral("http"), QStringLiteral("inbound-vip"), QStringLiteral("EDS"), QString() }));
        QCOMPARE(clusters.at(0).cells.at(0), QStringLiteral("agent"));
        const QList<ProxyTableRow> listeners = proxytables::listenerRows(dump);
        QCOMPARE(listeners.size(), 5);
        QCOMPARE(listeners.last().cells.at(proxytables::ListenerDestination),
            QStringLiteral("Inline Route: /healthz/ready*"));
        QCOMPARE(listeners.first().links.value(proxytables::ListenerDestination).first, QStringLiteral("cluster"));
        const QList<ProxyTableRow> routes = proxytables::routeRows(dump);
        QCOMPARE(routes.size(), 1);
        QCOMPARE(routes.first().cells.at(proxytables::RouteMatch), QStringLiteral("/*"));

        const EnvoyConfigDump gateway = dumpOf(QStringLiteral(
            "writer/envoy/configdump/testdata/routes/k8s-gateway-http-route-path-prefix/configdump.json"));
        const QList<ProxyTableRow> gatewayRoutes = proxytables::routeRows(gateway);
        // A route from a Gateway API HTTPRoute links to the HTTPRoute, not the VirtualService Istio made of it.
        QCOMPARE(gatewayRoutes.first().links.value(proxytables::RouteVirtualService),
            std::pair(QStringLiteral("httproute"), QStringLiteral("default/http")));
    }

    void secretsWarnBeforeExpiry()
    {
        const EnvoyConfigDump dump
            = dumpOf(QStringLiteral("writer/envoy/configdump/testdata/secret/istio/config_dump.json"));
        const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        const QList<ProxyTableRow> rows = proxytables::secretRows(dump, now);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).severity, ProxyTableRow::Severity::Bad); // expired in 2023
        QCOMPARE(rows.at(2).severity, ProxyTableRow::Severity::Good); // root CA until 2033
        const QDateTime late(QDate(2033, 4, 28), QTime(12, 0), Qt::UTC);
        QCOMPARE(proxytables::secretRows(dump, late).at(2).severity, ProxyTableRow::Severity::Warning);
        QCOMPARE(proxytables::secretRows(dump, late).at(2).cells.at(proxytables::SecretDaysLeft), QStringLiteral("3"));
        QCOMPARE(dump.secrets.at(2).chain.size(), 1); // decoded, key material never read
    }

    void statsPerCluster()
    {
        const PromTextResult stats = parsePrometheusText(
            "envoy_cluster_upstream_rq_total{cluster_name=\"outbound|9080||reviews\"} 120\n"
            "envoy_cluster_upstream_rq_xx{envoy_response_code_class=\"5\",cluster_name=\"outbound|9080||reviews\"} 7\n"
            "envoy_cluster_upstream_rq_xx{envoy_response_code_class=\"2\",cluster_name=\"outbound|9080||reviews\"} "
            "113\n"
            "envoy_cluster_upstream_rq_retry{cluster_name=\"outbound|9080||reviews\"} 3\n"
            "envoy_cluster_upstream_rq_pending_overflow{cluster_name=\"outbound|9080||reviews\"} 2\n"
            "envoy_cluster_outlier_detection_ejections_enforced_total{cluster_name=\"outbound|9080||reviews\"} 1\n");
        const QList<ProxyTableRow> rows = proxytables::statsRows(stats);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().cells,
            QStringList({ QStringLiteral("outbound|9080||reviews"), QStringLiteral("120"), QStringLiteral("7"),
                QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1") }));
        QCOMPARE(rows.first().severity, ProxyTableRow::Severity::Warning);
        // Without Envoy's per-cluster counters: Istio's request metrics of the proxy's outbound calls.
        const QList<ProxyTableRow> fallback = proxytables::statsRows(parsePrometheusText(
            "istio_requests_total{reporter=\"source\",destination_service=\"ratings.bookinfo.svc.cluster.local\","
            "response_code=\"503\"} 4\n"
            "istio_requests_total{reporter=\"source\",destination_service=\"ratings.bookinfo.svc.cluster.local\","
            "response_code=\"200\"} 6\n"
            "istio_requests_total{reporter=\"destination\",destination_service=\"x\",response_code=\"200\"} 9\n"));
        QCOMPARE(fallback.size(), 1);
        QCOMPARE(fallback.first().cells.mid(1, 2), QStringList({ QStringLiteral("10"), QStringLiteral("4") }));
    }

    void jsonTree()
    {
        const EnvoyConfigDump dump = dumpOf(QStringLiteral("proxyconfig/testdata/config_dump.json"));
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto index = buildJsonTreeIndex(dump.root);
        model.setIndex(index);
        QCOMPARE(model.rowCount(), 1); // {"configs": [...]}
        const QModelIndex configs = model.index(0, 0);
        QCOMPARE(configs.data().toString(), QStringLiteral("configs"));
        QVERIFY(model.rowCount(configs) >= 7);
        const std::vector<std::uint32_t> found = findJsonNodes(*index, QStringLiteral("inbound-vip|8000"));
        QVERIFY(!found.empty());
        const QModelIndex hit = model.indexOfNode(found.front());
        QVERIFY(hit.isValid());
        QVERIFY(hit.data(JsonTreeModel::JsonPathRole).toString().startsWith(QLatin1String("configs[")));
        QCOMPARE(model.parent(hit).isValid(), true);
        // Walk every level of the tree through the tester.
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < model.rowCount(parent); ++r)
                walk(model.index(r, 0, parent));
        };
        walk({});
        model.setIndex(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // The tree a dump parses into: read in place when the buffer has room past the end, copied when it has not,
    // the same tree either way; nested and empty containers keep their members in order.
    void jsonTreeParse()
    {
        const QByteArray text = istioctlFixture(QStringLiteral("proxyconfig/testdata/config_dump.json"));
        QByteArray roomy = text;
        roomy.reserve(text.size() + 4096);
        const JsonParseResult inPlace = parseJsonTree(roomy);
        const JsonParseResult copied = parseJsonTree(QByteArray::fromRawData(text.constData(), text.size()));
        QVERIFY(inPlace.error.isEmpty());
        QVERIFY(copied.error.isEmpty());
        QVERIFY(inPlace.root == copied.root);
        QVERIFY(inPlace.root["configs"].size() >= 7);
        QVERIFY(parseJsonTree(inPlace.root.toCompactJson()).root == inPlace.root);
        // Cut short inside a roomy buffer: whatever lies past the end is not read as the rest of the document.
        QByteArray cut = text.left(text.size() / 2);
        cut.reserve(text.size());
        QVERIFY(!parseJsonTree(cut).error.isEmpty());

        const JsonRef root = parseJsonTree(R"({"a":[],"b":{},"c":[1,[2,{"d":"e","f":[true,null]}]],"g":"h"})").root;
        QCOMPARE(root.size(), 4u);
        QCOMPARE(std::string(root.keyAt(2)), std::string("c"));
        QCOMPARE(root["a"].size(), 0u);
        QVERIFY(root["b"].isObject());
        QCOMPARE(root["b"].size(), 0u);
        const JsonRef inner = root["c"].at(1).at(1);
        QCOMPARE(inner["d"].toString(), QStringLiteral("e"));
        QCOMPARE(inner["f"].size(), 2u);
        QVERIFY(inner["f"].at(1).isNull());
        QCOMPARE(root["g"].toString(), QStringLiteral("h"));
        QCOMPARE(root.toCompactJson(), QByteArray(R"({"a":[],"b":{},"c":[1,[2,{"d":"e","f":[true,null]}]],"g":"h"})"));
    }

    // A STALE proxy misses what istiod would send now: the diff names the missing resources and the fields.
    void structuredDiff()
    {
        const EnvoyConfigDump istiod = dumpOf(QStringLiteral("writer/compare/testdata/configdump.json"));
        const EnvoyConfigDump envoy = dumpOf(QStringLiteral("writer/compare/testdata/configdump_diff.json"));
        QVERIFY(diffConfigDumps(istiod, istiod).same());
        const ConfigDiff diff = diffConfigDumps(istiod, envoy);
        QVERIFY(diff.valid && !diff.same());
        const auto find = [&](const QString& kind, const QString& name) -> const ResourceDifference* {
            for (const ResourceDifference& resource : diff.resources) {
                if (resource.kind == kind && resource.name == name)
                    return &resource;
            }
            return nullptr;
        };
        // The port change renames the cluster: missing under the old name, extra under the new.
        const ResourceDifference* missing = find(
            QStringLiteral("cluster"), QStringLiteral("inbound-vip|9080|http|ratings.default.svc.cluster.local"));
        QVERIFY(missing);
        QCOMPARE(missing->status, ResourceDifference::Status::Missing);
        QVERIFY(
            find(QStringLiteral("cluster"), QStringLiteral("inbound-vip|9999|http|ratings.default.svc.cluster.local")));
        QVERIFY(diff.missing > 0 && diff.extra > 0 && diff.changed > 0);
        bool sawField = false;
        for (const ResourceDifference& resource : diff.resources) {
            for (const FieldDifference& field : resource.fields)
                sawField |= resource.kind == QLatin1String("listener")
                    && field.path.contains(QLatin1String("stat_prefix"))
                    && field.expected == QLatin1String("\"inbound_0.0.0.0_9080\"")
                    && field.actual == QLatin1String("\"inbound_0.0.0.0_9999\"");
        }
        QVERIFY(sawField);

        ConfigDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(diff, QStringLiteral("istiod"), QStringLiteral("Envoy"));
        QCOMPARE(model.rowCount(), int(diff.resources.size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex resource = model.index(r, 0);
            for (int f = 0; f < model.rowCount(resource); ++f)
                QCOMPARE(model.parent(model.index(f, 2, resource)), resource);
        }
        QCOMPARE(
            model.headerData(ConfigDiffModel::ExpectedColumn, Qt::Horizontal).toString(), QStringLiteral("istiod"));
    }

    void snapshotFromFetch()
    {
        ProxyFetch fetch;
        fetch.configDump = istioctlFixture(QStringLiteral("writer/compare/testdata/configdump_diff.json"));
        fetch.istiodDump = istioctlFixture(QStringLiteral("writer/compare/testdata/configdump.json"));
        fetch.hostStatusesError = QStringLiteral("connection refused");
        fetch.logging = "active loggers:\n  admin: warning\n  http: debug\n";
        const ProxySnapshot snapshot = buildProxySnapshot(
            { QStringLiteral("p"), QStringLiteral("ns"), {} }, fetch, QDateTime::currentDateTimeUtc());
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot.errors.size(), 1);
        QVERIFY(!snapshot.clusters.isEmpty());
        QVERIFY(snapshot.istiodDiff.valid && !snapshot.istiodDiff.same());
        QCOMPARE(snapshot.loggerRows.size(), 2);
        QCOMPARE(snapshot.loggerRows.at(1).severity, ProxyTableRow::Severity::Warning); // debug logging
        QVERIFY(snapshot.rawIndex);
        // Garbage never crashes; it says what failed.
        fetch.configDump = "{\"configs\": [";
        const ProxySnapshot broken = buildProxySnapshot({}, fetch, QDateTime::currentDateTimeUtc());
        QVERIFY(!broken.ok());
        QVERIFY(!broken.errors.isEmpty());
    }

    void graphNodeToPod()
    {
        const QList<QJsonObject> pods {
            object(R"({"metadata":{"name":"reviews-v2-7d8f-abcde","namespace":"bookinfo","labels":{"app":"reviews",)"
                   R"("version":"v2","pod-template-hash":"7d8f"},"ownerReferences":[{"kind":"ReplicaSet",)"
                   R"("name":"reviews-v2-7d8f"}]},"spec":{"containers":[{"name":"reviews"},{"name":"istio-proxy"}]},)"
                   R"("status":{"phase":"Running"}})"),
            object(R"({"metadata":{"name":"reviews-v1-5c4b-xyz12","namespace":"bookinfo","labels":{"app":"reviews",)"
                   R"("version":"v1","pod-template-hash":"5c4b"},"ownerReferences":[{"kind":"ReplicaSet",)"
                   R"("name":"reviews-v1-5c4b"}]},"spec":{"containers":[{"name":"istio-proxy"}]},)"
                   R"("status":{"phase":"Running"}})"),
            object(R"({"metadata":{"name":"db-0","namespace":"bookinfo","labels":{"app":"db"},)"
                   R"("ownerReferences":[{"kind":"StatefulSet","name":"db"}]},"spec":{"containers":[{"name":"db"}]}})"),
        };
        const QList<QJsonObject> services { object(
            R"({"metadata":{"name":"reviews","namespace":"bookinfo"},"spec":{"selector":{"app":"reviews"}}})") };
        QCOMPARE(workloadOfPod(pods.at(0)), QStringLiteral("reviews-v2"));
        QCOMPARE(workloadOfPod(pods.at(2)), QStringLiteral("db"));
        QCOMPARE(podForGraphNode(QStringLiteral("wl_Kubernetes_bookinfo_reviews-v2"), pods, services),
            QStringLiteral("reviews-v2-7d8f-abcde.bookinfo"));
        QCOMPARE(podForGraphNode(QStringLiteral("vapp_east_bookinfo_reviews_v1"), pods, services),
            QStringLiteral("reviews-v1-5c4b-xyz12.bookinfo"));
        QCOMPARE(podForGraphNode(QStringLiteral("vapp_east_bookinfo_reviews-v1"), pods, services),
            QStringLiteral("reviews-v1-5c4b-xyz12.bookinfo"));
        QVERIFY(!podForGraphNode(QStringLiteral("app_east_bookinfo_reviews"), pods, services).isEmpty());
        QVERIFY(podForGraphNode(QStringLiteral("svc_east_bookinfo_reviews"), pods, services)
                    .startsWith(QLatin1String("reviews-")));
        QCOMPARE(
            podForGraphNode(QStringLiteral("wl_east_bookinfo_db"), pods, services), QStringLiteral("db-0.bookinfo"));
        QCOMPARE(podForGraphNode(QStringLiteral("wl_east_other_reviews-v2"), pods, services), QString());
        QCOMPARE(podForGraphNode(QStringLiteral("unknown_source"), pods, services), QString());
    }
};

QTEST_GUILESS_MAIN(TestProxyModels)
#include "tst_proxymodels.moc"
