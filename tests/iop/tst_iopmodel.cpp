// IstioOperator profiles, merge with provenance and validation, against istioctl's own
// profiles, Helm chart defaults and `manifest generate` inputs in ../shared/fixtures/istio.
#include "models/iop/iopbuiltins.h"
#include "models/iop/iopcanary.h"
#include "models/iop/iopmerge.h"
#include "models/iop/iopsail.h"
#include "models/iop/iopschema.h"
#include "models/iop/ioptree.h"
#include "models/iop/iopvalidation.h"
#include "models/iop/iopyaml.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace meshscope::iop;

namespace {

QString fixturePath(const QString& relative)
{
    return qEnvironmentVariable("MESHSCOPE_SHARED") + QStringLiteral("/fixtures/istio/") + relative;
}

QByteArray fixture(const QString& relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QVariant fixtureTree(const QString& relative)
{
    const YamlParse parsed = parseYaml(fixture(relative));
    if (!parsed.ok() || parsed.documents.isEmpty())
        qFatal("unreadable fixture %s: %s", qPrintable(relative), qPrintable(parsed.error));
    return parsed.documents.first().root;
}

const QString inputDir = QStringLiteral("operator/manifest-generate/input/");

MergeResult mergeFiles(const QStringList& inputs, const QStringList& flags = {})
{
    MergeRequest request;
    for (const QString& input : inputs)
        request.files << readIopFile(input, fixture(inputDir + input));
    request.setFlags = flags;
    return mergeIstioOperator(request);
}

QStringList errorsOf(const QList<IopIssue>& issues)
{
    QStringList errors;
    for (const IopIssue& issue : issues) {
        if (issue.severity == IopIssue::Error)
            errors << issue.message;
    }
    return errors;
}

} // namespace

class TestIopModel : public QObject
{
    Q_OBJECT
private slots:
    void builtInProfilesMatchUpstream()
    {
        const QStringList files = QDir(fixturePath(QStringLiteral("profiles")))
                                      .entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 10);
        QStringList names = profileNames();
        QCOMPARE(names.size(), 10);
        QCOMPARE(names.first(), QStringLiteral("default"));
        for (const QString& file : files) {
            const QString name = file.chopped(5);
            QVERIFY2(isProfileName(name), qPrintable(name));
            QVERIFY2(sameValue(profileOverlay(name), fixtureTree(QStringLiteral("profiles/") + file)),
                qPrintable(name + QStringLiteral(":\n") + toYaml(profileOverlay(name))));
        }
        QVERIFY(!isProfileName(QStringLiteral("nonexistent")));
    }

    void chartDefaultsMatchUpstream()
    {
        // Each chart's defaults, placed where IstioOperator's spec.values holds them; the first chart to set a
        // value wins (the shared global and meshConfig keys agree between charts anyway).
        const QList<QPair<QString, QString>> charts
            = { { QStringLiteral("istio-control/istio-discovery"), QStringLiteral("pilot") },
                  { QStringLiteral("base"), QString() }, { QStringLiteral("default"), QString() },
                  { QStringLiteral("istio-cni"), QStringLiteral("cni") },
                  { QStringLiteral("ztunnel"), QStringLiteral("ztunnel") },
                  { QStringLiteral("gateways/istio-ingress"), QString() },
                  { QStringLiteral("gateways/istio-egress"), QString() } };
        static const QStringList valuesRoots = { QStringLiteral("sidecarInjectorWebhook"),
            QStringLiteral("istiodRemote"), QStringLiteral("telemetry"), QStringLiteral("revision"),
            QStringLiteral("revisionTags"), QStringLiteral("ownerName"), QStringLiteral("meshConfig"),
            QStringLiteral("experimental"), QStringLiteral("global"), QStringLiteral("base"),
            QStringLiteral("gateways"), QStringLiteral("gatewayClasses"), QStringLiteral("defaultRevision"),
            QStringLiteral("profile"), QStringLiteral("compatibilityVersion"), QStringLiteral("platform") };
        int leaves = 0;
        int checked = 0;
        QHash<QString, QString> firstChart;
        for (const auto& [chart, root] : charts) {
            const QVariantMap defaults = valueAt(fixtureTree(QStringLiteral("values/charts/%1/values.yaml").arg(chart)),
                QStringLiteral("_internal_defaults_do_not_set"))
                                             .toMap();
            QVERIFY2(!defaults.isEmpty(), qPrintable(chart));
            for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
                QString key = escapeKey(it.key());
                if (root == QStringLiteral("pilot") && !valuesRoots.contains(it.key()))
                    key = QStringLiteral("pilot.") + key;
                else if ((root == QStringLiteral("cni") || root == QStringLiteral("ztunnel"))
                    && it.key() != QStringLiteral("global") && it.key() != QStringLiteral("revision")
                    && it.key() != QStringLiteral("ownerName"))
                    key = root + u'.' + key;
                for (const QString& leaf : leafPaths(it.value(), key)) {
                    ++leaves;
                    if (firstChart.contains(leaf))
                        continue;
                    firstChart.insert(leaf, chart);
                    ++checked;
                    const QString wrapped = QStringLiteral("r") + leaf.mid(key.size());
                    const QVariant expected = valueAt(QVariantMap { { QStringLiteral("r"), it.value() } }, wrapped);
                    QVERIFY2(sameValue(chartDefault(leaf), expected), qPrintable(chart + QStringLiteral(": ") + leaf));
                }
            }
        }
        QVERIFY(leaves > 400);
        QCOMPARE(leafPaths(chartDefaults()).size(), checked);
        QCOMPARE(chartDefault(QStringLiteral("pilot.autoscaleEnabled")), QVariant(true));
        QCOMPARE(
            chartDefault(QStringLiteral("global.proxy.clusterDomain")).toString(), QStringLiteral("cluster.local"));
        QVERIFY(!chartDefault(QStringLiteral("pilot.noSuchKey")).isValid());
    }

    void eachProfileDumpIsDefaultMergedWithIt()
    {
        const QVariant defaults = fixtureTree(QStringLiteral("profiles/default.yaml"));
        for (const QString& name : profileNames()) {
            QVariant expected = defaults;
            if (name != QStringLiteral("default"))
                mergeFrom(expected, fixtureTree(QStringLiteral("profiles/%1.yaml").arg(name)));
            MergeRequest request;
            request.profile = name;
            const MergeResult result = mergeIstioOperator(request);
            QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
            QCOMPARE(result.profile, name);
            QVariant expectedSpec = valueAt(expected, QStringLiteral("spec"));
            setValueAt(expectedSpec, QStringLiteral("profile"), name); // the dump says which profile it is
            QVERIFY2(sameValue(valueAt(dumpTree(result.merged), QStringLiteral("spec")), expectedSpec),
                qPrintable(name + u'\n' + toYaml(dumpTree(result.merged))));
            QVERIFY2(validateIstioOperator(result.merged).isEmpty(), qPrintable(name));
        }
    }

    void provenanceNamesTheLayer()
    {
        MergeRequest request;
        request.profile = QStringLiteral("demo");
        request.setFlags = { QStringLiteral("values.global.hub=example.com/istio") };
        const MergeResult result = mergeIstioOperator(request);
        QVERIFY(result.ok());
        QCOMPARE(result.layerLabel(QStringLiteral("spec.hub")), QStringLiteral("default profile"));
        QCOMPARE(result.layerLabel(QStringLiteral("spec.components.egressGateways[0].enabled")),
            QStringLiteral("demo profile"));
        // The demo profile's egress list replaced default's whole: its name is demo's too.
        QCOMPARE(result.layerLabel(QStringLiteral("spec.components.egressGateways[0].name")),
            QStringLiteral("demo profile"));
        QCOMPARE(result.layerLabel(QStringLiteral("spec.values.global.hub")),
            QStringLiteral("--set values.global.hub=example.com/istio"));
        QCOMPARE(
            result.layerLabel(QStringLiteral("spec.values.global.istioNamespace")), QStringLiteral("default profile"));
        QCOMPARE(valueAt(result.merged, QStringLiteral("spec.values.global.hub")).toString(),
            QStringLiteral("example.com/istio"));

        request.withChartDefaults = true;
        const MergeResult withCharts = mergeIstioOperator(request);
        QCOMPARE(withCharts.layerLabel(QStringLiteral("spec.values.pilot.autoscaleEnabled")),
            QStringLiteral("chart defaults"));
        QCOMPARE(withCharts.layerLabel(QStringLiteral("spec.values.global.istioNamespace")),
            QStringLiteral("default profile"));
    }

    void userOverlaysFromManifestGenerate()
    {
        // gateways.yaml: the empty profile, three ingress gateways replacing the profile's list.
        MergeResult result = mergeFiles({ QStringLiteral("gateways.yaml") },
            { QStringLiteral("components.ingressGateways.[0].k8s.resources.requests.memory=999Mi"),
                QStringLiteral(
                    "components.ingressGateways.[name:user-ingressgateway].k8s.resources.requests.cpu=555m") });
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.profile, QStringLiteral("empty"));
        const QVariantList ingress = valueAt(result.merged, QStringLiteral("spec.components.ingressGateways")).toList();
        QCOMPARE(ingress.size(), 3);
        QCOMPARE(valueAt(ingress.at(0), QStringLiteral("k8s.resources.requests.memory")).toString(),
            QStringLiteral("999Mi"));
        QCOMPARE(
            valueAt(ingress.at(0), QStringLiteral("k8s.resources.requests.cpu")).toString(), QStringLiteral("111m"));
        QCOMPARE(
            valueAt(ingress.at(1), QStringLiteral("k8s.resources.requests.cpu")).toString(), QStringLiteral("555m"));
        QCOMPARE(valueAt(ingress.at(2), QStringLiteral("k8s.service.ports[1].targetPort")).toLongLong(), 8060);
        QCOMPARE(result.layerLabel(QStringLiteral("spec.components.ingressGateways[2].namespace")),
            QStringLiteral("gateways.yaml"));
        QCOMPARE(result.layerLabel(QStringLiteral("spec.components.ingressGateways[1].k8s.resources.requests.cpu")),
            QStringLiteral(
                "--set components.ingressGateways.[name:user-ingressgateway].k8s.resources.requests.cpu=555m"));
        QCOMPARE(
            valueAt(result.merged, QStringLiteral("spec.components.base.enabled")), QVariant(false)); // empty profile
        QVERIFY(errorsOf(validateIstioOperator(result.merged)).isEmpty());

        // pilot_merge_meshconfig.yaml: meshConfig maps merge, the file's values win.
        result = mergeFiles({ QStringLiteral("pilot_merge_meshconfig.yaml") });
        QVERIFY(result.ok());
        QCOMPARE(valueAt(result.merged, QStringLiteral("spec.meshConfig.defaultConfig.drainDuration")).toString(),
            QStringLiteral("12s"));
        QCOMPARE(valueAt(result.merged, QStringLiteral("spec.meshConfig.outboundTrafficPolicy.mode")).toString(),
            QStringLiteral("REGISTRY_ONLY"));
        QCOMPARE(
            valueAt(result.merged, QStringLiteral("spec.hub")).toString(), QStringLiteral("registry.istio.io/release"));
        QCOMPARE(result.layerLabel(QStringLiteral("spec.hub")), QStringLiteral("pilot_merge_meshconfig.yaml"));
        QVERIFY(errorsOf(validateIstioOperator(result.merged)).isEmpty());

        // Two files in order, then flags: the later one wins, --set profile switches the base.
        result = mergeFiles({ QStringLiteral("empty.yaml"), QStringLiteral("minimal-revisioned.yaml") },
            { QStringLiteral("tag=1.20"),
                QStringLiteral("values.global.proxy.includeIPRanges=172.30.0.0/16\\,172.21.0.0/16") });
        QVERIFY(result.ok());
        QCOMPARE(result.profile, QStringLiteral("minimal"));
        QCOMPARE(valueAt(result.merged, QStringLiteral("spec.revision")).toString(), QStringLiteral("test-rev"));
        QCOMPARE(valueAt(result.merged, QStringLiteral("spec.tag")), QVariant(QStringLiteral("1.20"))); // kept as text
        QCOMPARE(valueAt(result.merged, QStringLiteral("spec.values.global.proxy.includeIPRanges")).toString(),
            QStringLiteral("172.30.0.0/16,172.21.0.0/16"));
        QCOMPARE(valueAt(result.merged, QStringLiteral("spec.components.ingressGateways[0].enabled")), QVariant(false));
        QVERIFY(errorsOf(validateIstioOperator(result.merged)).isEmpty());

        // No file, only a flag (flag_values_enable_egressgateway).
        result = mergeFiles({}, { QStringLiteral("values.gateways.istio-egressgateway.enabled=true") });
        QVERIFY(result.ok());
        QCOMPARE(
            valueAt(result.merged, QStringLiteral("spec.values.gateways.istio-egressgateway.enabled")), QVariant(true));
        QCOMPARE(result.profile, QStringLiteral("default"));

        result = mergeFiles({}, { QStringLiteral("profile=nosuch") });
        QVERIFY(!result.ok());
        QVERIFY(result.errors.first().contains(QStringLiteral("profile \"nosuch\" not found")));
        result = mergeFiles({}, { QStringLiteral("components.ingressGateways[name:nosuch].enabled=true") });
        QVERIFY(!result.ok());
        QVERIFY(result.errors.first().contains(QStringLiteral("not found")));
    }

    void manifestGenerateInputs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expectedError"); // empty: valid
        const QHash<QString, QString> failing = {
            { QStringLiteral("multiple_iops.yaml"),
                QStringLiteral("contains multiple IstioOperator CRs, only one per file is supported") },
            { QStringLiteral("invalid-k8s.yaml"), QStringLiteral("could not unmarshal") },
            { QStringLiteral("invalid-k8s-values.yaml"), QStringLiteral("invalid schema for") },
            // A key Values does not have; istioctl's test renders it only with --force.
            { QStringLiteral("flag_force.yaml"), QStringLiteral("could not unmarshal: spec.values.global.badKey") },
            // autoscaling/v2beta1 fields no longer in autoscaling/v2; no upstream test reads these two inputs.
            { QStringLiteral("autoscaling_v2beta1_k8s_and_values.yaml"), QStringLiteral("could not unmarshal") },
            { QStringLiteral("deprecated_autoscaling_k8s_spec.yaml"), QStringLiteral("could not unmarshal") },
        };
        const QStringList files
            = QDir(fixturePath(inputDir)).entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 44);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << file << failing.value(file);
    }

    void manifestGenerateInputs()
    {
        QFETCH(QString, input);
        QFETCH(QString, expectedError);
        const MergeResult result = mergeFiles({ input });
        QStringList errors = result.errors;
        if (result.ok())
            errors += errorsOf(validateIstioOperator(result.merged));
        if (expectedError.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        } else {
            QVERIFY(!errors.isEmpty());
            QVERIFY2(errors.join(u'\n').contains(expectedError), qPrintable(errors.join(u'\n')));
        }
    }

    void negativeCasesSayWhere()
    {
        MergeResult result = mergeFiles({ QStringLiteral("invalid-k8s.yaml") });
        QList<IopIssue> issues = validateIstioOperator(result.merged);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, QStringLiteral("spec.components.ztunnel.k8s.tolerations[0].thats"));
        QVERIFY(issues.first().message.contains(QStringLiteral("unknown field \"thats\"")));

        result = mergeFiles({ QStringLiteral("invalid-k8s-values.yaml") });
        issues = validateIstioOperator(result.merged);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, QStringLiteral("spec.values.global.defaultTolerations[0].thats"));
        QVERIFY(issues.first().message.startsWith(QStringLiteral("invalid schema for global.defaultTolerations")));

        const IopFile multiple
            = readIopFile(QStringLiteral("m.yaml"), fixture(inputDir + QStringLiteral("multiple_iops.yaml")));
        QCOMPARE(multiple.errorLine, 7);

        // bare_values.yaml clears values (null); it must not crash and stays readable.
        result = mergeFiles({ QStringLiteral("bare_values.yaml") });
        QVERIFY(result.ok());
        QVERIFY(isNull(valueAt(result.merged, QStringLiteral("spec.values"))));
        QVERIFY(!toYaml(dumpTree(result.merged)).isEmpty());
    }

    void validationFindsTypesAndNames()
    {
        const QByteArray text = "apiVersion: install.istio.io/v1alpha1\n"
                                "kind: IstioOperator\n"
                                "spec:\n"
                                "  revision: Canary_1\n"
                                "  hub: \"UPPER case/bad\"\n"
                                "  components:\n"
                                "    pilot:\n"
                                "      enabled: \"yes\"\n"
                                "      k8s:\n"
                                "        replicaCount: 1.5\n"
                                "        hpaSpec: {maxReplicas: 3}\n"
                                "        resources: {requests: {cpu: 100m}}\n"
                                "  meshConfig:\n"
                                "    accessLogFile: /dev/stdout\n"
                                "    enableTracing: maybe\n"
                                "    outboundTrafficPolicy: {mode: SOMETIMES}\n"
                                "  values:\n"
                                "    pilot: {autoscaleEnabled: true}\n"
                                "    global: {proxy: {includeIPRanges: \"10.0.0.0/8,nonsense\"}}\n";
        MergeRequest request;
        request.files << readIopFile(QStringLiteral("t.yaml"), text);
        const MergeResult result = mergeIstioOperator(request);
        QVERIFY(result.ok());
        QHash<QString, QString> byPath;
        for (const IopIssue& issue : validateIstioOperator(result.merged))
            byPath[issue.path] += issue.message + u'\n';
        QVERIFY(byPath.value(QStringLiteral("spec.revision"))
                    .contains(QStringLiteral("invalid revision specified: Canary_1")));
        QVERIFY(byPath.value(QStringLiteral("spec.hub")).contains(QStringLiteral("bad hub")));
        QVERIFY(byPath.value(QStringLiteral("spec.components.pilot.enabled"))
                    .contains(QStringLiteral("expected a boolean")));
        QVERIFY(byPath.value(QStringLiteral("spec.components.pilot.k8s.replicaCount"))
                    .contains(QStringLiteral("whole number")));
        QVERIFY(byPath.value(QStringLiteral("spec.meshConfig.enableTracing"))
                    .contains(QStringLiteral("invalid meshConfig")));
        QVERIFY(byPath.value(QStringLiteral("spec.meshConfig.outboundTrafficPolicy.mode"))
                    .contains(QStringLiteral("REGISTRY_ONLY")));
        QVERIFY(byPath.value(QStringLiteral("spec.values.global.proxy.includeIPRanges"))
                    .contains(QStringLiteral("nonsense")));
        QVERIFY(!byPath.contains(QStringLiteral("spec.meshConfig.accessLogFile")));
        QVERIFY(!byPath.contains(QStringLiteral("spec.components.pilot.k8s.hpaSpec")));
    }

    void revisionUsageFromTheCluster()
    {
        // JSON written with single quotes, to keep the C++ readable.
        const auto object
            = [](const char* json) { return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object(); };
        const QList<QJsonObject> namespaces = {
            object("{'metadata':{'name':'bookinfo','labels':{'istio-injection':'enabled'}}}"),
            object("{'metadata':{'name':'shop','labels':{'istio.io/rev':'1-23'}}}"),
            object("{'metadata':{'name':'plain'}}"),
            object("{'metadata':{'name':'istio-system'}}"),
        };
        const QList<QJsonObject> pods = {
            object("{'metadata':{'name':'reviews-v1-7d8f-abcde','namespace':'bookinfo','labels':{'pod-template-hash':'"
                   "7d8f'},'annotations':{'sidecar.istio.io/"
                   "status':'{\\'revision\\':\\'default\\'}'},'ownerReferences':[{'kind':'ReplicaSet','name':'reviews-"
                   "v1-7d8f'}]}}"),
            object("{'metadata':{'name':'db-0','namespace':'bookinfo','labels':{'istio.io/"
                   "rev':'1-23'},'ownerReferences':[{'kind':'StatefulSet','name':'db'}]},'spec':{'containers':[{'name':"
                   "'istio-proxy'}]}}"),
            object(
                "{'metadata':{'name':'cart-5c-xyz','namespace':'shop','labels':{'pod-template-hash':'5c'},'annotations'"
                ":{'sidecar.istio.io/"
                "status':'{\\'revision\\':\\'1-23\\'}'},'ownerReferences':[{'kind':'ReplicaSet','name':'cart-5c'}]}}"),
            object("{'metadata':{'name':'tool','namespace':'plain'}}"),
            object("{'metadata':{'name':'istiod-1','namespace':'istio-system','labels':{'app':'istiod'}}}"),
            object("{'metadata':{'name':'istiod-2','namespace':'istio-system','labels':{'app':'istiod','istio.io/"
                   "rev':'1-23'}}}"),
        };
        const RevisionUsage usage = revisionUsage(namespaces, pods);
        QCOMPARE(usage.controlPlanes, QStringList({ QStringLiteral("1-23"), QStringLiteral("default") }));
        QCOMPARE(usage.podsByRevision.value(QStringLiteral("default")), 1);
        QCOMPARE(usage.podsByRevision.value(QStringLiteral("1-23")), 2);
        QCOMPARE(usage.namespaces.size(), 2); // plain and istio-system neither inject nor have sidecars
        const NamespaceRevision& bookinfo = usage.namespaces.at(0);
        QCOMPARE(bookinfo.name, QStringLiteral("bookinfo"));
        QCOMPARE(bookinfo.injectionLabel, QStringLiteral("istio-injection=enabled"));
        QCOMPARE(bookinfo.revision, QStringLiteral("default"));
        QCOMPARE(bookinfo.workloads,
            QStringList({ QStringLiteral("deployment/reviews-v1"), QStringLiteral("statefulset/db") }));
        QCOMPARE(usage.namespaces.at(1).revision, QStringLiteral("1-23"));

        CanaryRequest request;
        request.currentIopText = QStringLiteral("# ours\napiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\n"
                                                "spec:\n  profile: default\n  tag: 1.23.0\n");
        request.newTag = QStringLiteral("1.24.0");
        request.newRevision = revisionFromTag(request.newTag);
        request.everyInjectingNamespace = true;
        QCOMPARE(request.newRevision, QStringLiteral("1-24-0"));
        const CanaryPlan plan = planCanary(request, usage);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QVERIFY(plan.newIop.startsWith(QStringLiteral("# ours\n")));
        QVERIFY(plan.newIop.contains(QStringLiteral("  tag: 1.24.0\n")));
        QVERIFY(plan.newIop.contains(QStringLiteral("  revision: 1-24-0\n")));
        QVERIFY2(plan.newIop.contains(
                     QStringLiteral("ingressGateways:\n    - enabled: false\n      name: istio-ingressgateway\n")),
            qPrintable(plan.newIop));
        QCOMPARE(plan.relabel,
            QStringLiteral("kubectl label namespace bookinfo istio-injection- istio.io/rev=1-24-0 --overwrite\n"
                           "kubectl label namespace shop istio.io/rev=1-24-0 --overwrite"));
        QCOMPARE(plan.restart,
            QStringLiteral("kubectl -n bookinfo rollout restart deployment/reviews-v1 statefulset/db\n"
                           "kubectl -n shop rollout restart deployment/cart"));
        QVERIFY(plan.rollback.contains(
            QStringLiteral("kubectl label namespace bookinfo istio.io/rev- istio-injection=enabled --overwrite")));
        QVERIFY(plan.rollback.contains(QStringLiteral("kubectl label namespace shop istio.io/rev=1-23 --overwrite")));
        QVERIFY(plan.rollback.endsWith(QStringLiteral("istioctl uninstall --revision 1-24-0 -y")));
        QCOMPARE(plan.cleanup, QStringLiteral("istioctl uninstall --revision default -y"));
        QVERIFY(plan.warnings.join(u'\n').contains(QStringLiteral("bookinfo has 1 pod(s) on revision 1-23")));
        QVERIFY(plan.script().contains(QStringLiteral("# 3. Point the namespaces at the new revision\n")));

        request.newRevision = QStringLiteral("default");
        QVERIFY(!planCanary(request, usage).error.isEmpty());
        request.newRevision = QStringLiteral("Bad_Name");
        QVERIFY(!planCanary(request, usage).error.isEmpty());
    }

    void sailConversions()
    {
        // Every manifest-generate input IstioOperator converts, and back again, without an error.
        const QStringList files = QDir(fixturePath(inputDir)).entryList({ QStringLiteral("*.yaml") }, QDir::Files);
        int converted = 0;
        for (const QString& file : files) {
            const IopFile iop = readIopFile(file, fixture(inputDir + file));
            if (!iop.error.isEmpty())
                continue;
            const Conversion sail = iopToSail(iop.tree);
            QVERIFY2(sail.error.isEmpty(), qPrintable(file + u' ' + sail.error));
            QVERIFY(isSailIstio(sail.tree));
            QVERIFY2(parseYaml(sail.yaml.toUtf8()).ok(), qPrintable(sail.yaml));
            const Conversion back = sailToIop(sail.tree);
            QVERIFY(back.error.isEmpty());
            ++converted;
        }
        QCOMPARE(converted, 43);

        // What carries and what does not.
        Conversion sail = iopToSail(
            readIopFile(QStringLiteral("k"), fixture(inputDir + QStringLiteral("pilot_k8s_settings.yaml"))).tree);
        QCOMPARE(valueAt(sail.tree, QStringLiteral("spec.version")).toString(), QStringLiteral("v1.1.4"));
        QCOMPARE(valueAt(sail.tree, QStringLiteral("spec.profile")).toString(), QStringLiteral("empty"));
        QCOMPARE(valueAt(sail.tree, QStringLiteral("spec.values.meshConfig.rootNamespace")).toString(),
            QStringLiteral("istio-control"));
        QCOMPARE(valueAt(sail.tree, QStringLiteral("spec.values.pilot.resources.requests.memory")).toString(),
            QStringLiteral("999Mi"));
        QCOMPARE(valueAt(sail.tree, QStringLiteral("spec.values.pilot.autoscaleMax")).toLongLong(), 333);
        QCOMPARE(valueAt(sail.tree, QStringLiteral("spec.values.pilot.env.GODEBUG")).toString(),
            QStringLiteral("gctrace=111"));
        const QString warnings = sail.warnings.join(u'\n');
        QVERIFY(warnings.contains(QStringLiteral("components.pilot.k8s.readinessProbe cannot be carried")));
        QVERIFY(warnings.contains(QStringLiteral("components.pilot.k8s.env POD_NAME: valueFrom cannot be carried")));
        QVERIFY(warnings.contains(QStringLiteral("components.pilot.namespace cannot be carried")));

        sail = iopToSail(readIopFile(QStringLiteral("g"), fixture(inputDir + QStringLiteral("gateways.yaml"))).tree);
        QVERIFY(sail.warnings.join(u'\n').contains(
            QStringLiteral("components.ingressGateways[name=ilb-gateway].k8s cannot be carried")));
        QVERIFY(sail.warnings.join(u'\n').contains(
            QStringLiteral("Gateway user-ingressgateway is not part of Sail's Istio")));

        sail = iopToSail(readIopFile(QStringLiteral("z"), fixture(inputDir + QStringLiteral("ztunnel.yaml"))).tree);
        const YamlParse documents = parseYaml(sail.yaml.toUtf8());
        QCOMPARE(documents.nonEmptyDocuments(), 3); // Istio, IstioCNI, ZTunnel (the ambient profile turns CNI on)
        QCOMPARE(valueAt(documents.documents.at(2).root, QStringLiteral("kind")).toString(), QStringLiteral("ZTunnel"));
        QCOMPARE(valueAt(documents.documents.at(2).root, QStringLiteral("spec.profile")).toString(),
            QStringLiteral("ambient"));

        // Sail → IstioOperator: revision-based updates become a revision; meshConfig moves back up.
        const QVariant istio = parseYaml(
            "apiVersion: sailoperator.io/v1\nkind: Istio\nmetadata:\n  name: prod\n"
            "spec:\n  version: v1.24.2\n  profile: external\n  namespace: mesh\n"
            "  updateStrategy:\n    type: RevisionBased\n    updateWorkloads: true\n"
            "  values:\n    meshConfig:\n      trustDomain: example.org\n    pilot:\n      env:\n        A: \"1\"\n")
                                   .documents.first()
                                   .root;
        QVERIFY(isSailIstio(istio));
        const Conversion iop = sailToIop(istio);
        QVERIFY(iop.error.isEmpty());
        QCOMPARE(valueAt(iop.tree, QStringLiteral("spec.tag")).toString(), QStringLiteral("1.24.2"));
        QCOMPARE(valueAt(iop.tree, QStringLiteral("spec.revision")).toString(), QStringLiteral("prod-1-24-2"));
        QCOMPARE(valueAt(iop.tree, QStringLiteral("spec.profile")).toString(), QStringLiteral("remote"));
        QCOMPARE(
            valueAt(iop.tree, QStringLiteral("spec.meshConfig.trustDomain")).toString(), QStringLiteral("example.org"));
        QVERIFY(!valueAt(iop.tree, QStringLiteral("spec.values.meshConfig")).isValid());
        QCOMPARE(iop.warnings.size(), 4);
        MergeRequest request;
        request.files << readIopFile(QStringLiteral("converted.yaml"), iop.yaml.toUtf8());
        const MergeResult merged = mergeIstioOperator(request);
        QVERIFY(merged.ok());
        QVERIFY2(errorsOf(validateIstioOperator(merged.merged)).isEmpty(),
            qPrintable(errorsOf(validateIstioOperator(merged.merged)).join(u'\n')));
    }

    void schemaPathsForTheEditor()
    {
        const IopSchema& schema = IopSchema::builtin();
        QCOMPARE(schema.typeAt(QStringLiteral("I:IstioOperator"),
                     QStringLiteral("spec.components.ingressGateways[0].k8s.tolerations")),
            QStringLiteral("[K:Toleration]"));
        QCOMPARE(schema.typeAt(QStringLiteral("I:IstioOperator"), QStringLiteral("spec.values.pilot.autoscaleEnabled")),
            QStringLiteral("bool"));
        QCOMPARE(schema.typeAt(QStringLiteral("I:IstioOperator"),
                     QStringLiteral("spec.meshConfig.defaultConfig.proxyMetadata.X")),
            QStringLiteral("string"));
        QCOMPARE(schema.typeAt(QStringLiteral("I:IstioOperator"), QStringLiteral("spec.nope")), QString());
    }
};

QTEST_GUILESS_MAIN(TestIopModel)
#include "tst_iopmodel.moc"
