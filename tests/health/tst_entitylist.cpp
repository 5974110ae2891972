// The lists' model and filters: rows merged by key (no reset, only the changed rows signalled), checked by
// QAbstractItemModelTester; Istio config references; label, health, config-kind and problem filters.

#include "models/config/yamldocument.h"
#include "models/health/entitylistmodel.h"
#include "support/testdata.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;
using namespace meshscope::health;

namespace {

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject deployment(
    const QString& ns, const QString& name, const QString& app, const QString& version, int replicas, int available)
{
    return json(QStringLiteral(R"({"metadata":{"name":"%1","namespace":"%2"},"spec":{"replicas":%5,"selector":
        {"matchLabels":{"app":"%3","version":"%4"}},"template":{"metadata":{"labels":{"app":"%3","version":"%4"}}}},
        "status":{"replicas":%5,"availableReplicas":%6}})")
                    .arg(name, ns, app, version)
                    .arg(replicas)
                    .arg(available));
}

QJsonObject pod(const QString& ns, const QString& workload, int index, bool sidecar)
{
    return json(
        QStringLiteral(R"({"metadata":{"name":"%1-abc-%3","namespace":"%2","labels":{"pod-template-hash":"abc"},
        "ownerReferences":[{"kind":"ReplicaSet","name":"%1-abc"}]},"spec":{"containers":[{"name":"app"}%4]},
        "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}})")
            .arg(workload, ns)
            .arg(index)
            .arg(sidecar ? QStringLiteral(",{\"name\":\"istio-proxy\",\"image\":\"proxyv2:1.24.2\"}") : QString()));
}

QJsonObject service(const QString& ns, const QString& name, const QString& app)
{
    return json(QStringLiteral(R"({"metadata":{"name":"%1","namespace":"%2","labels":{"app":"%3"}},"spec":{"selector":
        {"app":"%3"},"ports":[{"name":"http","port":9080}]}})")
                    .arg(name, ns, app));
}

QJsonObject istio(const QString& text)
{
    return json(text);
}

// A small shop: cart (v1 healthy, v2 without sidecar), pay (failing), and Istio config for cart.
HealthSnapshot shop(int payAvailable, bool withPromo = false)
{
    InventoryObjects o;
    o.namespaces = { json(QStringLiteral(R"({"metadata":{"name":"shop"}})")) };
    o.deployments = { deployment(QStringLiteral("shop"), QStringLiteral("cart-v1"), QStringLiteral("cart"),
                          QStringLiteral("v1"), 1, 1),
        deployment(
            QStringLiteral("shop"), QStringLiteral("cart-v2"), QStringLiteral("cart"), QStringLiteral("v2"), 1, 1),
        deployment(QStringLiteral("shop"), QStringLiteral("pay-v1"), QStringLiteral("pay"), QStringLiteral("v1"), 1,
            payAvailable) };
    o.pods = { pod(QStringLiteral("shop"), QStringLiteral("cart-v1"), 0, true),
        pod(QStringLiteral("shop"), QStringLiteral("cart-v2"), 0, false),
        pod(QStringLiteral("shop"), QStringLiteral("pay-v1"), 0, true) };
    o.services = { service(QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("cart")),
        service(QStringLiteral("shop"), QStringLiteral("pay"), QStringLiteral("pay")) };
    if (withPromo) {
        o.deployments.append(deployment(
            QStringLiteral("shop"), QStringLiteral("promo-v1"), QStringLiteral("promo"), QStringLiteral("v1"), 1, 1));
        o.pods.append(pod(QStringLiteral("shop"), QStringLiteral("promo-v1"), 0, true));
    }
    HealthSnapshot snapshot;
    snapshot.inventory = buildInventory(o);
    snapshot.istioObjects = {
        { QStringLiteral("VirtualService"),
            istio(QStringLiteral(R"({"metadata":{"name":"cart","namespace":"shop"},"spec":{"hosts":["cart"],
                "gateways":["shop-gw"],"http":[{"route":[{"destination":{"host":"cart.shop.svc.cluster.local","subset":"v1"}}]}]}})")) },
        { QStringLiteral("DestinationRule"),
            istio(QStringLiteral(R"({"metadata":{"name":"cart","namespace":"shop"},"spec":{"host":"cart"}})")) },
        { QStringLiteral("Gateway"), istio(QStringLiteral(R"({"metadata":{"name":"shop-gw","namespace":"shop"},
                "spec":{"selector":{"istio":"ingressgateway"}}})")) },
        { QStringLiteral("AuthorizationPolicy"),
            istio(QStringLiteral(R"({"metadata":{"name":"pay-only","namespace":"shop"},"spec":{"selector":
                {"matchLabels":{"app":"pay"}}}})")) },
        { QStringLiteral("PeerAuthentication"),
            istio(QStringLiteral(
                R"({"metadata":{"name":"default","namespace":"shop"},"spec":{"mtls":{"mode":"STRICT"}}})")) },
        { QStringLiteral("PeerAuthentication"), istio(QStringLiteral(R"({"metadata":{"name":"default",
                "namespace":"istio-system"},"spec":{"mtls":{"mode":"PERMISSIVE"}}})")) },
    };
    snapshot.configRefs = configReferences(snapshot.inventory, snapshot.istioObjects);
    snapshot.report = computeHealth(snapshot.inventory, {}, graph::HealthConfig::defaultTolerances(), true);
    return snapshot;
}

QStringList names(const QAbstractItemModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(EntityListModel::NameRole).toString());
    result.sort();
    return result;
}

} // namespace

class TestEntityList : public QObject
{
    Q_OBJECT

private slots:
    void configReferences()
    {
        const HealthSnapshot s = shop(1);
        const QList<ConfigRef> cart = s.configRefs.services.value(QStringLiteral("shop/cart"));
        QStringList kinds;
        for (const ConfigRef& ref : cart)
            kinds.append(shortKind(ref.kind));
        // VS by host, DR by short host, the VS's gateway, the namespace-wide PeerAuthentication via the workloads.
        QCOMPARE(kinds,
            QStringList({ QStringLiteral("DR"), QStringLiteral("GW"), QStringLiteral("PA"), QStringLiteral("VS") }));
        QStringList payKinds;
        for (const ConfigRef& ref : s.configRefs.workloads.value(QStringLiteral("shop/pay-v1")))
            payKinds.append(shortKind(ref.kind));
        QCOMPARE(payKinds, QStringList({ QStringLiteral("AP"), QStringLiteral("PA") }));
        QCOMPARE(s.configRefs.mtlsByNamespace.value(QStringLiteral("shop")).mode, QStringLiteral("STRICT"));
        QCOMPARE(s.configRefs.meshMtls.mode, QStringLiteral("PERMISSIVE"));
        // The mesh-wide policy is not a badge on every workload.
        for (const ConfigRef& ref : s.configRefs.workloads.value(QStringLiteral("shop/cart-v1")))
            QVERIFY(ref.namespace_ != QLatin1String("istio-system"));
        const ServiceInfo& cartService = *s.inventory.service(QStringLiteral("shop"), QStringLiteral("cart"));
        QVERIFY(hostNamesService(QStringLiteral("cart.shop"), QStringLiteral("other"), cartService));
        QVERIFY(!hostNamesService(QStringLiteral("cart"), QStringLiteral("other"), cartService));
    }

    // Kiali's "related objects" inputs (../shared/fixtures/kiali/references): what Kiali relates to a workload or
    // service is what its badges list — exactly those, no more.
    void kialiReferenceFixtures()
    {
        const auto load = [](const char* file) {
            QFile f(testing::sharedPath(QStringLiteral("fixtures/kiali/references/") + QLatin1String(file)));
            QList<IstioObject> objects;
            if (!f.open(QIODevice::ReadOnly))
                return objects;
            for (const config::YamlDocument& d : config::parseYamlDocuments(QString::fromUtf8(f.readAll())))
                objects.append({ d.object().value(QLatin1String("kind")).toString(), d.object() });
            return objects;
        };
        const auto kinds = [](const QList<ConfigRef>& refs) {
            QStringList result;
            for (const ConfigRef& ref : refs)
                result.append(ref.kind + QLatin1Char(' ') + ref.name);
            return result;
        };

        const QString ns = QStringLiteral("test-workload-selector");
        InventoryObjects o;
        o.namespaces = { json(QStringLiteral(R"({"metadata":{"name":"test-workload-selector"}})")),
            json(QStringLiteral(R"({"metadata":{"name":"foo"}})")) };
        for (const QString& app : { QStringLiteral("my-gateway"), QStringLiteral("my-envoyfilter"),
                 QStringLiteral("my-sidecar"), QStringLiteral("my-security") }) {
            o.deployments.append(deployment(ns, app, app, QStringLiteral("v1"), 1, 1));
            o.pods.append(pod(ns, app, 0, true));
        }
        o.deployments.append(deployment(QStringLiteral("foo"), QStringLiteral("my-security"),
            QStringLiteral("my-security"), QStringLiteral("v1"), 1, 1));
        o.pods.append(pod(QStringLiteral("foo"), QStringLiteral("my-security"), 0, true));
        const QList<IstioObject> selectors = load("workload-selector-filter.yaml");
        QCOMPARE(selectors.size(), 6);
        const Inventory inventory = buildInventory(o);
        const ConfigRefs refs = health::configReferences(inventory, selectors);
        QCOMPARE(kinds(refs.workloads.value(ns + QStringLiteral("/my-gateway"))),
            QStringList { QStringLiteral("Gateway my-gateway") });
        QCOMPARE(kinds(refs.workloads.value(ns + QStringLiteral("/my-sidecar"))),
            QStringList { QStringLiteral("Sidecar my-sidecar") });
        QCOMPARE(kinds(refs.workloads.value(ns + QStringLiteral("/my-security"))),
            QStringList(
                { QStringLiteral("AuthorizationPolicy httpbin"), QStringLiteral("RequestAuthentication httpbin") }));
        QCOMPARE(kinds(refs.workloads.value(QStringLiteral("foo/my-security"))),
            QStringList { QStringLiteral("PeerAuthentication httpbin") });
        QVERIFY(refs.workloads.value(ns + QStringLiteral("/my-envoyfilter")).isEmpty()); // EnvoyFilter: no badge

        InventoryObjects r;
        r.namespaces = { json(QStringLiteral(R"({"metadata":{"name":"test-namespace"}})")) };
        for (const char* version : { "v1", "v2", "v3" }) {
            const QString name = QStringLiteral("reviews-") + QLatin1String(version);
            r.deployments.append(deployment(
                QStringLiteral("test-namespace"), name, QStringLiteral("reviews"), QLatin1String(version), 1, 1));
            r.pods.append(pod(QStringLiteral("test-namespace"), name, 0, true));
        }
        r.services
            = { service(QStringLiteral("test-namespace"), QStringLiteral("reviews"), QStringLiteral("reviews")) };
        const QList<IstioObject> routing = load("destination-rule.yaml");
        QCOMPARE(routing.size(), 2);
        const ConfigRefs reviews = health::configReferences(buildInventory(r), routing);
        QCOMPARE(kinds(reviews.services.value(QStringLiteral("test-namespace/reviews"))),
            QStringList({ QStringLiteral("DestinationRule reviews"), QStringLiteral("VirtualService reviews") }));
    }

    void mergesWithoutReset()
    {
        EntityListModel model(Kind::Workload);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.merge(EntityListModel::buildRows(Kind::Workload, shop(1)));
        QCOMPARE(names(model),
            QStringList({ QStringLiteral("cart-v1"), QStringLiteral("cart-v2"), QStringLiteral("pay-v1") }));
        QCOMPARE(inserted.size(), 1);

        // The same snapshot again: nothing to say.
        inserted.clear();
        model.merge(EntityListModel::buildRows(Kind::Workload, shop(1)));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 0);

        // pay loses its pod, promo arrives: one row changes, one is inserted; then promo goes again.
        const int payRow = model.rowOf(QStringLiteral("shop/pay-v1"));
        model.merge(EntityListModel::buildRows(Kind::Workload, shop(0, true)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), payRow);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("shop/pay-v1")), 0).data(EntityListModel::HealthRole).toInt(),
            int(Status::Failure));
        model.merge(EntityListModel::buildRows(Kind::Workload, shop(0)));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(resets.size(), 0);
    }

    void columnsAndRoles()
    {
        EntityListModel model(Kind::Workload);
        model.merge(EntityListModel::buildRows(Kind::Workload, shop(1)));
        const QModelIndex v2 = model.index(model.rowOf(QStringLiteral("shop/cart-v2")), 0);
        QVERIFY(v2.data(EntityListModel::MissingSidecarRole).toBool());
        const int mesh = int(EntityListModel::headers(Kind::Workload).indexOf(EntityListModel::tr("Mesh")));
        QCOMPARE(model.index(v2.row(), mesh).data().toString(), QStringLiteral("Missing sidecar"));
        QCOMPARE(model.index(v2.row(), model.configColumn()).data().toString(), QStringLiteral("DR GW PA VS"));
        QCOMPARE(v2.data(EntityListModel::ValidationRole).toInt(), int(Validation::NotValidated));
        model.setValidationLookup([](const ConfigRef& ref) {
            return ref.kind == QLatin1String("DestinationRule") ? Validation::Warning : Validation::Valid;
        });
        QCOMPARE(v2.data(EntityListModel::ValidationRole).toInt(), int(Validation::Warning));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    void labelExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("expected"); // app names; empty + error: unreadable
        QTest::addRow("none") << "" << QStringList { "cart", "pay" };
        QTest::addRow("equals") << "app=cart" << QStringList { "cart" };
        QTest::addRow("double equals") << "app==pay" << QStringList { "pay" };
        QTest::addRow("one of several versions") << "version=v2" << QStringList { "cart" };
        QTest::addRow("not equals") << "app!=cart" << QStringList { "pay" };
        QTest::addRow("has") << "version" << QStringList { "cart", "pay" };
        QTest::addRow("missing label") << "team" << QStringList {};
        QTest::addRow("all must hold") << "app=cart, version=v1" << QStringList { "cart" };
        QTest::addRow("contradiction") << "app=cart,app=pay" << QStringList {};
    }
    void labelExpressions()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, expected);
        EntityListModel model(Kind::App);
        model.merge(EntityListModel::buildRows(Kind::App, shop(1)));
        EntityFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(proxy.setLabelFilter(expression).isEmpty());
        QCOMPARE(names(proxy), expected);
    }

    void badLabelExpression()
    {
        EntityFilterProxy proxy;
        QVERIFY(!proxy.setLabelFilter(QStringLiteral("=v1")).isEmpty());
        QVERIFY(!proxy.setLabelFilter(QStringLiteral("app name=x")).isEmpty());
    }

    void otherFilters()
    {
        EntityListModel model(Kind::Workload);
        model.merge(EntityListModel::buildRows(Kind::Workload, shop(0)));
        EntityFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setHealthFilter({ Status::Failure });
        QCOMPARE(names(proxy), QStringList({ QStringLiteral("pay-v1") }));
        proxy.setHealthFilter({});
        proxy.setOnlyProblems(true); // pay fails, cart-v2 has no sidecar
        QCOMPARE(names(proxy), QStringList({ QStringLiteral("cart-v2"), QStringLiteral("pay-v1") }));
        proxy.setOnlyProblems(false);
        proxy.setConfigKindFilter({ QStringLiteral("AP") });
        QCOMPARE(names(proxy), QStringList({ QStringLiteral("pay-v1") }));
        proxy.setConfigKindFilter({ QStringLiteral("VS"), QStringLiteral("AP") });
        QCOMPARE(names(proxy).size(), 3);
        proxy.setConfigKindFilter({});
        proxy.setNameFilter(QStringLiteral("CART"));
        QCOMPARE(names(proxy), QStringList({ QStringLiteral("cart-v1"), QStringLiteral("cart-v2") }));
        proxy.setNamespaceFilter(QStringLiteral("elsewhere"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sortsByNumbers()
    {
        EntityListModel model(Kind::Service);
        HealthSnapshot s = shop(1);
        TrafficIndex traffic;
        traffic.services[QStringLiteral("shop/cart")].inbound[QStringLiteral("http")][QStringLiteral("200")] = 12.5;
        traffic.services[QStringLiteral("shop/pay")].inbound[QStringLiteral("http")][QStringLiteral("200")] = 3;
        s.report = computeHealth(s.inventory, traffic, graph::HealthConfig::defaultTolerances(), true);
        model.merge(EntityListModel::buildRows(Kind::Service, s));
        EntityFilterProxy proxy;
        proxy.setSourceModel(&model);
        const int rateColumn = int(EntityListModel::headers(Kind::Service).indexOf(EntityListModel::tr("Requests/s")));
        proxy.sort(rateColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("cart"));
        QCOMPARE(proxy.index(0, rateColumn).data().toString(), QStringLiteral("12.5"));
        QCOMPARE(proxy.index(1, rateColumn).data().toString(), QStringLiteral("3.00"));
    }
};

QTEST_GUILESS_MAIN(TestEntityList)
#include "tst_entitylist.moc"
