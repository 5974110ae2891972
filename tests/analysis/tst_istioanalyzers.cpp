// istioctl's analyzer suite (fixtures/istio/analyzers/expected.json, 104 cases, 216 messages) and its two-cluster
// case, replayed case by case: each case runs its one analyzer over its input files and must report exactly the
// expected multiset of code + resource. Also the draft check an editor calls while the user types.
#include "analysisfixture.h"
#include "models/analysis/draftcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace meshscope::analysis;
using namespace analysisfixture;

namespace {

// A small mesh under names the fixtures do not use: shop/checkout in two versions behind subsets blue and green,
// routed to green.
const QByteArray shopMesh = R"(apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    istio-injection: enabled
---
apiVersion: v1
kind: Service
metadata:
  name: checkout
  namespace: shop
spec:
  selector:
    app: checkout
  ports:
  - name: http
    port: 8080
---
apiVersion: v1
kind: Pod
metadata:
  name: checkout-v1-0
  namespace: shop
  labels: {app: checkout, version: v1}
---
apiVersion: v1
kind: Pod
metadata:
  name: checkout-v3-0
  namespace: shop
  labels: {app: checkout, version: v3}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: checkout
  namespace: shop
spec:
  host: checkout
  subsets:
  - name: blue
    labels: {version: v1}
  - name: green
    labels: {version: v3}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: checkout
  namespace: shop
spec:
  hosts: [checkout]
  http:
  - route:
    - destination: {host: checkout, subset: green}
)";

QJsonObject draftObject(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

QStringList describe(const DraftFindings& findings)
{
    QStringList lines;
    for (const DraftFinding& finding : findings)
        lines << QStringLiteral("%1 [%2] %3 {%4} %5")
                     .arg(finding.elsewhere, finding.code, finding.field, finding.related.join(u','), finding.text);
    return lines;
}

// namespaces × (Namespace, Service, two Pods, a DestinationRule with subsets v1 and v2, a VirtualService to v2).
QByteArray generatedMesh(int namespaces)
{
    QByteArray yaml;
    for (int i = 0; i < namespaces; ++i) {
        const QByteArray ns = "team-" + QByteArray::number(i);
        yaml += "apiVersion: v1\nkind: Namespace\nmetadata: {name: " + ns
            + ", labels: {istio-injection: enabled}}\n---\n"
              "apiVersion: v1\nkind: Service\nmetadata: {name: cart, namespace: "
            + ns
            + "}\nspec: {selector: {app: cart}, ports: [{name: http, port: 80}]}\n---\n"
              "apiVersion: v1\nkind: Pod\nmetadata: {name: cart-v1, namespace: "
            + ns
            + ", labels: {app: cart, version: v1}}\n---\n"
              "apiVersion: v1\nkind: Pod\nmetadata: {name: cart-v2, namespace: "
            + ns
            + ", labels: {app: cart, version: v2}}\n---\n"
              "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: cart, namespace: "
            + ns
            + "}\nspec: {host: cart, subsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: "
              "v2}}]}\n---\n"
              "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: cart, namespace: "
            + ns + "}\nspec: {hosts: [cart], http: [{route: [{destination: {host: cart, subset: v2}}]}]}\n---\n";
    }
    return yaml;
}

} // namespace

class TestIstioAnalyzers : public QObject
{
    Q_OBJECT
private slots:
    void upstreamCases_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonArray cases
            = QJsonDocument::fromJson(readShared(QStringLiteral("istio/analyzers/expected.json"))).array();
        QVERIFY(cases.size() == 104);
        int index = 0;
        for (const QJsonValue& value : cases) {
            const QJsonObject testCase = value.toObject();
            const QByteArray name = QStringLiteral("%1 %2")
                                        .arg(++index, 3, 10, QLatin1Char('0'))
                                        .arg(testCase.value(QLatin1String("name")).toString())
                                        .toUtf8();
            QTest::newRow(name.constData()) << testCase;
        }
    }

    void upstreamCases()
    {
        QFETCH(QJsonObject, testCase);
        const QString analyzerName = testCase.value(QLatin1String("analyzerName")).toString();
        QStringList unknown;
        const AnalyzerList analyzers = analyzersNamed({ analyzerName }, &unknown);
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("no analyzer ") + analyzerName));
        QStringList inputs;
        for (const QJsonValue& input : testCase.value(QLatin1String("inputs")).toArray())
            inputs << input.toString();
        const HarnessRun result
            = runHarness(analyzers, { { QString(), inputs } }, testCase.value(QLatin1String("meshConfig")).toString(),
                testCase.value(QLatin1String("meshNetworks")).toString());
        QStringList expected;
        for (const QJsonValue& value : testCase.value(QLatin1String("expected")).toArray()) {
            const QJsonObject message = value.toObject();
            expected << message.value(QLatin1String("code")).toString() + QLatin1Char(' ')
                    + message.value(QLatin1String("resource")).toString();
        }
        expected.sort();
        const QStringList actual = codesAndResources(result.run.messages);
        if (actual != expected) {
            for (const AnalysisMessage& message : result.run.messages)
                qInfo().noquote() << "  got:" << message.toLogLine();
        }
        QCOMPARE(actual, expected);
        // The suite's analyzers are general: every message renders its template completely.
        for (const AnalysisMessage& message : result.run.messages)
            QVERIFY2(!message.text().contains(QLatin1String("%!")), qPrintable(message.toLogLine()));
    }

    void twoClusters()
    {
        const QString tsv = QString::fromUtf8(readShared(QStringLiteral("istio/analyzers/expected-multicluster.tsv")));
        QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeFirst();
        QStringList expected;
        QString cluster1;
        QString cluster2;
        QString analyzer;
        for (const QString& line : std::as_const(lines)) {
            const QStringList columns = line.split(QLatin1Char('\t'));
            cluster1 = columns.at(0).mid(QStringLiteral("analyzers/").size());
            cluster2 = columns.at(1).mid(QStringLiteral("analyzers/").size());
            analyzer = columns.at(2);
            expected << columns.at(3) + QLatin1Char(' ') + columns.at(5);
        }
        expected.sort();
        const HarnessRun result = runHarness(analyzersNamed({ analyzer }),
            { { QStringLiteral("cluster1"), { cluster1 } }, { QStringLiteral("cluster2"), { cluster2 } } });
        QCOMPARE(codesAndResources(result.run.messages), expected);
    }

    // Re-analysing after one object changes gives exactly what a full analysis gives: every object of every upstream
    // case removed and added back in turn, with istioctl's default analyzers, Kiali's checkers and the case's own.
    void incrementalEqualsFull_data() { upstreamCases_data(); }
    void incrementalEqualsFull()
    {
        QFETCH(QJsonObject, testCase);
        AnalyzerList analyzers = AnalysisEngine::defaultAnalyzers(true);
        for (const auto& analyzer : analyzersNamed({ testCase.value(QLatin1String("analyzerName")).toString() })) {
            if (!analyzers.contains(analyzer))
                analyzers.append(analyzer);
        }
        QStringList inputs;
        for (const QJsonValue& input : testCase.value(QLatin1String("inputs")).toArray())
            inputs << input.toString();
        QStringList errors;
        Snapshot snapshot = harnessSnapshot(analyzers, { { QString(), inputs } },
            testCase.value(QLatin1String("meshConfig")).toString(),
            testCase.value(QLatin1String("meshNetworks")).toString(), &errors);
        const QString mismatch = incrementalMismatch(snapshot, analyzers);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // A change re-runs only the analyzers that read its kind, and those only over the objects that can depend on it:
    // one namespace's DestinationRule of twenty namespaces.
    void incrementalWork()
    {
        const AnalyzerList analyzers = AnalysisEngine::defaultAnalyzers(true);
        Snapshot snapshot;
        FileSource source(&snapshot, FileSource::inputKinds(analyzers), true, QString());
        QVERIFY(source.add(QStringLiteral("mesh.yaml"), generatedMesh(20)).isEmpty());
        source.markAvailable();
        AnalysisEngine engine(analyzers);
        const AnalysisRun first = engine.analyze(snapshot);
        QCOMPARE(engine.lastWork().analyzersRun, first.executed.size());
        QCOMPARE(engine.lastWork().analyzersPartial, 0);
        int objects = 0;
        for (const Kind kind : allKinds())
            objects += int(snapshot.count(kind));
        for (const AnalysisMessage& message : first.messages)
            QVERIFY2(message.code() != QLatin1String("IST0101"), qPrintable(message.toLogLine()));

        const ResourcePtr before
            = snapshot.find(Kind::DestinationRule, QStringLiteral("team-3"), QStringLiteral("cart"));
        QVERIFY(before);
        QJsonObject object = before->object;
        QJsonObject spec = before->spec();
        spec.insert(
            QLatin1String("subsets"), QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("v1") } } });
        object.insert(QLatin1String("spec"), spec);
        const ResourcePtr after = makeResource(Kind::DestinationRule, object);
        QCOMPARE(snapshot.insert(after), before);
        const AnalysisRun second = engine.reanalyze(snapshot, { ObjectChange { before, after } });

        // The analyzers reading DestinationRules run; those that can, only over what the change can affect.
        int readers = 0;
        int partial = 0;
        for (const auto& analyzer : analyzers) {
            if (analyzer->inputs().contains(Kind::DestinationRule) && first.executed.contains(analyzer->name())) {
                ++readers;
                partial += analyzer->runsOnPart() ? 1 : 0;
            }
        }
        const AnalysisWork& work = engine.lastWork();
        QCOMPARE(work.analyzersRun, readers);
        QVERIFY(readers < first.executed.size() / 2);
        QCOMPARE(work.analyzersPartial, partial);
        QVERIFY(partial > readers / 2);
        QVERIFY2(work.subjects > 0 && work.subjects <= 8, qPrintable(QString::number(work.subjects)));
        // What those runs saw: team-3's six objects, the Namespaces (global) and the mesh config and networks.
        QVERIFY2(work.objectsSeen <= 6 + 20 + 2 && work.objectsSeen < objects / 4,
            qPrintable(QStringLiteral("%1 of %2").arg(work.objectsSeen).arg(objects)));
        QCOMPARE(messageLines(second.messages), messageLines(AnalysisEngine(analyzers).analyze(snapshot).messages));
        QStringList broken;
        for (const AnalysisMessage& message : second.messages) {
            if (message.code() == QLatin1String("IST0101"))
                broken << message.origin();
        }
        QCOMPARE(broken, QStringList { QStringLiteral("VirtualService team-3/cart") });
        // Each analyzer that ran is listed with its cost.
        QStringList timed;
        for (const auto& [name, milliseconds] : work.analyzerCpuMs) {
            QVERIFY(milliseconds >= 0);
            timed << name;
        }
        QCOMPARE(timed.size(), readers);
        QVERIFY(timed.contains(QStringLiteral("destinationrule.SubsetSelectPodAnalyzer")));

        // The subset checks kept from one run to the next follow the pods: team-5's rule gets a subset v9 that no pod
        // has, until team-5's v2 pod is relabelled v9 (subsets select pods in any namespace).
        const auto replace = [&](const ResourcePtr& before, const QJsonObject& object) {
            const ResourcePtr after = makeResource(before->kind, object);
            snapshot.insert(after);
            return engine.reanalyze(snapshot, { ObjectChange { before, after } });
        };
        const auto withoutPods = [](const AnalysisRun& run) {
            QStringList found;
            for (const AnalysisMessage& message : run.messages) {
                if (message.code() == QLatin1String("IST0173"))
                    found << message.origin() + QLatin1Char(' ') + message.text();
            }
            return found;
        };
        const auto relabel = [&](const QString& version) {
            const ResourcePtr pod = snapshot.find(Kind::Pod, QStringLiteral("team-5"), QStringLiteral("cart-v2"));
            QJsonObject object = pod->object;
            QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
            metadata.insert(QLatin1String("labels"),
                QJsonObject {
                    { QStringLiteral("app"), QStringLiteral("cart") }, { QStringLiteral("version"), version } });
            object.insert(QLatin1String("metadata"), metadata);
            return replace(pod, object);
        };
        const ResourcePtr rule = snapshot.find(Kind::DestinationRule, QStringLiteral("team-5"), QStringLiteral("cart"));
        QJsonObject ruleObject = rule->object;
        QJsonObject ruleSpec = rule->spec();
        QJsonArray subsets = ruleSpec.value(QLatin1String("subsets")).toArray();
        subsets.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("v9") },
            { QStringLiteral("labels"), QJsonObject { { QStringLiteral("version"), QStringLiteral("v9") } } } });
        ruleSpec.insert(QLatin1String("subsets"), subsets);
        ruleObject.insert(QLatin1String("spec"), ruleSpec);
        const QStringList missing = withoutPods(replace(rule, ruleObject));
        QCOMPARE(missing.size(), 1);
        QVERIFY2(
            missing.first().startsWith(QLatin1String("DestinationRule team-5/cart ")), qPrintable(missing.first()));
        QVERIFY2(missing.first().contains(QLatin1String("v9")), qPrintable(missing.first()));
        const AnalysisRun moved = relabel(QStringLiteral("v9"));
        QCOMPARE(withoutPods(moved), QStringList());
        QCOMPARE(messageLines(moved.messages), messageLines(AnalysisEngine(analyzers).analyze(snapshot).messages));
        QCOMPARE(withoutPods(relabel(QStringLiteral("v2"))), missing);
    }

    // An edited object checked against the analysed mesh: its own findings at their field, and what it would break
    // on other objects (only findings the mesh does not have already).
    void draftCheck()
    {
        DraftBaseline baseline;
        FileSource source(&baseline.snapshot, FileSource::inputKinds(baseline.engine.analyzers()), true, QString());
        QVERIFY(source.add(QStringLiteral("shop.yaml"), shopMesh).isEmpty());
        source.markAvailable();
        baseline.messages = baseline.engine.analyze(baseline.snapshot).messages;
        baseline.analysed = true;
        for (const AnalysisMessage& message : std::as_const(baseline.messages))
            QVERIFY2(message.code() != QLatin1String("IST0101"), qPrintable(message.toLogLine()));

        // Dropping the subset the VirtualService routes to breaks the VirtualService, not the edited rule.
        const DraftFindings dropped = baseline.check(draftObject(R"({"apiVersion": "networking.istio.io/v1",
            "kind": "DestinationRule", "metadata": {"name": "checkout"},
            "spec": {"host": "checkout", "subsets": [{"name": "blue", "labels": {"version": "v1"}}]}})"),
            QStringLiteral("shop"));
        const QString droppedText = describe(dropped).join(u'\n');
        QVERIFY2(droppedText.contains(QLatin1String("VirtualService shop/checkout [IST0101]  "
                                                    "{VirtualService:shop/checkout,DestinationRule:shop/checkout} "
                                                    "Referenced host+subset in destinationrule not found: "
                                                    "\"checkout+green\"")),
            qPrintable(droppedText));
        for (const DraftFinding& finding : dropped) {
            QVERIFY(!finding.fix.isEmpty());
            QVERIFY(finding.documentationUrl.startsWith(QLatin1String("https://")));
        }

        // A typo in the edited VirtualService's host: the finding is on the draft, at the field.
        const DraftFindings typo = baseline.check(draftObject(R"({"apiVersion": "networking.istio.io/v1",
            "kind": "VirtualService", "metadata": {"name": "checkout", "namespace": "shop"},
            "spec": {"hosts": ["checkout"], "http": [{"route": [{"destination": {"host": "checkuot"}}]}]}})"),
            QStringLiteral("default"));
        const QString typoText = describe(typo).join(u'\n');
        QVERIFY2(typoText.contains(
                     QLatin1String(" [IST0101] spec.http[0].route[0].destination.host {} Referenced host not found: "
                                   "\"checkuot\"")),
            qPrintable(typoText));
        // Checks leave the baseline as it was: the same check again gives the same.
        QCOMPARE(describe(baseline.check(draftObject(R"({"apiVersion": "networking.istio.io/v1",
            "kind": "VirtualService", "metadata": {"name": "checkout", "namespace": "shop"},
            "spec": {"hosts": ["checkout"], "http": [{"route": [{"destination": {"host": "checkuot"}}]}]}})"),
                     QStringLiteral("default"))),
            describe(typo));
        // Kinds the analysis does not know, and objects without a name, have nothing to report.
        QVERIFY(baseline
                    .check(draftObject(R"({"apiVersion": "v1", "kind": "Widget", "metadata": {"name": "x"}})"),
                        QStringLiteral("shop"))
                    .isEmpty());
        QVERIFY(baseline
                    .check(draftObject(R"({"apiVersion": "networking.istio.io/v1", "kind": "VirtualService"})"),
                        QStringLiteral("shop"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIstioAnalyzers)
#include "tst_istioanalyzers.moc"
