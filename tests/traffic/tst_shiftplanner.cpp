#include "models/traffic/shiftplanner.h"
#include "models/traffic/weightsplit.h"
#include "routingfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace meshscope;
using namespace meshscope::traffic;
using namespace routingfixture;

namespace {

QJsonObject withSpec(QJsonObject object, const char* path, const QJsonValue& value)
{
    QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    spec.insert(QLatin1String(path), value);
    object.insert(QLatin1String("spec"), spec);
    return object;
}

QJsonObject httpRoute(
    const char* rules, const char* parent = R"([{"group": "", "kind": "Service", "name": "reviews", "port": 9080}])")
{
    return json(QByteArray(R"({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
        "metadata": {"name": "reviews", "namespace": "bookinfo", "resourceVersion": "77"},
        "spec": {"parentRefs": )")
        + parent + R"(, "rules": )" + rules + "}}");
}

// The namespace of a test row.
ServiceRouting setup(const QString& name)
{
    if (name == QLatin1String("bare"))
        return bare();
    ServiceRouting routing = bookinfo();
    if (name == QLatin1String("bookinfo"))
        return routing;
    QJsonObject vs = routing.virtualServices.first();
    QJsonObject dr = routing.destinationRules.first();
    const QJsonArray http = vs.value(QLatin1String("spec")).toObject().value(QLatin1String("http")).toArray();
    if (name == QLatin1String("partial-dr")) {
        routing.virtualServices.clear();
        routing.destinationRules = { withSpec(dr, "subsets",
            json(R"({"s": [{"name": "v1", "labels": {"version": "v1"}},
            {"name": "two", "labels": {"version": "v2"}}]})")
                .value(QLatin1String("s"))) };
    } else if (name == QLatin1String("vs-without-v3")) {
        routing.virtualServices = { withSpec(vs, "http",
            json(R"({"h": [{"route": [
            {"destination": {"host": "reviews.bookinfo.svc.cluster.local", "subset": "v1", "port": {"number": 9080}}, "weight": 100}]}]})")
                .value(QLatin1String("h"))) };
        routing.destinationRules = { withSpec(
            dr, "subsets", json(R"({"s": [{"name": "v1", "labels": {"version": "v1"}}]})").value(QLatin1String("s"))) };
    } else if (name == QLatin1String("match-last")) {
        routing.virtualServices = { withSpec(vs, "http", QJsonArray { http.first() }) };
    } else if (name == QLatin1String("no-http")) {
        routing.virtualServices = { withSpec(vs, "http", QJsonArray()) };
    } else if (name == QLatin1String("gateway-only")) {
        routing.virtualServices = { withSpec(vs, "gateways", QJsonArray { QStringLiteral("bookinfo-gateway") }) };
    } else if (name == QLatin1String("gateway-and-mesh")) {
        routing.virtualServices
            = { withSpec(vs, "gateways", QJsonArray { QStringLiteral("bookinfo-gateway"), QStringLiteral("mesh") }) };
    } else if (name == QLatin1String("whole-service")) {
        routing.virtualServices = { withSpec(vs, "http",
            json(R"({"h": [{"route": [{"destination": {"host": "reviews"}}], "timeout": "3s"}]})")
                .value(QLatin1String("h"))) };
    } else if (name == QLatin1String("single")) {
        routing.virtualServices = { withSpec(vs, "http",
            json(R"({"h": [{"route": [{"destination": {"host": "reviews", "subset": "v1"}}]}]})")
                .value(QLatin1String("h"))) };
    } else if (name == QLatin1String("delegate")) {
        routing.virtualServices = { withSpec(
            vs, "http", json(R"({"h": [{"delegate": {"name": "reviews-delegate"}}]})").value(QLatin1String("h"))) };
    } else if (name == QLatin1String("other-host")) {
        routing.virtualServices = { withSpec(vs, "http",
            json(R"({"h": [{"route": [{"destination": {"host": "reviews", "subset": "v1"}, "weight": 90},
            {"destination": {"host": "reviews-legacy", "subset": "v1"}, "weight": 10}]}]})")
                .value(QLatin1String("h"))) };
    } else if (name == QLatin1String("unknown-subset")) {
        routing.virtualServices = { withSpec(vs, "http",
            json(R"({"h": [{"route": [{"destination": {"host": "reviews", "subset": "canary"}}]}]})")
                .value(QLatin1String("h"))) };
    } else if (name == QLatin1String("hash-subset")) {
        routing.virtualServices = { withSpec(vs, "http",
            json(R"({"h": [{"route": [{"destination": {"host": "reviews", "subset": "stable"}}]}]})")
                .value(QLatin1String("h"))) };
        routing.destinationRules = { withSpec(dr, "subsets",
            json(R"({"s": [{"name": "stable", "labels": {"rollouts-pod-template-hash": "abc"}}]})")
                .value(QLatin1String("s"))) };
    } else if (name == QLatin1String("v4-without-pods")) {
        QJsonArray subsets = dr.value(QLatin1String("spec")).toObject().value(QLatin1String("subsets")).toArray();
        subsets.append(json(R"({"name": "v4", "labels": {"version": "v4"}})"));
        routing.destinationRules = { withSpec(dr, "subsets", subsets) };
    } else if (name == QLatin1String("mirrored")) {
        QJsonArray routes = http;
        QJsonObject last = routes.last().toObject();
        last.insert(QLatin1String("route"),
            json(R"({"r": [{"destination": {"host": "reviews", "subset": "v1"}, "weight": 100}]})")
                .value(QLatin1String("r")));
        last.insert(QLatin1String("mirror"), json(R"({"host": "reviews", "subset": "v3"})"));
        last.insert(QLatin1String("mirrorPercentage"), json(R"({"value": 20})"));
        routes.replace(routes.size() - 1, last);
        routing.virtualServices = { withSpec(vs, "http", routes) };
    } else if (name == QLatin1String("tcp")) {
        routing.virtualServices = { withSpec(vs, "tcp",
            json(
                R"({"t": [{"match": [{"port": 27017}], "route": [{"destination": {"host": "reviews", "subset": "v2"}}]},
            {"route": [{"destination": {"host": "reviews", "subset": "v1"}}]}]})")
                .value(QLatin1String("t"))) };
    } else if (name.startsWith(QLatin1String("httproute"))) {
        routing.virtualServices.clear();
        routing.services << service(QStringLiteral("reviews-v1"), QStringLiteral("v1"))
                         << service(QStringLiteral("reviews-v2"), QStringLiteral("v2"));
        if (name != QLatin1String("httproute-no-v3-backend"))
            routing.services << service(QStringLiteral("reviews-v3"), QStringLiteral("v3"));
        routing.httpRoutes = { httpRoute(R"([{"matches": [{"headers": [{"name": "end-user", "value": "jason"}]}],
                "backendRefs": [{"name": "reviews-v2", "port": 9080}]},
              {"backendRefs": [{"name": "reviews-v1", "port": 9080, "weight": 90}, {"name": "reviews-v2", "port": 9080, "weight": 10}],
               "timeouts": {"request": "10s"}}])") };
        if (name == QLatin1String("httproute-with-vs"))
            routing.virtualServices = { vs };
        if (name == QLatin1String("httproute-no-default"))
            routing.httpRoutes = {
                httpRoute(
                    R"([{"matches": [{"path": {"type": "PathPrefix", "value": "/api"}}], "backendRefs": [{"name": "reviews-v1", "port": 9080}]}])")
            };
        if (name == QLatin1String("httproute-backends-only"))
            routing.httpRoutes = { httpRoute(R"([{"backendRefs": [{"name": "reviews-v1", "port": 9080}]}])",
                R"([{"kind": "Gateway", "name": "public"}])") };
    } else {
        qFatal("unknown setup %s", qPrintable(name));
    }
    return routing;
}

// "subset=weight" of the default route's destinations (the last http/tcp route, or the HTTPRoute's last rule).
QString defaultRouteWeights(const PlannedWrite& write, RouteProtocol protocol)
{
    const QJsonObject spec = write.after.value(QLatin1String("spec")).toObject();
    QStringList parts;
    if (write.kind() == QLatin1String("HTTPRoute")) {
        const QJsonArray rules = spec.value(QLatin1String("rules")).toArray();
        for (const QJsonValue& value : rules.last().toObject().value(QLatin1String("backendRefs")).toArray())
            parts << value.toObject().value(QLatin1String("name")).toString() + QLatin1Char('=')
                    + QString::number(value.toObject().value(QLatin1String("weight")).toInt(-1));
        return parts.join(QLatin1Char(','));
    }
    const QJsonArray routes = spec.value(QLatin1String(protocol == RouteProtocol::Tcp ? "tcp" : "http")).toArray();
    const QJsonObject route = routes.last().toObject();
    for (const QJsonValue& value : route.value(QLatin1String("route")).toArray()) {
        const QJsonObject entry = value.toObject();
        parts << entry.value(QLatin1String("destination")).toObject().value(QLatin1String("subset")).toString()
                + QLatin1Char('=')
                + (entry.contains(QLatin1String("weight"))
                        ? QString::number(entry.value(QLatin1String("weight")).toInt())
                        : QStringLiteral("-"));
    }
    if (route.contains(QLatin1String("mirror")))
        parts << QStringLiteral("mirror:")
                + route.value(QLatin1String("mirror")).toObject().value(QLatin1String("subset")).toString()
                + QLatin1Char('=')
                + QString::number(
                    route.value(QLatin1String("mirrorPercentage")).toObject().value(QLatin1String("value")).toDouble());
    return parts.join(QLatin1Char(','));
}

QString subsetNames(const PlannedWrite& write)
{
    QStringList names;
    for (const QJsonValue& value :
        write.after.value(QLatin1String("spec")).toObject().value(QLatin1String("subsets")).toArray())
        names << value.toObject().value(QLatin1String("name")).toString();
    return names.join(QLatin1Char(','));
}

QString actionName(const PlannedWrite& write)
{
    if (write.kind().isEmpty())
        return {};
    switch (write.action) {
    case PlannedWrite::Action::Create:
        return QStringLiteral("create");
    case PlannedWrite::Action::Update:
        return QStringLiteral("update");
    case PlannedWrite::Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString statusName(RoutingPlan::Status status)
{
    switch (status) {
    case RoutingPlan::Status::Ok:
        return QStringLiteral("ok");
    case RoutingPlan::Status::NothingToDo:
        return QStringLiteral("nothing");
    case RoutingPlan::Status::BadRequest:
        return QStringLiteral("bad");
    case RoutingPlan::Status::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

ShiftRequest request(const QString& weights, const QString& mirror, RouteProtocol protocol = RouteProtocol::Http)
{
    ShiftRequest request;
    request.protocol = protocol;
    const WeightSplit split = WeightSplit::parse(weights, nullptr);
    for (const WeightSplit::Row& row : split.rows())
        request.weights.append({ row.version, row.weight });
    if (mirror == QLatin1String("-")) {
        request.mirror.action = MirrorChange::Action::Remove;
    } else if (!mirror.isEmpty()) {
        request.mirror.action = MirrorChange::Action::Set;
        request.mirror.version = mirror.section(QLatin1Char('='), 0, 0);
        request.mirror.percent = mirror.section(QLatin1Char('='), 1).toDouble();
    }
    return request;
}

} // namespace

class TestShiftPlanner : public QObject
{
    Q_OBJECT
private slots:
    void plans_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("weights");
        QTest::addColumn<QString>("mirror"); // "" keep, "-" remove, "v3=10" set
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("route"); // the default route's write: "update:v1=80,…" / "create:…" / ""
        QTest::addColumn<QString>("rule"); // the DestinationRule's write: "create:v1,v2,v3" / "update:…" / ""
        QTest::addColumn<QString>("message"); // a part of the refusal, or of the first note

        // clang-format off
        const char* const rows[][8] = {
            // name, setup, weights, mirror, status, route, rule, message
            {"adopt bookinfo", "bookinfo", "v1=80,v2=20,v3=0", "", "ok", "update:v1=80,v2=20,v3=0", "", ""},
            {"adopt, unnamed versions get 0", "bookinfo", "v3=100", "", "ok", "update:v1=0,v2=0,v3=100", "", ""},
            {"nothing to do", "bookinfo", "v1=50,v2=25,v3=25", "", "nothing", "", "", "already has these weights"},
            {"from nothing", "bare", "v1=90,v2=10", "", "ok", "create:v1=90,v2=10,v3=0", "create:v1,v2,v3", ""},
            {"from nothing with a mirror", "bare", "v1=100", "v3=5", "ok", "create:v1=100,v2=0,mirror:v3=5", "create:v1,v2,v3", ""},
            {"rule without v3, no routing", "partial-dr", "v1=50,v3=50", "", "ok", "create:v1=50,two=0,v3=50", "update:v1,two,v3", ""},
            {"adds a subset and a destination", "vs-without-v3", "v1=70,v3=30", "", "ok", "update:v1=70,v3=30", "update:v1,v3", ""},
            {"no http routes: appends one", "no-http", "v2=100", "", "ok", "update:v2=100", "", ""},
            {"whole service becomes versions", "whole-service", "v1=60,v2=40", "", "ok", "update:v1=60,v2=40", "", ""},
            {"single stays unweighted", "single", "v1=100", "", "nothing", "", "", ""},
            {"single becomes a split", "single", "v1=60,v2=40", "", "ok", "update:v1=60,v2=40", "", ""},
            {"gateway-only vs is left alone", "gateway-only", "v1=100", "", "ok", "create:v1=100,v2=0,v3=0", "", "for its gateways only"},
            {"gateway and mesh is adopted", "gateway-and-mesh", "v2=100", "", "ok", "update:v1=0,v2=100,v3=0", "", ""},
            {"mirror set", "bookinfo", "v1=100", "v3=10", "ok", "update:v1=100,v2=0,v3=0,mirror:v3=10", "", ""},
            {"mirror kept", "mirrored", "v1=50,v2=50", "", "ok", "update:v1=50,v2=50,mirror:v3=20", "", ""},
            {"mirror removed", "mirrored", "v1=100", "-", "ok", "update:v1=100", "", ""},
            {"mirror unchanged", "mirrored", "v1=100", "v3=20", "nothing", "", "", ""},
            {"tcp default route", "tcp", "v1=30,v2=70", "", "ok", "update:v1=30,v2=70", "", ""},
            {"version without pods noted", "v4-without-pods", "v1=100", "", "ok", "update:v1=100,v2=0,v3=0", "", "Version v4 has no pods"},
            {"unlabelled pod noted", "bookinfo", "v1=100", "", "ok", "update:v1=100,v2=0,v3=0", "", "1 pod(s) without a version label (reviews-canary-1)"},
            {"unknown version", "bookinfo", "v1=50,v9=50", "", "bad", "", "", "Unknown version v9: reviews has v1, v2, v3."},
            {"not 100", "bookinfo", "v1=50,v2=40", "", "bad", "", "", "add up to 90 %"},
            {"weight to a version without pods", "v4-without-pods", "v1=50,v4=50", "", "bad", "", "", "Version v4 has no pods"},
            {"mirror to unknown", "bookinfo", "v1=100", "v7=10", "bad", "", "", "Unknown version v7"},
            {"last route has a match", "match-last", "v1=100", "", "refused", "", "", "has a match"},
            {"delegate", "delegate", "v1=100", "", "refused", "", "", "delegates to VirtualService reviews-delegate"},
            {"another host", "other-host", "v1=100", "", "refused", "", "", "also sends traffic to reviews-legacy"},
            {"undefined subset", "unknown-subset", "v1=100", "", "refused", "", "", "subset canary"},
            {"subset without version", "hash-subset", "v1=100", "", "refused", "", "", "other labels than version"},
            {"httproute", "httproute", "v1=50,v2=50", "", "ok", "update:reviews-v1=50,reviews-v2=50", "", ""},
            {"httproute adds a backend", "httproute", "v1=80,v3=20", "", "ok", "update:reviews-v1=80,reviews-v2=0,reviews-v3=20", "", ""},
            {"httproute without the backend", "httproute-no-v3-backend", "v3=100", "", "refused", "", "", "No Service selects version v3"},
            {"httproute nothing to do", "httproute", "v1=90,v2=10", "", "nothing", "", "", ""},
            {"httproute no mirror", "httproute", "v1=100", "v2=10", "bad", "", "", "RequestMirror"},
            {"httproute and vs", "httproute-with-vs", "v1=100", "", "refused", "", "", "Both VirtualService reviews and HTTPRoute reviews"},
            {"httproute without default rule", "httproute-no-default", "v1=100", "", "refused", "", "", "no rule without matches"},
            {"ingress httproute to version backends", "httproute-backends-only", "v1=40,v2=60", "", "ok", "update:reviews-v1=40,reviews-v2=60", "", ""},
        };
        // clang-format on
        for (const auto& row : rows)
            QTest::newRow(row[0]) << QString::fromUtf8(row[1]) << QString::fromUtf8(row[2]) << QString::fromUtf8(row[3])
                                  << QString::fromUtf8(row[4]) << QString::fromUtf8(row[5]) << QString::fromUtf8(row[6])
                                  << QString::fromUtf8(row[7]);
    }

    void plans()
    {
        QFETCH(QString, setup);
        QFETCH(QString, weights);
        QFETCH(QString, mirror);
        QFETCH(QString, status);
        QFETCH(QString, route);
        QFETCH(QString, rule);
        QFETCH(QString, message);
        const RouteProtocol protocol = setup == QLatin1String("tcp") ? RouteProtocol::Tcp : RouteProtocol::Http;
        const ServiceRouting routing = ::setup(setup);
        const RoutingPlan plan = planShift(routing, request(weights, mirror, protocol));
        QCOMPARE(statusName(plan.status), status);

        PlannedWrite routeWrite = writeOf(plan, QStringLiteral("VirtualService"));
        if (routeWrite.kind().isEmpty())
            routeWrite = writeOf(plan, QStringLiteral("HTTPRoute"));
        const QString routeSummary = routeWrite.kind().isEmpty()
            ? QString()
            : actionName(routeWrite) + QLatin1Char(':') + defaultRouteWeights(routeWrite, protocol);
        QCOMPARE(routeSummary, route);
        const PlannedWrite ruleWrite = writeOf(plan, QStringLiteral("DestinationRule"));
        const QString ruleSummary = ruleWrite.kind().isEmpty()
            ? QString()
            : actionName(ruleWrite) + QLatin1Char(':') + subsetNames(ruleWrite);
        QCOMPARE(ruleSummary, rule);
        if (!message.isEmpty()) {
            const QString text = plan.message + QLatin1Char('\n') + plan.notes.join(QLatin1Char('\n'));
            QVERIFY2(text.contains(message), qPrintable(text));
        }
        // Subsets exist before a route uses them; every write says what it changes.
        if (!ruleWrite.kind().isEmpty() && !routeWrite.kind().isEmpty())
            QCOMPARE(plan.writes.first().kind(), QStringLiteral("DestinationRule"));
        for (const PlannedWrite& write : plan.writes) {
            QVERIFY(!write.changes.isEmpty());
            QCOMPARE(write.before.isEmpty(), write.action == PlannedWrite::Action::Create);
            QVERIFY(!write.after.value(QLatin1String("metadata")).toObject().contains(QLatin1String("managedFields")));
        }
    }

    // Adopting changes the default route's weights and nothing else, byte for byte.
    void adoptionKeepsEverythingElse()
    {
        const ServiceRouting routing = bookinfo();
        const RoutingPlan plan = planShift(routing, request(QStringLiteral("v1=80,v2=20,v3=0"), QString()));
        QCOMPARE(plan.writes.size(), 1);
        const PlannedWrite& write = plan.writes.first();
        QCOMPARE(write.before, routing.virtualServices.first());

        QJsonObject expected = withoutServerFields(routing.virtualServices.first(), false);
        QJsonObject spec = expected.value(QLatin1String("spec")).toObject();
        QJsonArray http = spec.value(QLatin1String("http")).toArray();
        QJsonObject last = http.last().toObject();
        QJsonArray entries = last.value(QLatin1String("route")).toArray();
        const int weights[] = { 80, 20, 0 };
        for (int index = 0; index < 3; ++index) {
            QJsonObject entry = entries.at(index).toObject();
            entry.insert(QLatin1String("weight"), weights[index]);
            entries.replace(index, entry);
        }
        last.insert(QLatin1String("route"), entries);
        http.replace(1, last);
        spec.insert(QLatin1String("http"), http);
        expected.insert(QLatin1String("spec"), spec);
        QCOMPARE(write.after, expected);
        // The header match, timeouts, retries, fault and header rules are all still there.
        QCOMPARE(
            write.after.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString(),
            QStringLiteral("41"));
        QVERIFY(!write.after.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("labels"))
                     .toObject()
                     .contains(QLatin1String(wizardLabel)));
        QVERIFY(write.changes.first().contains(QStringLiteral("v1 50 % → 80 %, v2 25 % → 20 %, v3 25 % → 0 %")));
    }

    void createdObjectsAreLabelledAsKialiWritesThem()
    {
        const RoutingPlan plan = planShift(bare(), request(QStringLiteral("v1=90,v2=10"), QString()));
        QCOMPARE(plan.writes.size(), 2);
        const QJsonObject rule = plan.writes.at(0).after;
        const QJsonObject vs = plan.writes.at(1).after;
        QCOMPARE(rule, json(R"({"apiVersion": "networking.istio.io/v1", "kind": "DestinationRule",
            "metadata": {"name": "reviews", "namespace": "bookinfo", "labels": {"meshscope.io/wizard": "traffic-shifting"}},
            "spec": {"host": "reviews.bookinfo.svc.cluster.local", "subsets": [
              {"name": "v1", "labels": {"version": "v1"}}, {"name": "v2", "labels": {"version": "v2"}},
              {"name": "v3", "labels": {"version": "v3"}}]}})"));
        QCOMPARE(vs, json(R"({"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
            "metadata": {"name": "reviews", "namespace": "bookinfo", "labels": {"meshscope.io/wizard": "traffic-shifting"}},
            "spec": {"hosts": ["reviews"], "http": [{"route": [
              {"destination": {"host": "reviews.bookinfo.svc.cluster.local", "subset": "v1"}, "weight": 90},
              {"destination": {"host": "reviews.bookinfo.svc.cluster.local", "subset": "v2"}, "weight": 10},
              {"destination": {"host": "reviews.bookinfo.svc.cluster.local", "subset": "v3"}, "weight": 0}]}]}})"));
    }

    void createdNamesAvoidTakenOnes()
    {
        ServiceRouting routing = bare();
        // A VirtualService named reviews that routes another host, and the same for a DestinationRule.
        routing.virtualServices
            = { json(R"({"kind": "VirtualService", "metadata": {"name": "reviews", "namespace": "bookinfo"},
            "spec": {"hosts": ["reviews.example.com"], "gateways": ["public"]}})") };
        routing.destinationRules
            = { json(R"({"kind": "DestinationRule", "metadata": {"name": "reviews", "namespace": "bookinfo"},
            "spec": {"host": "reviews.other.svc.cluster.local"}})") };
        const RoutingPlan plan = planShift(routing, request(QStringLiteral("v1=100"), QString()));
        QCOMPARE(plan.writes.size(), 2);
        QCOMPARE(plan.writes.at(0).name(), QStringLiteral("reviews-meshscope"));
        QCOMPARE(plan.writes.at(1).name(), QStringLiteral("reviews-meshscope"));
    }

    void inventory()
    {
        ServiceRouting routing = setup(QStringLiteral("v4-without-pods"));
        const VersionInventory inventory = inventoryOf(routing);
        QCOMPARE(inventory.versions.size(), 4);
        QStringList rows;
        for (const VersionInfo& info : inventory.versions)
            rows << QStringLiteral("%1 pods=%2 ready=%3 workloads=%4 subset=%5")
                        .arg(info.name)
                        .arg(info.pods)
                        .arg(info.readyPods)
                        .arg(info.workloads.join(QLatin1Char('+')), info.subset);
        QCOMPARE(rows,
            QStringList({ QStringLiteral("v1 pods=1 ready=1 workloads=reviews-v1 subset=v1"),
                QStringLiteral("v2 pods=2 ready=2 workloads=reviews-v2 subset=v2"),
                QStringLiteral("v3 pods=1 ready=0 workloads=reviews-v3 subset=v3"),
                QStringLiteral("v4 pods=0 ready=0 workloads= subset=v4") }));
        QCOMPARE(inventory.unlabelledPods, QStringList { QStringLiteral("reviews-canary-1") });
        QCOMPARE(inventory.notes.size(), 3); // v3 not ready, v4 without pods, the unlabelled pod

        routing.service = withSpec(routing.service, "selector", QJsonObject());
        QVERIFY(inventoryOf(routing).notes.first().contains(QStringLiteral("no selector")));
    }

    void currentSplits_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("split");
        QTest::addColumn<QString>("source");
        QTest::newRow("bookinfo") << "bookinfo"
                                  << "v1=50,v2=25,v3=25"
                                  << "VirtualService reviews";
        // Without routing every pod gets a share: v2 has two of the four labelled pods.
        QTest::newRow("no routing") << "bare"
                                    << "v1=25,v2=50,v3=25"
                                    << "";
        QTest::newRow("whole service") << "whole-service"
                                       << "v1=25,v2=50,v3=25"
                                       << "VirtualService reviews";
        QTest::newRow("single") << "single"
                                << "v1=100,v2=0,v3=0"
                                << "VirtualService reviews";
        QTest::newRow("mirrored") << "mirrored"
                                  << "v1=100,v2=0,v3=0 mirror v3=20"
                                  << "VirtualService reviews";
        QTest::newRow("httproute") << "httproute"
                                   << "v1=90,v2=10,v3=0"
                                   << "HTTPRoute reviews";
    }

    void currentSplits()
    {
        QFETCH(QString, setup);
        QFETCH(QString, split);
        QFETCH(QString, source);
        const CurrentSplit current = currentSplit(::setup(setup));
        QString text = WeightSplit::fromWeights(current.weights).toString();
        if (!current.mirrorVersion.isEmpty())
            text += QStringLiteral(" mirror %1=%2").arg(current.mirrorVersion).arg(current.mirrorPercent);
        QCOMPARE(text, split);
        QString sourceText;
        if (current.source == CurrentSplit::Source::VirtualService)
            sourceText = QStringLiteral("VirtualService ") + current.objectName;
        else if (current.source == CurrentSplit::Source::HttpRoute)
            sourceText = QStringLiteral("HTTPRoute ") + current.objectName;
        QCOMPARE(sourceText, source);
        QVERIFY(current.problem.isEmpty());
    }

    void hosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<bool>("matches");
        QTest::newRow("short") << "reviews"
                               << "bookinfo" << true;
        QTest::newRow("short elsewhere") << "reviews"
                                         << "other" << false;
        QTest::newRow("name.ns") << "reviews.bookinfo"
                                 << "other" << true;
        QTest::newRow("name.ns.svc") << "reviews.bookinfo.svc"
                                     << "other" << true;
        QTest::newRow("fqdn") << "reviews.bookinfo.svc.cluster.local"
                              << "other" << true;
        QTest::newRow("wildcard") << "*.bookinfo.svc.cluster.local"
                                  << "bookinfo" << false;
        QTest::newRow("other service") << "ratings"
                                       << "bookinfo" << false;
        QTest::newRow("external") << "reviews.example.com"
                                  << "bookinfo" << false;
    }

    void hosts()
    {
        QFETCH(QString, host);
        QFETCH(QString, ns);
        QFETCH(bool, matches);
        QCOMPARE(
            hostNames(host, ns, QStringLiteral("reviews.bookinfo.svc.cluster.local"), QStringLiteral("cluster.local")),
            matches);
    }
};

QTEST_GUILESS_MAIN(TestShiftPlanner)
#include "tst_shiftplanner.moc"
