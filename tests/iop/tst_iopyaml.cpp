// IstioOperator YAML as istioctl reads and writes it: scalars resolved as Go's YAML does, broken text that never
// crashes, YAML/JSON/flags written as `profile dump` printed them, and edits that keep comments and order.
#include "models/iop/iopmerge.h"
#include "models/iop/ioptextedit.h"
#include "models/iop/ioptree.h"
#include "models/iop/iopyaml.h"

#include <QTest>
#include <cmath>

using namespace meshscope::iop;

class TestIopYaml : public QObject
{
    Q_OBJECT
private slots:
    void textEditsKeepTheRestOfTheFile()
    {
        const QString text = QStringLiteral("# my mesh\n"
                                            "apiVersion: install.istio.io/v1alpha1\n"
                                            "kind: IstioOperator\n"
                                            "spec:\n"
                                            "  profile: demo   # for the lab\n"
                                            "  hub: \"docker.io/istio\"\n"
                                            "  components:\n"
                                            "    pilot:\n"
                                            "      enabled: true\n"
                                            "    ingressGateways:\n"
                                            "    - name: istio-ingressgateway\n"
                                            "      enabled: true\n"
                                            "  values:\n"
                                            "\n"
                                            "# trailing comment\n");
        // A value replaced in place; the comment after it stays.
        TextEdit edit = setYamlValue(text, QStringLiteral("spec.profile"), QStringLiteral("minimal"));
        QVERIFY(edit.ok);
        QVERIFY(!edit.rewritten);
        QVERIFY(edit.text.contains(QStringLiteral("  profile: minimal   # for the lab\n")));
        QCOMPARE(edit.text.size(), text.size() + 3);
        edit = setYamlValue(text, QStringLiteral("spec.hub"), QStringLiteral("example.com/istio"));
        QVERIFY(edit.text.contains(QStringLiteral("  hub: example.com/istio\n")));
        edit = setYamlValue(text, QStringLiteral("spec.components.ingressGateways[0].enabled"), false);
        QVERIFY(edit.ok && !edit.rewritten);
        QVERIFY(edit.text.contains(QStringLiteral("    - name: istio-ingressgateway\n      enabled: false\n")));
        // Quoting follows the value: a tag that looks like a number stays text.
        edit = setYamlValue(text, QStringLiteral("spec.hub"), QStringLiteral("1.20"));
        QVERIFY(edit.text.contains(QStringLiteral("  hub: \"1.20\"\n")));

        // New keys go at the end of their parent's block, missing parents included.
        edit = setYamlValue(text, QStringLiteral("spec.components.pilot.k8s.replicaCount"), 2);
        QVERIFY(edit.ok && !edit.rewritten);
        QVERIFY2(
            edit.text.contains(QStringLiteral("    pilot:\n      enabled: true\n      k8s:\n        replicaCount: 2\n"
                                              "    ingressGateways:\n")),
            qPrintable(edit.text));
        edit = setYamlValue(text, QStringLiteral("spec.revision"), QStringLiteral("1-24"));
        QVERIFY(edit.text.contains(
            QStringLiteral("      enabled: true\n  values:\n  revision: 1-24\n\n# trailing comment\n")));
        edit = setYamlValue(text, QStringLiteral("spec.values.global.hub"), QStringLiteral("x"));
        QVERIFY2(edit.text.contains(QStringLiteral("  values:\n    global:\n      hub: x\n")), qPrintable(edit.text));
        QVERIFY(edit.text.startsWith(QStringLiteral("# my mesh\n")));
        edit = setYamlValue(text, QStringLiteral("metadata.name"), QStringLiteral("control-plane"));
        QVERIFY(edit.text.contains(QStringLiteral("\nmetadata:\n  name: control-plane\n")));

        // Removing a key takes its block with it.
        edit = removeYamlValue(text, QStringLiteral("spec.components.pilot"));
        QVERIFY(edit.ok && !edit.rewritten);
        QVERIFY(edit.text.contains(QStringLiteral("  components:\n    ingressGateways:\n")));
        edit = removeYamlValue(text, QStringLiteral("spec.components.ingressGateways"));
        QVERIFY2(edit.text.contains(QStringLiteral("      enabled: true\n  values:\n")), qPrintable(edit.text));
        QVERIFY(!edit.text.contains(QStringLiteral("istio-ingressgateway")));
        edit = setYamlValue(text, QStringLiteral("spec.components.pilot"), nullValue());
        QVERIFY(!edit.text.contains(QStringLiteral("pilot")));

        // Every edit reads back to the tree the same edit makes.
        for (const auto& [path, value] :
            QList<QPair<QString, QVariant>> { { QStringLiteral("spec.tag"), QStringLiteral("1.24.0") },
                { QStringLiteral("spec.components.cni.enabled"), true },
                { QStringLiteral("spec.components.pilot.k8s"), QVariantMap { { QStringLiteral("replicaCount"), 3 } } },
                { QStringLiteral("spec.values.pilot.env.A"), QStringLiteral("b") } }) {
            const TextEdit changed = setYamlValue(text, path, value);
            QVERIFY2(changed.ok, qPrintable(changed.error));
            QVariant expected = parseYaml(text.toUtf8()).documents.first().root;
            setValueAt(expected, path, value);
            QVERIFY2(
                sameValue(parseYaml(changed.text.toUtf8()).documents.first().root, expected), qPrintable(changed.text));
        }

        // Flow style cannot be edited in place: the document is written anew, and says so.
        edit = setYamlValue(
            QStringLiteral("spec: {profile: demo, hub: x}\n"), QStringLiteral("spec.tag"), QStringLiteral("1"));
        QVERIFY(edit.ok && edit.rewritten);
        QCOMPARE(edit.text, QStringLiteral("spec:\n  hub: x\n  profile: demo\n  tag: \"1\"\n"));
        // Positions count characters, edits bytes: a value after non-ASCII text on its line lands in place; a
        // written-out null is a value to replace, not an empty one.
        edit = setYamlValue(QStringLiteral("spec:\n  values:\n    pilot:\n      env:\n        CAFÉ_Ü: \"1\"  # é\n"),
            QStringLiteral("spec.values.pilot.env.CAFÉ_Ü"), QStringLiteral("2"));
        QVERIFY(edit.ok && !edit.rewritten);
        QVERIFY2(edit.text.endsWith(QStringLiteral("        CAFÉ_Ü: \"2\"  # é\n")), qPrintable(edit.text));
        edit = setYamlValue(QStringLiteral("spec:\n  revision: null # none yet\n  tag: 1.24.0\n"),
            QStringLiteral("spec.revision"), QStringLiteral("canary"));
        QCOMPARE(edit.text, QStringLiteral("spec:\n  revision: canary # none yet\n  tag: 1.24.0\n"));
        // Broken YAML is never edited.
        edit = setYamlValue(QStringLiteral("spec:\n\tprofile: x\n"), QStringLiteral("spec.tag"), QStringLiteral("1"));
        QVERIFY(!edit.ok);
        QCOMPARE(edit.text, QStringLiteral("spec:\n\tprofile: x\n"));
        // An empty file grows a document.
        edit = setYamlValue(QString(), QStringLiteral("spec.profile"), QStringLiteral("demo"));
        QVERIFY(edit.ok);
        QCOMPARE(edit.text, QStringLiteral("spec:\n  profile: demo\n"));
    }

    void yamlReadsLikeIstioctl()
    {
        const YamlParse parsed
            = parseYaml("a: yes\nb: \"yes\"\nc: 0x10\nd: 1.0\ne: ~\nf: 012\ng: 1_000\nh: on\ni: '3'\n");
        QVERIFY(parsed.ok());
        const QVariant root = parsed.documents.first().root;
        QCOMPARE(valueAt(root, QStringLiteral("a")), QVariant(true));
        QCOMPARE(valueAt(root, QStringLiteral("b")), QVariant(QStringLiteral("yes")));
        QCOMPARE(valueAt(root, QStringLiteral("c")).toLongLong(), 16);
        QCOMPARE(valueAt(root, QStringLiteral("d")).typeId(), int(QMetaType::Double));
        QVERIFY(isNull(valueAt(root, QStringLiteral("e"))));
        QCOMPARE(valueAt(root, QStringLiteral("f")).toLongLong(), 10);
        QCOMPARE(valueAt(root, QStringLiteral("g")).toLongLong(), 1000);
        QCOMPARE(valueAt(root, QStringLiteral("h")), QVariant(true));
        QCOMPARE(valueAt(root, QStringLiteral("i")), QVariant(QStringLiteral("3")));
        QCOMPARE(parsed.documents.first().lines.value(QStringLiteral("c")), 3);
    }

    void badYamlNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("tab indent") << QByteArray("spec:\n\tprofile: demo\n") << 2;
        QTest::newRow("unclosed flow") << QByteArray("spec: {profile: [demo\n") << 0;
        QTest::newRow("bad mapping") << QByteArray("spec:\n  profile: demo\n  hub: a: b\n") << 3;
        QTest::newRow("duplicate key") << QByteArray("spec:\n  hub: a\n  hub: b\n") << 3;
        QTest::newRow("sequence in a map") << QByteArray("spec:\n  hub: a\n- b\n") << 3;
        QTest::newRow("alias bomb") << QByteArray("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                                                  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                                                  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                                  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                                                  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                                                  "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n")
                                    << -1;
        QTest::newRow("a list") << QByteArray("- a\n- b\n") << -1;
    }

    void badYamlNeverCrashes()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const IopFile file = readIopFile(QStringLiteral("bad.yaml"), text);
        QVERIFY(!file.error.isEmpty());
        QVERIFY(file.error.contains(QStringLiteral("bad.yaml")));
        if (line > 0)
            QCOMPARE(file.errorLine, line);
        MergeRequest request;
        request.files << file;
        QVERIFY(!mergeIstioOperator(request).ok());
    }

    void writesYamlJsonAndFlagsAsIstioctl()
    {
        MergeRequest request;
        request.profile = QStringLiteral("demo");
        const QVariant dump = dumpTree(mergeIstioOperator(request).merged);
        const QString yaml = toYaml(dump);
        QVERIFY2(yaml.startsWith(
                     QStringLiteral("apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  components:\n"
                                    "    base:\n      enabled: true\n    egressGateways:\n    - enabled: true\n"
                                    "      name: istio-egressgateway\n")),
            qPrintable(yaml));
        QVERIFY(yaml.contains(QStringLiteral("    defaultRevision: \"\"\n")));
        QVERIFY(yaml.contains(QStringLiteral("    gateways:\n      istio-egressgateway: {}\n")));
        QVERIFY(sameValue(parseYaml(yaml.toUtf8()).documents.first().root, dump)); // reads back the same

        const QStringList flags = toFlags(dump);
        QVERIFY(flags.contains(QStringLiteral("spec.components.egressGateways[0].name=\"istio-egressgateway\"")));
        const QStringList specFlags = toFlags(valueAt(dump, QStringLiteral("spec")));
        QVERIFY(specFlags.contains(QStringLiteral("components.egressGateways[0].name=\"istio-egressgateway\"")));
        QVERIFY(specFlags.contains(QStringLiteral("components.egressGateways[0].enabled=true")));
        QVERIFY(specFlags.contains(QStringLiteral("values.global.istioNamespace=\"istio-system\"")));
        QVERIFY(std::is_sorted(specFlags.cbegin(), specFlags.cend()));

        QCOMPARE(goFloat(100), QStringLiteral("100"));
        QCOMPARE(goFloat(1e6), QStringLiteral("1e+06"));
        QCOMPARE(goFloat(123456), QStringLiteral("123456"));
        QCOMPARE(goFloat(0.5), QStringLiteral("0.5"));
        QCOMPARE(goFloat(1.5e-7), QStringLiteral("1.5e-07"));
        QCOMPARE(toFlags(QVariantMap { { QStringLiteral("a.b"), QVariantList { 1.0, nullValue() } } }),
            QStringList({ QStringLiteral("a\\.b[0]=1"), QStringLiteral("a\\.b[1]=<nil>") }));

        const QVariantMap tricky { { QStringLiteral("empty"), QString() },
            { QStringLiteral("number"), QStringLiteral("1.20") }, { QStringLiteral("colon"), QStringLiteral("a: b") },
            { QStringLiteral("star"), QStringLiteral("*") },
            { QStringLiteral("block"), QStringLiteral("{\n  \"key\": \"val\"\n}\n") },
            { QStringLiteral("yes"), QStringLiteral("yes") },
            { QStringLiteral("list"), QVariantList { QVariantList { 1, 2 }, QVariantMap() } } };
        const QString written = toYaml(tricky);
        QVERIFY2(sameValue(parseYaml(written.toUtf8()).documents.first().root, tricky), qPrintable(written));
        QVERIFY(written.contains(QStringLiteral("block: |\n  {\n    \"key\": \"val\"\n  }\n")));
        QVERIFY(written.contains(QStringLiteral("number: \"1.20\"")));
        QVERIFY(written.contains(QStringLiteral("star: '*'")));
        QCOMPARE(toJson(QVariantMap { { QStringLiteral("a"), QVariantList { 1, QStringLiteral("<x>") } },
                     { QStringLiteral("b"), QVariantMap() } }),
            QStringLiteral("{\n    \"a\": [\n        1,\n        \"\\u003cx\\u003e\"\n    ],\n    \"b\": {}\n}"));
    }
};

QTEST_GUILESS_MAIN(TestIopYaml)
#include "tst_iopyaml.moc"
