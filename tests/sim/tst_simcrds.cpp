// The CustomResourceDefinitions meshscope-sim serves are the project's own (sim/scenarios/crds/); they must
// agree with Istio's upstream bundle (../shared/fixtures/istio/crds/crd-all.gen.yaml) on every kind:
// group, names, scope, versions (served/storage) and carry an OpenAPI v3 schema.
#include "sim/scenarios/scenarios.h"
#include "sim/store/objectstore.h"
#include "sim/store/yamljson.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace meshscope::sim;

namespace {
QString upstreamBundle()
{
    return qEnvironmentVariable("MESHSCOPE_SHARED") + QStringLiteral("/fixtures/istio/crds/crd-all.gen.yaml");
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

QString versionsOf(const QJsonObject& spec)
{
    QStringList versions;
    for (const QJsonValue& value : spec.value(QStringLiteral("versions")).toArray()) {
        const QJsonObject version = value.toObject();
        versions.append(QStringLiteral("%1 served=%2 storage=%3")
                            .arg(version.value(QStringLiteral("name")).toString())
                            .arg(version.value(QStringLiteral("served")).toBool() ? QStringLiteral("true")
                                                                                  : QStringLiteral("false"),
                                version.value(QStringLiteral("storage")).toBool() ? QStringLiteral("true")
                                                                                  : QStringLiteral("false")));
    }
    versions.sort();
    return versions.join(QStringLiteral(", "));
}
} // namespace

class TestSimCrds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(loadScenarioInto(m_store, {}, &error), qPrintable(error));
        for (const QJsonObject& crd :
            m_store.list(QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions")))
            m_ours.insert(
                crd.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(), crd);
        QFile file(upstreamBundle());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(upstreamBundle()));
        const auto documents = parseYamlDocuments(file.readAll(), &error);
        QVERIFY2(documents, qPrintable(error));
        for (const QJsonValue& document : *documents) {
            if (document.toObject().value(QStringLiteral("kind")).toString()
                == QStringLiteral("CustomResourceDefinition"))
                m_upstream.append(document.toObject());
        }
        QVERIFY(m_upstream.size() >= 14);
    }

    void matchesUpstream_data()
    {
        QTest::addColumn<QJsonObject>("upstream");
        for (const QJsonObject& crd : std::as_const(m_upstream))
            QTest::newRow(
                qPrintable(crd.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString()))
                << crd;
    }

    void matchesUpstream()
    {
        QFETCH(QJsonObject, upstream);
        const QString name
            = upstream.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(m_ours.contains(name), qPrintable(name));
        const QJsonObject ours = m_ours.value(name).value(QStringLiteral("spec")).toObject();
        const QJsonObject theirs = upstream.value(QStringLiteral("spec")).toObject();
        QCOMPARE(ours.value(QStringLiteral("group")).toString(), theirs.value(QStringLiteral("group")).toString());
        QCOMPARE(ours.value(QStringLiteral("scope")).toString(), theirs.value(QStringLiteral("scope")).toString());
        const QJsonObject ourNames = ours.value(QStringLiteral("names")).toObject();
        const QJsonObject theirNames = theirs.value(QStringLiteral("names")).toObject();
        for (const char* field : { "kind", "listKind", "plural", "singular" })
            QCOMPARE(
                ourNames.value(QLatin1String(field)).toString(), theirNames.value(QLatin1String(field)).toString());
        QCOMPARE(strings(ourNames.value(QStringLiteral("shortNames"))),
            strings(theirNames.value(QStringLiteral("shortNames"))));
        QCOMPARE(strings(ourNames.value(QStringLiteral("categories"))),
            strings(theirNames.value(QStringLiteral("categories"))));
        QCOMPARE(versionsOf(ours), versionsOf(theirs));
    }

    void everyVersionHasASchema()
    {
        QVERIFY(m_ours.size() >= m_upstream.size() + 3);
        for (const QJsonObject& crd : std::as_const(m_ours)) {
            for (const QJsonValue& value :
                crd.value(QStringLiteral("spec")).toObject().value(QStringLiteral("versions")).toArray()) {
                const QJsonObject schema
                    = value[QStringLiteral("schema")][QStringLiteral("openAPIV3Schema")].toObject();
                QCOMPARE(schema.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
                QVERIFY(schema.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("spec")));
            }
        }
    }

    void ownKindsBeyondTheBundle_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("versions");
        QTest::newRow("IstioOperator") << QStringLiteral("istiooperators.install.istio.io")
                                       << QStringLiteral("IstioOperator")
                                       << QStringLiteral("v1alpha1 served=true storage=true");
        QTest::newRow("Gateway API Gateway")
            << QStringLiteral("gateways.gateway.networking.k8s.io") << QStringLiteral("Gateway")
            << QStringLiteral("v1 served=true storage=true, v1beta1 served=true storage=false");
        QTest::newRow("Gateway API HTTPRoute")
            << QStringLiteral("httproutes.gateway.networking.k8s.io") << QStringLiteral("HTTPRoute")
            << QStringLiteral("v1 served=true storage=true, v1beta1 served=true storage=false");
    }

    void ownKindsBeyondTheBundle()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, versions);
        QVERIFY(m_ours.contains(name));
        const QJsonObject spec = m_ours.value(name).value(QStringLiteral("spec")).toObject();
        QCOMPARE(spec.value(QStringLiteral("names")).toObject().value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(versionsOf(spec), versions);
    }

private:
    ObjectStore m_store;
    QHash<QString, QJsonObject> m_ours;
    QList<QJsonObject> m_upstream;
};

QTEST_GUILESS_MAIN(TestSimCrds)
#include "tst_simcrds.moc"
