// The schema set checked field by field against Istio's CRD bundle, the CRD round trip, and CEL.
#include "models/config/cel.h"
#include "models/config/openapischema.h"
#include "models/config/schemaset.h"
#include "models/config/yamldocument.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace meshscope::config;

namespace {
QString bundlePath()
{
    return qEnvironmentVariable("MESHSCOPE_SHARED") + QStringLiteral("/fixtures/istio/crds/crd-all.gen.yaml");
}

QJsonValue stripDescriptions(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(stripDescriptions(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() != QLatin1String("description"))
            out.insert(it.key(), stripDescriptions(it.value()));
    }
    return out;
}

// The first difference between two JSON values, as a path, for a readable failure.
QString firstDifference(const QJsonValue& a, const QJsonValue& b, const QString& path)
{
    if (a == b)
        return {};
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString& key : keys) {
            if (!x.contains(key) || !y.contains(key))
                return path + QLatin1Char('.') + key
                    + (x.contains(key) ? QStringLiteral(" (only ours)") : QStringLiteral(" (only theirs)"));
            const QString inner = firstDifference(x.value(key), y.value(key), path + QLatin1Char('.') + key);
            if (!inner.isEmpty())
                return inner;
        }
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        for (int i = 0; i < a.toArray().size(); ++i) {
            const QString inner
                = firstDifference(a.toArray().at(i), b.toArray().at(i), path + QStringLiteral("[%1]").arg(i));
            if (!inner.isEmpty())
                return inner;
        }
    }
    return path + QStringLiteral(": ")
        + QString::fromUtf8(QJsonDocument(QJsonArray { a }).toJson(QJsonDocument::Compact)).left(200)
        + QStringLiteral(" vs ")
        + QString::fromUtf8(QJsonDocument(QJsonArray { b }).toJson(QJsonDocument::Compact)).left(200);
}

int countFields(const SchemaNode& node)
{
    int n = int(node.properties.size());
    for (const SchemaPtr& child : node.properties)
        n += countFields(*child);
    if (node.items)
        n += countFields(*node.items);
    if (node.additionalProperties)
        n += countFields(*node.additionalProperties);
    return n;
}

void collectRules(const SchemaNode& node, QList<CelRule>& rules)
{
    rules += node.rules;
    for (const SchemaPtr& child : node.properties)
        collectRules(*child, rules);
    if (node.items)
        collectRules(*node.items, rules);
    if (node.additionalProperties)
        collectRules(*node.additionalProperties, rules);
}

cel::Outcome::Kind run(const QString& expression, const QJsonValue& self, QString* error = nullptr)
{
    QString compileError;
    const auto program = cel::compile(expression, &compileError);
    if (!program) {
        if (error)
            *error = compileError;
        return cel::Outcome::Kind::Error;
    }
    const cel::Outcome outcome = cel::evaluateRule(*program, self);
    if (error)
        *error = outcome.error;
    return outcome.kind;
}
} // namespace

class TestConfigSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_set = SchemaSet::builtIn();
        QVERIFY2(m_set->loadError().isEmpty(), qPrintable(m_set->loadError()));
        QFile file(bundlePath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(bundlePath()));
        for (const YamlDocument& document : parseYamlDocuments(QString::fromUtf8(file.readAll()))) {
            QVERIFY2(document.ok(), qPrintable(document.error));
            m_upstream.append(document.object());
        }
        QCOMPARE(m_upstream.size(), 15);
    }

    void everyKindIsThere()
    {
        const QStringList expected { QStringLiteral("extensions.istio.io/TrafficExtension"),
            QStringLiteral("extensions.istio.io/WasmPlugin"), QStringLiteral("gateway.networking.k8s.io/Gateway"),
            QStringLiteral("gateway.networking.k8s.io/HTTPRoute"),
            QStringLiteral("networking.istio.io/DestinationRule"), QStringLiteral("networking.istio.io/EnvoyFilter"),
            QStringLiteral("networking.istio.io/Gateway"), QStringLiteral("networking.istio.io/ProxyConfig"),
            QStringLiteral("networking.istio.io/ServiceEntry"), QStringLiteral("networking.istio.io/Sidecar"),
            QStringLiteral("networking.istio.io/VirtualService"), QStringLiteral("networking.istio.io/WorkloadEntry"),
            QStringLiteral("networking.istio.io/WorkloadGroup"),
            QStringLiteral("security.istio.io/AuthorizationPolicy"),
            QStringLiteral("security.istio.io/PeerAuthentication"),
            QStringLiteral("security.istio.io/RequestAuthentication"), QStringLiteral("telemetry.istio.io/Telemetry") };
        QStringList ours;
        for (const KindSchema* kind : m_set->kinds())
            ours.append(kind->group + QLatin1Char('/') + kind->kind);
        QCOMPARE(ours, expected);
        QCOMPARE(m_set->describeOrigin(), QStringLiteral("built-in schemas (Istio 1.32, Gateway API v1.2.1)"));
    }

    void matchesTheUpstreamBundle_data()
    {
        QTest::addColumn<QJsonObject>("crd");
        for (const QJsonObject& crd : std::as_const(m_upstream))
            QTest::newRow(
                qPrintable(crd.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString()))
                << crd;
    }

    // Field by field: every name, type, format, enum, bound, required list, list/map semantics, one-of, CEL rule
    // and message of every version equals the bundle's once its descriptions are dropped.
    void matchesTheUpstreamBundle()
    {
        QFETCH(QJsonObject, crd);
        const QJsonObject spec = crd.value(QStringLiteral("spec")).toObject();
        const QJsonObject names = spec.value(QStringLiteral("names")).toObject();
        const KindSchema* kind = m_set->find(
            spec.value(QStringLiteral("group")).toString(), names.value(QStringLiteral("kind")).toString());
        QVERIFY(kind);
        QCOMPARE(kind->plural, names.value(QStringLiteral("plural")).toString());
        QCOMPARE(kind->singular, names.value(QStringLiteral("singular")).toString());
        QCOMPARE(kind->listKind, names.value(QStringLiteral("listKind")).toString());
        QCOMPARE(QJsonArray::fromStringList(kind->shortNames), names.value(QStringLiteral("shortNames")).toArray());
        QCOMPARE(QJsonArray::fromStringList(kind->categories), names.value(QStringLiteral("categories")).toArray());
        QCOMPARE(kind->namespaced, spec.value(QStringLiteral("scope")).toString() == QLatin1String("Namespaced"));
        const QJsonArray versions = spec.value(QStringLiteral("versions")).toArray();
        QCOMPARE(kind->versions.size(), versions.size());
        const QJsonObject ours = schemaToOpenApi(*kind->root);
        int fields = 0;
        for (int i = 0; i < versions.size(); ++i) {
            const QJsonObject version = versions.at(i).toObject();
            QCOMPARE(kind->versions.at(i), version.value(QStringLiteral("name")).toString());
            QCOMPARE(kind->serves(kind->versions.at(i)), version.value(QStringLiteral("served")).toBool());
            QCOMPARE(kind->storage == kind->versions.at(i), version.value(QStringLiteral("storage")).toBool());
            QCOMPARE(QJsonValue(kind->columns),
                stripDescriptions(QJsonValue(version.value(QStringLiteral("additionalPrinterColumns")).toArray())));
            const QJsonValue theirs = stripDescriptions(
                version.value(QStringLiteral("schema")).toObject().value(QStringLiteral("openAPIV3Schema")));
            const QString difference = firstDifference(ours, theirs, QStringLiteral("openAPIV3Schema"));
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            fields = countFields(*kind->root);
        }
        QVERIFY(fields > 5);
        // And back: the bundle's CRD read into nodes writes the same schema.
        KindSchema read;
        QString error;
        QVERIFY2(kindFromCrd(crd, &read, &error), qPrintable(error));
        QCOMPARE(QJsonValue(schemaToOpenApi(*read.root)),
            stripDescriptions(versions.first()
                                  .toObject()
                                  .value(QStringLiteral("schema"))
                                  .toObject()
                                  .value(QStringLiteral("openAPIV3Schema"))));
    }

    void crdsWrittenFromTheSetCarryNoDescriptions()
    {
        for (const KindSchema* kind : m_set->kinds()) {
            const QJsonObject crd = crdFor(*kind);
            QCOMPARE(crd.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(),
                kind->crdName());
            const QByteArray text = QJsonDocument(crd).toJson(QJsonDocument::Compact);
            QVERIFY2(!text.contains("\"description\""), qPrintable(kind->kind));
            KindSchema back;
            QString error;
            QVERIFY(kindFromCrd(crd, &back, &error));
            QCOMPARE(schemaToOpenApi(*back.root), schemaToOpenApi(*kind->root));
        }
        // Full depth: VirtualService's route weight is there.
        const KindSchema* vs = m_set->find(QStringLiteral("networking.istio.io"), QStringLiteral("VirtualService"));
        const SchemaNode* weight = vs->root->property(QStringLiteral("spec"))
                                       ->property(QStringLiteral("http"))
                                       ->items->property(QStringLiteral("route"))
                                       ->items->property(QStringLiteral("weight"));
        QVERIFY(weight);
        QCOMPARE(weight->type, SchemaNode::Type::Integer);
        QCOMPARE(weight->format, QStringLiteral("int32"));
    }

    void clusterCrdsTakePrecedence()
    {
        KindSchema custom = *m_set->find(QStringLiteral("networking.istio.io"), QStringLiteral("Sidecar"));
        auto root = std::make_shared<SchemaNode>(*custom.root);
        root->properties.remove(QStringLiteral("status"));
        custom.root = root;
        const auto merged = SchemaSet::fromCrds({ crdFor(custom) }, m_set);
        const KindSchema* sidecar = merged->find(QStringLiteral("networking.istio.io"), QStringLiteral("Sidecar"));
        QVERIFY(sidecar);
        QVERIFY(!sidecar->root->property(QStringLiteral("status")));
        QCOMPARE(merged->originOf(*sidecar), SchemaSet::Origin::Cluster);
        QCOMPARE(merged->originOf(*merged->find(QStringLiteral("networking.istio.io"), QStringLiteral("Gateway"))),
            SchemaSet::Origin::BuiltIn);
        QVERIFY(merged->describeOrigin().contains(QStringLiteral("cluster")));
    }

    void everyRuleCompiles()
    {
        int count = 0;
        for (const KindSchema* kind : m_set->kinds()) {
            QList<CelRule> rules;
            collectRules(*kind->root, rules);
            for (const CelRule& rule : rules) {
                QString error;
                QVERIFY2(cel::compile(rule.rule, &error),
                    qPrintable(kind->kind + QStringLiteral(": ") + rule.rule + QStringLiteral(": ") + error));
                ++count;
            }
        }
        QVERIFY2(count > 150, qPrintable(QString::number(count)));
    }

    void celEvaluates_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QJsonValue>("self");
        QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 error
        QTest::addColumn<QString>("error");
        const QJsonObject object { { QStringLiteral("a"), 1 }, { QStringLiteral("s"), QStringLiteral("unix:///x") },
            { QStringLiteral("list"), QJsonArray { 1, 2, 2 } }, { QStringLiteral("namespace"), QStringLiteral("ns") } };
        QTest::addRow("arithmetic") << QStringLiteral("1 + 2 * 3 == 7 && 7 / 2 == 3 && 7 % 2 == 1")
                                    << QJsonValue(object) << 1 << QString();
        QTest::addRow("has") << QStringLiteral("has(self.a) && !has(self.b)") << QJsonValue(object) << 1 << QString();
        QTest::addRow("no such key") << QStringLiteral("self.b == 1") << QJsonValue(object) << -1
                                     << QStringLiteral("no such key: b");
        QTest::addRow("absorbed error") << QStringLiteral("self.b == 1 || true") << QJsonValue(object) << 1
                                        << QString();
        QTest::addRow("ternary") << QStringLiteral("has(self.b) ? self.b > 0 : self.a == 1") << QJsonValue(object) << 1
                                 << QString();
        QTest::addRow("strings") << QStringLiteral(
            "self.s.startsWith('unix://') && self.s.substring(7, 8) == '/' && !self.s.endsWith('/')")
                                 << QJsonValue(object) << 1 << QString();
        QTest::addRow("size") << QStringLiteral("size(self.list) == 3 && self.list.size() == 3 && 'ab'.size() == 2")
                              << QJsonValue(object) << 1 << QString();
        QTest::addRow("all") << QStringLiteral("self.list.all(x, x > 0)") << QJsonValue(object) << 1 << QString();
        QTest::addRow("exists_one") << QStringLiteral("self.list.exists_one(x, x == 2)") << QJsonValue(object) << 0
                                    << QString();
        QTest::addRow("filter") << QStringLiteral("self.list.filter(x, x == 2).size() == 2") << QJsonValue(object) << 1
                                << QString();
        QTest::addRow("map keys") << QStringLiteral("self.all(k, k.size() > 0)") << QJsonValue(object) << 1
                                  << QString();
        QTest::addRow("escaped field") << QStringLiteral("self.__namespace__ == 'ns'") << QJsonValue(object) << 1
                                       << QString();
        QTest::addRow("in list") << QStringLiteral("'b' in ['a', 'b'] && !('c' in ['a'])") << QJsonValue(object) << 1
                                 << QString();
        QTest::addRow("in map") << QStringLiteral("'a' in self") << QJsonValue(object) << 1 << QString();
        QTest::addRow("int conversion") << QStringLiteral("self.all(key, 0 < int(key) && int(key) <= 65535)")
                                        << QJsonValue(QJsonObject { { QStringLiteral("abc"), 1 } }) << -1
                                        << QStringLiteral("type conversion error from 'string' to 'int'");
        QTest::addRow("duration") << QStringLiteral("duration(self) >= duration('1ms')")
                                  << QJsonValue(QStringLiteral("1.5s")) << 1 << QString();
        QTest::addRow("duration too short") << QStringLiteral("duration(self) >= duration('1ms')")
                                            << QJsonValue(QStringLiteral("100us")) << 0 << QString();
        QTest::addRow("bad duration") << QStringLiteral("duration(self) >= duration('1ms')")
                                      << QJsonValue(QStringLiteral("soon")) << -1 << QString();
        QTest::addRow("regex raw string") << QStringLiteral("self.matches(r\"\"\"^[a-z]+(\\.[a-z]+)*$\"\"\")")
                                          << QJsonValue(QStringLiteral("a.b")) << 1 << QString();
        QTest::addRow("url scheme") << QStringLiteral("url(self).getScheme() in ['http', 'https']")
                                    << QJsonValue(QStringLiteral("https://x/y")) << 1 << QString();
        QTest::addRow("not a url") << QStringLiteral("isURL(self)") << QJsonValue(QStringLiteral("#%blah$#@")) << 0
                                   << QString();
        QTest::addRow("url with bad userinfo")
            << QStringLiteral("isURL('http://' + self)") << QJsonValue(QStringLiteral("#%blah$#@")) << 0 << QString();
        QTest::addRow("oci url") << QStringLiteral("isURL(self) && url(self).getScheme() == 'oci'")
                                 << QJsonValue(QStringLiteral("oci://ghcr.io/x:1")) << 1 << QString();
        QTest::addRow("split") << QStringLiteral("self.split('/')[0].size() < 253")
                               << QJsonValue(QStringLiteral("example.com/x")) << 1 << QString();
        QTest::addRow("index out of bounds") << QStringLiteral("self[3] == 1") << QJsonValue(QJsonArray { 1 }) << -1
                                             << QStringLiteral("index out of bounds: 3");
        QTest::addRow("division by zero")
            << QStringLiteral("1 / (self - self) == 0") << QJsonValue(2) << -1 << QStringLiteral("division by zero");
        QTest::addRow("heterogeneous equality")
            << QStringLiteral("1 == 1.0 && 'a' != 1") << QJsonValue() << 1 << QString();
        QTest::addRow("not boolean") << QStringLiteral("self + 1") << QJsonValue(1) << -1 << QString();
    }

    void celEvaluates()
    {
        QFETCH(QString, expression);
        QFETCH(QJsonValue, self);
        QFETCH(int, expected);
        QFETCH(QString, error);
        QString actualError;
        const cel::Outcome::Kind kind = run(expression, self, &actualError);
        const int actual = kind == cel::Outcome::Kind::True ? 1 : kind == cel::Outcome::Kind::False ? 0 : -1;
        QVERIFY2(actual == expected,
            qPrintable(QStringLiteral("%1 gave %2 (%3)").arg(expression).arg(actual).arg(actualError)));
        if (!error.isEmpty())
            QCOMPARE(actualError, error);
    }

    void celRejectsWhatItCannotEvaluate()
    {
        QString error;
        QVERIFY(!cel::compile(QStringLiteral("self.frobnicate()"), &error));
        QVERIFY(error.contains(QStringLiteral("frobnicate")));
        QVERIFY(!cel::compile(QStringLiteral("1 +"), &error));
        QVERIFY(!cel::compile(QStringLiteral("'unterminated"), &error));
        QVERIFY(!cel::compile(QString(QStringLiteral("(").repeated(500)), &error));
        qint64 ns = 0;
        QVERIFY(cel::parseGoDuration(QStringLiteral("1h2m3.5s"), &ns));
        QCOMPARE(ns, qint64(3723500000000));
        QVERIFY(!cel::parseGoDuration(QStringLiteral("10"), &ns));
        QVERIFY(!cel::parseGoDuration(QString(), &ns));
    }

private:
    std::shared_ptr<const SchemaSet> m_set;
    QList<QJsonObject> m_upstream;
};

QTEST_GUILESS_MAIN(TestConfigSchema)
#include "tst_configschema.moc"
