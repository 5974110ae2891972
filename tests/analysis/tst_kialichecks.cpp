// Kiali's validation fixtures (fixtures/kiali/validations): each checker's expected result as Kiali's own tests
// state it (restated in the fixtures' README), run through the analysis engine.
#include "analysisfixture.h"
#include "models/analysis/kiali/kialicommon.h"

#include <QTest>

using namespace meshscope::analysis;
using namespace analysisfixture;

namespace {

const QString unit = QStringLiteral("kiali/validations/unit/");
const QString assets = QStringLiteral("kiali/validations/integration-assets/");

std::shared_ptr<Resource> object(
    Kind kind, const QString& ns, const QString& name, const QJsonObject& spec = {}, const Labels& labels = {})
{
    QJsonObject metadata { { QStringLiteral("name"), name } };
    if (!ns.isEmpty())
        metadata.insert(QStringLiteral("namespace"), ns);
    QJsonObject labelObject;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        labelObject.insert(it.key(), it.value());
    metadata.insert(QStringLiteral("labels"), labelObject);
    return makeResource(kind, { { QStringLiteral("metadata"), metadata }, { QStringLiteral("spec"), spec } });
}

// A snapshot of fixture files with every kind available, plus the namespaces given.
struct KialiCase
{
    Snapshot snapshot;

    KialiCase(const QStringList& files, const QStringList& namespaces, const QString& defaultNamespace = QString(),
        bool autoMtls = true)
    {
        QJsonObject mesh = MeshConfigDefaults::apply({ { QStringLiteral("enableAutoMtls"), autoMtls } });
        snapshot.setMeshConfig(mesh);
        QSet<Kind> kinds;
        for (const Kind kind : allKinds())
            kinds.insert(kind);
        FileSource source(&snapshot, kinds, true, defaultNamespace);
        for (const QString& file : files) {
            const QStringList errors = source.add(file, readShared(file));
            if (!errors.isEmpty())
                qWarning() << errors;
        }
        for (const QString& ns : namespaces)
            snapshot.insert(object(Kind::Namespace, QString(), ns));
        for (const Kind kind : allKinds())
            snapshot.setAvailable(kind);
    }

    AnalysisMessages run(const QString& checker) const
    {
        AnalysisEngine engine(analyzersNamed({ checker }));
        return engine.analyze(snapshot).messages;
    }
};

// "code path" of the messages on one object, sorted.
QStringList checksOn(const AnalysisMessages& messages, const QString& origin, const QString& code = {})
{
    QStringList result;
    for (const AnalysisMessage& message : messages) {
        if (message.origin() == origin && (code.isEmpty() || message.code() == code))
            result << message.code() + QLatin1Char(' ') + message.path;
    }
    result.sort();
    return result;
}

QStringList names(const QList<ResourcePtr>& resources)
{
    QStringList result;
    for (const ResourcePtr& resource : resources)
        result << resource->name;
    result.sort();
    return result;
}

} // namespace

class TestKialiChecks : public QObject
{
    Q_OBJECT
private slots:
    void mtlsEnabled_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("autoMtls");
        QTest::addColumn<QString>("expected"); // the path of the one KIA0105, or empty
        const QString principals = QStringLiteral("spec/rules[0]/from[0]/source/principals");
        // file, with auto mTLS on, with it off ("-": the upstream test does not run that combination)
        const QList<std::tuple<const char*, QString, QString>> table {
            { "1", {}, principals },
            { "2", {}, principals },
            { "3", {}, principals },
            { "4", {}, {} },
            { "5", {}, {} },
            { "6", {}, principals },
            { "7", principals, principals },
            { "71", {}, {} },
            { "8", principals, principals },
            { "9", principals, principals },
            { "10", principals, principals },
            { "101", {}, {} },
            { "11", {}, principals },
            { "12", {}, principals },
            { "13", {}, {} },
            { "14", {}, {} },
            { "15", principals, principals },
            { "16", principals, principals },
            { "17", principals, principals },
            { "18", {}, {} },
            { "19", QStringLiteral("-"), principals },
            { "20", principals, QStringLiteral("-") },
            { "21", {}, {} },
            { "22", principals, principals },
            { "23", {}, QStringLiteral("spec/rules[0]/from[0]/source/namespaces") },
        };
        for (const auto& [number, on, off] : table) {
            const QString file
                = QStringLiteral("authorization/mtls_enabled_checker_%1.yaml").arg(QLatin1String(number));
            if (on != QLatin1String("-"))
                QTest::addRow("%s auto-mTLS on", number) << file << true << on;
            if (off != QLatin1String("-"))
                QTest::addRow("%s auto-mTLS off", number) << file << false << off;
        }
    }

    void mtlsEnabled()
    {
        QFETCH(QString, file);
        QFETCH(bool, autoMtls);
        QFETCH(QString, expected);
        KialiCase scenario({ unit + file }, { QStringLiteral("bookinfo"), QStringLiteral("istio-system") },
            QStringLiteral("bookinfo"), autoMtls);
        if (!scenario.snapshot.exists(Kind::Service, QStringLiteral("bookinfo"), QStringLiteral("ratings")))
            scenario.snapshot.insert(object(Kind::Service, QStringLiteral("bookinfo"), QStringLiteral("ratings"),
                { { QStringLiteral("selector"),
                    QJsonObject { { QStringLiteral("app"), QStringLiteral("ratings") } } } }));
        const AnalysisMessages messages = scenario.run(QStringLiteral("kiali.AuthorizationPolicyChecker"));
        QStringList all;
        for (const AnalysisMessage& message : messages) {
            if (message.code() == QLatin1String("KIA0105"))
                all << message.origin() + QLatin1Char(' ') + message.path;
        }
        QCOMPARE(all,
            expected.isEmpty() ? QStringList()
                               : QStringList { QStringLiteral("AuthorizationPolicy bookinfo/policy ") + expected });
        for (const AnalysisMessage& message : messages) {
            if (message.code() == QLatin1String("KIA0105"))
                QCOMPARE(message.level(), Level::Error);
        }
    }

    void policiesThatNeedMtls()
    {
        KialiCase scenario({ unit + QStringLiteral("authorization/authz_policy_requires_mtls.yaml") },
            { QStringLiteral("bookinfo"), QStringLiteral("istio-system") }, QStringLiteral("bookinfo"), false);
        QStringList flagged;
        for (const AnalysisMessage& message : scenario.run(QStringLiteral("kiali.AuthorizationPolicyChecker"))) {
            if (message.code() == QLatin1String("KIA0105") && !flagged.contains(message.resource->name))
                flagged << message.resource->name;
        }
        flagged.sort();
        QCOMPARE(flagged,
            QStringList({ QStringLiteral("policy-0"), QStringLiteral("policy-1"), QStringLiteral("policy-3"),
                QStringLiteral("policy-4"), QStringLiteral("policy-5"), QStringLiteral("policy-8"),
                QStringLiteral("policy-9") }));
    }

    void disabledMeshWideDestinationRule_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("mesh PA DISABLE") << 1 << false;
        QTest::newRow("mesh PA STRICT") << 2 << true;
        QTest::newRow("no PA") << 3 << false;
        QTest::newRow("mesh PA PERMISSIVE") << 4 << false;
    }

    void disabledMeshWideDestinationRule()
    {
        QFETCH(int, number);
        QFETCH(bool, flagged);
        KialiCase scenario({ unit + QStringLiteral("destinationrules/disabled_meshwide_checker_%1.yaml").arg(number) },
            { QStringLiteral("istio-system"), QStringLiteral("bookinfo") }, QString(), false);
        const ResourcePtr first = scenario.snapshot.all(Kind::DestinationRule).first();
        const AnalysisMessages messages = scenario.run(QStringLiteral("kiali.DestinationRuleChecker"));
        QCOMPARE(checksOn(messages, first->friendlyName(), QStringLiteral("KIA0208")),
            flagged ? QStringList { QStringLiteral("KIA0208 spec/trafficPolicy/tls/mode") } : QStringList());
    }

    void disabledPeerAuthentication_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("flagged");
        const auto add = [](const char* name, const char* code, bool flagged) {
            QTest::newRow(name) << QStringLiteral("peerauthentications/%1.yaml").arg(QLatin1String(name))
                                << QString::fromLatin1(code) << flagged;
        };
        add("disabled_meshwide_checker_1", "KIA0506", false);
        add("disabled_meshwide_checker_2", "KIA0506", true);
        add("disabled_meshwide_checker_3", "KIA0506", false);
        add("disabled_namespacewide_checker_1", "KIA0505", false);
        add("disabled_namespacewide_checker_2", "KIA0505", true);
        add("disabled_namespacewide_checker_3", "KIA0505", false);
        add("disabled_namespacewide_checker_4", "KIA0505", true);
        add("disabled_namespacewide_checker_5", "KIA0505", false);
        add("disabled_namespacewide_checker_6", "KIA0505", false);
    }

    void disabledPeerAuthentication()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(bool, flagged);
        KialiCase scenario(
            { unit + file }, { QStringLiteral("istio-system"), QStringLiteral("bookinfo") }, QString(), false);
        const ResourcePtr first = scenario.snapshot.all(Kind::PeerAuthentication).first();
        const AnalysisMessages messages = scenario.run(QStringLiteral("kiali.PeerAuthenticationChecker"));
        QCOMPARE(checksOn(messages, first->friendlyName(), code),
            flagged ? QStringList { code + QStringLiteral(" spec/mtls") } : QStringList());
    }

    void subsetPresence_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("paths");
        const QStringList none;
        const QStringList twoRules { QStringLiteral("spec/http[0]/route[0]/destination"),
            QStringLiteral("spec/http[1]/route[0]/destination") };
        const auto add = [](const char* name, const QStringList& paths) {
            QTest::newRow(name) << QStringLiteral("virtualservices/subset-presence-%1.yaml").arg(QLatin1String(name))
                                << paths;
        };
        add("matching-subsets-1", none);
        add("matching-subsets-2", none);
        add("matching-subsets-half-fqdn", none);
        add("matching-subsets-diff-ns-fqdn", none);
        add("matching-subsets-diff-ns-half-fqdn", none);
        add("export-subset", none);
        add("service-entry", none);
        add("matching-subsets-diff-ns", twoRules);
        add("no-matching-subsets-1", twoRules);
        add("no-matching-subsets-2", twoRules);
        add("no-matching-subsets-3", twoRules);
        add("no-matching-export-subset",
            { QStringLiteral("spec/http[0]/route[0]/destination"),
                QStringLiteral("spec/http[0]/route[1]/destination") });
        add("service-entry-invalid",
            { QStringLiteral("spec/http[1]/route[0]/destination"),
                QStringLiteral("spec/tls[1]/route[0]/destination") });
    }

    void subsetPresence()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, paths);
        KialiCase scenario({ unit + file }, {});
        const ResourcePtr first = scenario.snapshot.all(Kind::VirtualService).first();
        const AnalysisMessages messages = scenario.run(QStringLiteral("kiali.VirtualServiceChecker"));
        QStringList expected;
        for (const QString& path : paths)
            expected << QStringLiteral("KIA1107 ") + path;
        QCOMPARE(checksOn(messages, first->friendlyName(), QStringLiteral("KIA1107")), expected);
        for (const AnalysisMessage& message : messages) {
            if (message.code() == QLatin1String("KIA1107"))
                QCOMPARE(message.level(), Level::Warning);
        }
    }

    void subsetLabels_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("checks");
        QTest::addColumn<int>("level");
        QTest::newRow("not referenced") << QStringLiteral("not-referenced") << 2 << int(Level::Info);
        QTest::newRow("referenced") << QStringLiteral("referenced") << 2 << int(Level::Error);
        QTest::newRow("wrongly referenced") << QStringLiteral("wrongly-referenced") << 2 << int(Level::Info);
        QTest::newRow("matching, not referenced") << QStringLiteral("matching-not-referenced") << 0 << 0;
    }

    void subsetLabels()
    {
        QFETCH(QString, file);
        QFETCH(int, checks);
        QFETCH(int, level);
        KialiCase scenario({ unit + QStringLiteral("virtualservices/subset-presence-%1.yaml").arg(file) },
            { QStringLiteral("bookinfo") });
        const QString ns = QStringLiteral("bookinfo");
        scenario.snapshot.insert(object(Kind::Service, ns, QStringLiteral("reviews"),
            { { QStringLiteral("selector"), QJsonObject { { QStringLiteral("app"), QStringLiteral("reviews") } } } }));
        for (const QString& version : { QStringLiteral("v1"), QStringLiteral("v2") })
            scenario.snapshot.insert(object(Kind::Pod, ns, QStringLiteral("reviews-") + version, {},
                { { QStringLiteral("app"), QStringLiteral("reviews") }, { QStringLiteral("version"), version } }));
        const AnalysisMessages messages = scenario.run(QStringLiteral("kiali.DestinationRuleChecker"));
        QStringList expected;
        for (int i = 0; i < checks; ++i)
            expected << QStringLiteral("KIA0203 spec/subsets[%1]").arg(i);
        QCOMPARE(checksOn(messages, QStringLiteral("DestinationRule bookinfo/testrule"), QStringLiteral("KIA0203")),
            expected);
        for (const AnalysisMessage& message : messages) {
            if (message.code() == QLatin1String("KIA0203"))
                QCOMPARE(int(message.level()), level);
        }
    }

    void missingGateway()
    {
        KialiCase scenario({ unit + QStringLiteral("virtualservices/non-existent-gateway-in-match.yaml") },
            { QStringLiteral("default") });
        scenario.snapshot.insert(object(Kind::Gateway, QStringLiteral("default"), QStringLiteral("valid-gateway")));
        const QStringList checks = checksOn(scenario.run(QStringLiteral("kiali.VirtualServiceChecker")),
            QStringLiteral("VirtualService default/test"), QStringLiteral("KIA1102"));
        QCOMPARE(checks, QStringList { QStringLiteral("KIA1102 spec/http[1]/match/gateways[1]") });
    }

    void exportTo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        const QStringList invalid { QStringLiteral("KIA0005 spec/exportTo[0]"),
            QStringLiteral("KIA0005 spec/exportTo[1]") };
        for (const char* prefix : { "dr", "se", "vs" }) {
            for (const char* suffix : { "exportto_valid", "exportto_all_valid", "exportto_invalid" }) {
                const QString file
                    = QStringLiteral("exportto/%1_%2.yaml").arg(QLatin1String(prefix), QLatin1String(suffix));
                QTest::addRow("%s_%s", prefix, suffix)
                    << file << (qstrcmp(suffix, "exportto_invalid") == 0 ? invalid : QStringList());
            }
        }
    }

    void exportTo()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        KialiCase scenario(
            { unit + file }, { QStringLiteral("bookinfo"), QStringLiteral("bookinfo2"), QStringLiteral("default") });
        AnalysisEngine engine(kialiCheckers());
        const AnalysisMessages messages = engine.analyze(scenario.snapshot).messages;
        QStringList found;
        for (const AnalysisMessage& message : messages) {
            if (message.code() == QLatin1String("KIA0005"))
                found << message.code() + QLatin1Char(' ') + message.path;
        }
        found.sort();
        QCOMPARE(found, expected);
    }

    void exportToVisibility_data()
    {
        QTest::addColumn<QStringList>("objects");
        QTest::addColumn<QString>("validating");
        QTest::addColumn<QString>("meshDefault");
        QTest::addColumn<QString>("ambient");
        QTest::addColumn<QStringList>("visible");
        const QStringList mixed { QStringLiteral("bookinfo1_to_2_3"), QStringLiteral("bookinfo1_to_this"),
            QStringLiteral("bookinfo2_to_1"), QStringLiteral("bookinfo2_to_this"), QStringLiteral("bookinfo3_to_2"),
            QStringLiteral("bookinfo3_to_all"), QStringLiteral("bookinfo3_to_wrong") };
        const QStringList defaults { QStringLiteral("bookinfo1_to_this"), QStringLiteral("bookinfo1_not_exported"),
            QStringLiteral("bookinfo2_not_exported"), QStringLiteral("bookinfo3_to_all") };
        for (const char* prefix : { "vs", "dr", "se" }) {
            QTest::addRow("%s bookinfo", prefix)
                << mixed << QStringLiteral("bookinfo") << QString() << QString()
                << QStringList { QStringLiteral("bookinfo1_to_this"), QStringLiteral("bookinfo2_to_1"),
                       QStringLiteral("bookinfo3_to_all"), QStringLiteral("bookinfo3_to_wrong") };
            QTest::addRow("%s bookinfo2, bookinfo ambient", prefix)
                << mixed << QStringLiteral("bookinfo2") << QString() << QStringLiteral("bookinfo")
                << QStringList { QStringLiteral("bookinfo2_to_this"), QStringLiteral("bookinfo3_to_2"),
                       QStringLiteral("bookinfo3_to_all"), QStringLiteral("bookinfo3_to_wrong") };
            QTest::addRow("%s mesh default .", prefix)
                << defaults << QStringLiteral("bookinfo") << QStringLiteral(".") << QString()
                << QStringList { QStringLiteral("bookinfo1_to_this"), QStringLiteral("bookinfo1_not_exported"),
                       QStringLiteral("bookinfo3_to_all") };
            QTest::addRow("%s mesh default *", prefix)
                << defaults << QStringLiteral("bookinfo2") << QStringLiteral("*") << QString()
                << QStringList { QStringLiteral("bookinfo1_not_exported"), QStringLiteral("bookinfo2_not_exported"),
                       QStringLiteral("bookinfo3_to_all") };
        }
    }

    void exportToVisibility()
    {
        QFETCH(QStringList, objects);
        QFETCH(QString, validating);
        QFETCH(QString, meshDefault);
        QFETCH(QString, ambient);
        QFETCH(QStringList, visible);
        const QString prefix = QString::fromLatin1(QTest::currentDataTag()).left(2);
        QStringList files;
        for (const QString& name : std::as_const(objects))
            files << unit + QStringLiteral("exportto/cns/%1_%2.yaml").arg(prefix, name);
        KialiCase scenario(files,
            { QStringLiteral("bookinfo"), QStringLiteral("bookinfo2"), QStringLiteral("bookinfo3"),
                QStringLiteral("default") });
        if (!ambient.isEmpty())
            scenario.snapshot.insert(object(Kind::Namespace, QString(), ambient, {},
                { { QStringLiteral("istio.io/dataplane-mode"), QStringLiteral("ambient") } }));
        if (!meshDefault.isEmpty()) {
            const QJsonArray exportTo { meshDefault };
            scenario.snapshot.setMeshConfig(MeshConfigDefaults::apply({
                { QStringLiteral("defaultVirtualServiceExportTo"), exportTo },
                { QStringLiteral("defaultDestinationRuleExportTo"), exportTo },
                { QStringLiteral("defaultServiceExportTo"), exportTo },
            }));
        }
        const kiali::MeshView view = kiali::KialiFacts(scenario.snapshot).view(validating);
        const QList<ResourcePtr>& seen = prefix == QLatin1String("vs") ? view.virtualServices
            : prefix == QLatin1String("dr")                            ? view.destinationRules
                                                                       : view.serviceEntries;
        QStringList expected;
        for (const QString& name : std::as_const(visible))
            expected << prefix + QLatin1Char('_') + name;
        expected.sort();
        QCOMPARE(names(seen), expected);
    }

    void integration_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("checker");
        QTest::addColumn<QStringList>("origins"); // objects that must carry the check
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("present");
        const auto row
            = [](const char* name, const char* checker, QStringList origins, const char* code, bool present) {
                  QTest::newRow(name) << QStringLiteral("bookinfo-%1.yaml").arg(QLatin1String(name))
                                      << QStringLiteral("kiali.%1").arg(QLatin1String(checker)) << origins
                                      << QString::fromLatin1(code) << present;
              };
        const QStringList googleapis { QStringLiteral("DestinationRule bookinfo/all.googleapis.com"),
            QStringLiteral("DestinationRule bookinfo/all.googleapis.com2") };
        row("destination-rule-multimatch", "DestinationRuleChecker", googleapis, "KIA0201", true);
        row("destination-rule-export-multimatch", "DestinationRuleChecker", googleapis, "KIA0201", true);
        row("dr-sidecar-foreign-multimatch", "DestinationRuleChecker",
            { QStringLiteral("DestinationRule bookinfo/kiali-test-foreign-dr-a"),
                QStringLiteral("DestinationRule bookinfo/kiali-test-foreign-dr-b") },
            "KIA0201", false);
        row("dr-sidecar-imported-multimatch", "DestinationRuleChecker",
            { QStringLiteral("DestinationRule bookinfo/kiali-test-imported-dr-a"),
                QStringLiteral("DestinationRule bookinfo/kiali-test-imported-dr-b") },
            "KIA0201", true);
        row("vs-sidecar-foreign-multimatch", "VirtualServiceChecker",
            { QStringLiteral("VirtualService bookinfo/kiali-test-foreign-vs-a"),
                QStringLiteral("VirtualService bookinfo/kiali-test-foreign-vs-b") },
            "KIA1106", false);
        row("se-sidecar-foreign-multimatch", "ServiceEntryChecker",
            { QStringLiteral("ServiceEntry bookinfo/kiali-test-foreign-se-a"),
                QStringLiteral("ServiceEntry bookinfo/kiali-test-foreign-se-b") },
            "KIA1211", false);
        row("k8sgateways-addresses", "K8sGatewayChecker", { QStringLiteral("Gateway bookinfo/gatewayapiaddr") },
            "KIA1502", true);
        row("k8sgateways-listeners", "K8sGatewayChecker", { QStringLiteral("Gateway bookinfo/gatewayapilnr") },
            "KIA1501", true);
        row("k8shttproutes-gateways", "K8sGatewayChecker", { QStringLiteral("HTTPRoute bookinfo/httproute") },
            "KIA1401", true);
        row("k8shttproutes-services", "K8sGatewayChecker", { QStringLiteral("HTTPRoute bookinfo/httprouteservices") },
            "KIA1402", true);
        row("k8sgrpcroutes-gateways", "K8sGatewayChecker", { QStringLiteral("GRPCRoute bookinfo/grpcroute") },
            "KIA1401", true);
        row("k8sgrpcroutes-services", "K8sGatewayChecker", { QStringLiteral("GRPCRoute bookinfo/grpcrouteservices") },
            "KIA1402", true);
        row("k8sreferencegrants-from-namespaces", "K8sGatewayChecker",
            { QStringLiteral("ReferenceGrant bookinfo/referencegrantfromns") }, "KIA1601", true);
    }

    void integration()
    {
        QFETCH(QString, file);
        QFETCH(QString, checker);
        QFETCH(QStringList, origins);
        QFETCH(QString, code);
        QFETCH(bool, present);
        KialiCase testCase = bookinfoWith(file);
        const AnalysisMessages messages = testCase.run(checker);
        for (const QString& origin : std::as_const(origins)) {
            const bool found = !checksOn(messages, origin, code).isEmpty();
            QVERIFY2(found == present, qPrintable(origin));
        }
        // Re-analysing after any one object of the case changes gives what a full analysis gives.
        const QString mismatch = incrementalMismatch(testCase.snapshot, analyzersNamed({ checker }));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // Objects Kiali's integration tests check exactly: the checks they carry and nothing else.
    void integrationExact_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("checker");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("principals") << QStringLiteral("bookinfo-auth-policy-principals.yaml")
                                    << QStringLiteral("kiali.AuthorizationPolicyChecker")
                                    << QStringLiteral("AuthorizationPolicy bookinfo/ratings-policy")
                                    << QStringList { QStringLiteral("KIA0106") };
        QTest::newRow("service entry labels")
            << QStringLiteral("bookinfo-service-entry-labels.yaml") << QStringLiteral("kiali.DestinationRuleChecker")
            << QStringLiteral("DestinationRule bookinfo/dest-rule-labels") << QStringList();
        QTest::newRow("service entry wrong labels") << QStringLiteral("bookinfo-service-entry-wrong-labels.yaml")
                                                    << QStringLiteral("kiali.DestinationRuleChecker")
                                                    << QStringLiteral("DestinationRule bookinfo/dest-rule-labels-wrong")
                                                    << QStringList { QStringLiteral("KIA0203") };
    }

    void integrationExact()
    {
        QFETCH(QString, file);
        QFETCH(QString, checker);
        QFETCH(QString, origin);
        QFETCH(QStringList, codes);
        QStringList found;
        for (const AnalysisMessage& message : bookinfoWith(file).run(checker)) {
            if (message.origin() == origin)
                found << message.code();
        }
        QCOMPARE(found, codes);
    }

private:
    // Bookinfo installed in namespace bookinfo, as in Kiali's integration tests, with the asset applied.
    static KialiCase bookinfoWith(const QString& asset)
    {
        return KialiCase({ QStringLiteral("istio/samples/bookinfo/platform/kube/bookinfo.yaml"), assets + asset },
            { QStringLiteral("bookinfo"), QStringLiteral("istio-system"), QStringLiteral("default") },
            QStringLiteral("bookinfo"));
    }
};

QTEST_GUILESS_MAIN(TestKialiChecks)
#include "tst_kialichecks.moc"
