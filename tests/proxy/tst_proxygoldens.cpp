// Every istioctl proxy-config golden output under ../shared/fixtures/istio/istioctl, reproduced byte for byte
// from its input dump.
#include "models/istio/envoyconfigdump.h"
#include "models/proxy/configcompare.h"
#include "models/proxy/istioctlwriter.h"
#include "models/proxy/proxystatuswriter.h"
#include "proxyfixtures.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace meshscope;
using namespace meshscope::istioctl;

namespace {

const QString configdumpDir = QStringLiteral("writer/envoy/configdump/testdata/");

EnvoyConfigDump dumpOf(const QString& relative)
{
    const EnvoyConfigDump dump = parseEnvoyConfigDump(istioctlFixture(relative));
    if (!dump.error.isEmpty())
        qFatal("%s: %s", qPrintable(relative), qPrintable(dump.error));
    return dump;
}

// The secrets goldens judge validity on the day they were written; any day between 2024-10-28 and 2033-05-02
// gives the same answer.
const QDateTime secretsDay(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

std::string expectOk(const Output& output)
{
    if (!output.ok())
        qWarning("writer error: %s", qPrintable(output.error));
    return output.text;
}

} // namespace

class TestProxyGoldens : public QObject
{
    Q_OBJECT
private slots:
    void allSummary_data()
    {
        QTest::addColumn<bool>("withHeaders");
        QTest::addColumn<QString>("golden");
        QTest::newRow("plain") << false << QStringLiteral("proxyconfig/testdata/config_dump_summary.txt");
        QTest::newRow("headers") << true << QStringLiteral("proxyconfig/testdata/config_dump_summary_withheaders.txt");
    }
    void allSummary()
    {
        QFETCH(bool, withHeaders);
        QFETCH(QString, golden);
        const QByteArray raw = istioctlFixture(QStringLiteral("proxyconfig/testdata/config_dump.json"));
        const EnvoyConfigDump dump = parseEnvoyConfigDump(raw);
        AllFilters filters;
        filters.withHeaders = withHeaders;
        const Output output = all(dump, raw, filters, Format::Short, secretsDay);
        QVERIFY2(output.ok(), qPrintable(output.error));
        COMPARE_TEXT(output.text, istioctlFixture(golden));
    }

    void endpoints_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("extension");
        for (const char* extension : { "txt", "json", "yaml" }) {
            QTest::addRow("emptyfilter.%s", extension)
                << QStringLiteral("emptyfilter") << 0 << QString::fromLatin1(extension);
            QTest::addRow("portfilter.%s", extension)
                << QStringLiteral("portfilter") << 8080 << QString::fromLatin1(extension);
        }
    }
    void endpoints()
    {
        QFETCH(QString, name);
        QFETCH(int, port);
        QFETCH(QString, extension);
        const EnvoyConfigDump dump = dumpOf(configdumpDir + QStringLiteral("endpoint/configdump.json"));
        EndpointFilter filter;
        filter.port = port;
        const Format format = extension == QLatin1String("txt") ? Format::Short
            : extension == QLatin1String("json")                ? Format::Json
                                                                : Format::Yaml;
        const std::string text = expectOk(istioctl::endpoints(dump, filter, format));
        COMPARE_TEXT(
            text, istioctlFixture(configdumpDir + QStringLiteral("endpoint/%1_output.%2").arg(name, extension)));
    }

    void routes_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::newRow("empty-gateway") << QStringLiteral("empty-gateway");
        QTest::newRow("istio-gateway") << QStringLiteral("istio-gateway-http-route-prefix");
        QTest::newRow("k8s-gateway") << QStringLiteral("k8s-gateway-http-route-path-prefix");
    }
    void routes()
    {
        QFETCH(QString, directory);
        const QString base = configdumpDir + QStringLiteral("routes/") + directory;
        const EnvoyConfigDump dump = dumpOf(base + QStringLiteral("/configdump.json"));
        const std::string text = expectOk(istioctl::routes(dump, RouteFilter(), Format::Short));
        COMPARE_TEXT(text, istioctlFixture(base + QStringLiteral("/output.txt")));
    }

    void secrets_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::newRow("istio") << QStringLiteral("istio");
        QTest::newRow("spire") << QStringLiteral("spire");
    }
    void secrets()
    {
        QFETCH(QString, directory);
        const QString base = configdumpDir + QStringLiteral("secret/") + directory;
        const EnvoyConfigDump dump = dumpOf(base + QStringLiteral("/config_dump.json"));
        const std::string text = expectOk(istioctl::secrets(dump, Format::Short, secretsDay));
        COMPARE_TEXT(text, istioctlFixture(base + QStringLiteral("/output")));
    }

    void ecds_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("txt") << QStringLiteral("txt");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("yaml") << QStringLiteral("yaml");
    }
    void ecds()
    {
        QFETCH(QString, extension);
        const EnvoyConfigDump dump = dumpOf(configdumpDir + QStringLiteral("ecds/configdump.json"));
        const Format format = extension == QLatin1String("txt") ? Format::Short
            : extension == QLatin1String("json")                ? Format::Json
                                                                : Format::Yaml;
        const std::string text = expectOk(istioctl::ecds(dump, format));
        COMPARE_TEXT(text, istioctlFixture(configdumpDir + QStringLiteral("ecds/output.") + extension));
    }

    void bootstrap()
    {
        const EnvoyConfigDump dump = dumpOf(configdumpDir + QStringLiteral("configdump.json"));
        COMPARE_TEXT(expectOk(istioctl::bootstrap(dump, Format::Json)),
            istioctlFixture(configdumpDir + QStringLiteral("bootstrapdump.json")));
        COMPARE_TEXT(expectOk(istioctl::bootstrap(dump, Format::Short)),
            istioctlFixture(configdumpDir + QStringLiteral("versionsummary.txt")));
    }

    void proxyStatus_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("verbosity");
        QTest::addColumn<QString>("proxyNamespace");
        QTest::addColumn<bool>("multiPilot");
        // Upstream compares these goldens with surrounding whitespace trimmed; this file was saved without the
        // blank line istioctl prints after the YAML (Fprintln of text that already ends in a newline).
        QTest::addColumn<bool>("goldenTrimmed");
        QTest::newRow("multi") << QStringLiteral("multiXdsStatusMultiPilot.txt") << QStringLiteral("table") << 0
                               << QString() << true << false;
        QTest::newRow("single") << QStringLiteral("multiXdsStatusSinglePilot.txt") << QStringLiteral("table") << 0
                                << QString() << false << false;
        QTest::newRow("verbose") << QStringLiteral("multiXdsStatusMultiPilot_verbose.txt") << QStringLiteral("table")
                                 << 1 << QString() << false << false;
        QTest::newRow("json") << QStringLiteral("multiXdsStatusSinglePilot.json") << QStringLiteral("json") << 0
                              << QString() << false << false;
        QTest::newRow("yaml") << QStringLiteral("multiXdsStatusSinglePilot.yaml") << QStringLiteral("yaml") << 0
                              << QString() << false << false;
        QTest::newRow("namespace") << QStringLiteral("multiXdsStatusSingleNamespace.yaml") << QStringLiteral("yaml")
                                   << 0 << QStringLiteral("foo") << false << true;
    }
    // The inputs of istioctl's own writer test (status_test.go), built the same way.
    void proxyStatus()
    {
        QFETCH(QString, golden);
        QFETCH(QString, format);
        QFETCH(int, verbosity);
        QFETCH(QString, proxyNamespace);
        QFETCH(bool, multiPilot);
        QFETCH(bool, goldenTrimmed);
        const auto proxy = [](const QString& id, const QString& cluster, const QString& version, const QString& ns,
                               std::initializer_list<const char*> states) {
            ProxyClientConfig config { id, cluster, ns, version, {} };
            const QStringList urls { QStringLiteral("type.googleapis.com/envoy.config.cluster.v3.Cluster"),
                QStringLiteral("type.googleapis.com/envoy.config.listener.v3.Listener"),
                QStringLiteral("type.googleapis.com/envoy.config.route.v3.RouteConfiguration"),
                QStringLiteral("type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment"),
                QStringLiteral("type.googleapis.com/envoy.config.core.v3.TypedExtensionConfig") };
            int i = 0;
            for (const char* state : states)
                config.configs << XdsConfigStatus { urls.at(i++), QString::fromLatin1(state), {}, {} };
            return config;
        };
        const auto istiod = [](const QString& id, QList<ProxyClientConfig> proxies) {
            return IstiodStatus { id, QStringLiteral("1.1"), {}, QStringLiteral("1.1"), proxies };
        };
        // states in the order CDS, LDS, RDS, EDS, ECDS
        QList<IstiodStatus> input;
        if (multiPilot) {
            input << istiod(QStringLiteral("istiod1"),
                { proxy(QStringLiteral("proxy1"), QStringLiteral("cluster1"), QStringLiteral("1.20"), {},
                    { "STALE", "SYNCED", "NOT_SENT", "SYNCED", "SYNCED" }) })
                  << istiod(QStringLiteral("istiod2"),
                         { proxy(QStringLiteral("proxy2"), QStringLiteral("cluster2"), QStringLiteral("1.19"), {},
                             { "STALE", "SYNCED", "SYNCED", "STALE", "STALE" }) })
                  << istiod(QStringLiteral("istiod3"),
                         { proxy(QStringLiteral("proxy3"), QStringLiteral("cluster3"), QStringLiteral("1.20"), {},
                             { "NOT_SENT", "ERROR", "NOT_SENT", "STALE", "NOT_SENT" }) })
                  << istiod(QStringLiteral("istiod4"),
                         { proxy(QStringLiteral("proxy4"), QStringLiteral("cluster4"), QStringLiteral("1.20"), {},
                             { "UNKNOWN", "UNKNOWN", "UNKNOWN", "UNKNOWN", "UNKNOWN" }) });
        } else if (golden == QLatin1String("multiXdsStatusSinglePilot.txt")) {
            input << istiod(QStringLiteral("istiod1"),
                { proxy(QStringLiteral("proxy1"), QStringLiteral("cluster1"), QStringLiteral("1.20"), {},
                      { "STALE", "SYNCED", "NOT_SENT", "SYNCED", "NOT_SENT" }),
                    proxy(QStringLiteral("proxy2"), QStringLiteral("cluster2"), QStringLiteral("1.20"), {},
                        { "STALE", "SYNCED", "SYNCED", "STALE", "NOT_SENT" }) });
        } else if (!proxyNamespace.isEmpty()) {
            input << istiod(QStringLiteral("istiod1"),
                { proxy(QStringLiteral("proxy1"), QStringLiteral("cluster1"), QStringLiteral("1.20"),
                      QStringLiteral("foo"), { "STALE", "SYNCED", "NOT_SENT", "SYNCED", "SYNCED" }),
                    proxy(QStringLiteral("proxy2"), QStringLiteral("cluster1"), QStringLiteral("1.20"),
                        QStringLiteral("bar"), { "STALE", "SYNCED", "NOT_SENT", "SYNCED", "SYNCED" }) });
        } else {
            input << istiod(QStringLiteral("istiod1"),
                { proxy(QStringLiteral("proxy1"), QStringLiteral("cluster1"), QStringLiteral("1.20"), {},
                    { "STALE", "SYNCED", "NOT_SENT", "SYNCED", "SYNCED" }) });
        }
        StatusOptions options;
        options.format = format;
        options.verbosity = verbosity;
        options.proxyNamespace = proxyNamespace;
        const Output output = istioctl::proxyStatus(input, options, QDateTime::currentDateTimeUtc());
        QVERIFY2(output.ok(), qPrintable(output.error));
        std::string text = output.text;
        if (goldenTrimmed && text.size() > 1 && text.substr(text.size() - 2) == "\n\n")
            text.pop_back();
        COMPARE_TEXT(text, istioctlFixture(QStringLiteral("writer/pilot/testdata/") + golden));
    }

    // istioctl's compare test: the same dump on both sides matches; against the changed one (a port 9080 → 9999,
    // an eds_cluster_config removed) all three kinds differ.
    void compare()
    {
        const EnvoyConfigDump dump = dumpOf(QStringLiteral("writer/compare/testdata/configdump.json"));
        const EnvoyConfigDump changed = dumpOf(QStringLiteral("writer/compare/testdata/configdump_diff.json"));
        const ConfigCompareText same = compareConfigDumps(dump, dump, QTimeZone::utc());
        QVERIFY2(same.error.isEmpty(), qPrintable(same.error));
        const QString sameText = QString::fromStdString(same.text);
        for (const char* expected : { "Clusters Match\n", "Listeners Match\n", "Routes Match" })
            QVERIFY2(sameText.contains(QLatin1String(expected)), qPrintable(sameText));
        QVERIFY(same.clustersMatch && same.listenersMatch && same.routesMatch);

        const ConfigCompareText differ = compareConfigDumps(dump, changed, QTimeZone::utc());
        const QString text = QString::fromStdString(differ.text);
        for (const char* expected : { "Clusters Don't Match\n--- Istiod Clusters\n+++ Envoy Clusters\n@@ -",
                 "Listeners Don't Match\n--- Istiod Listeners\n+++ Envoy Listeners\n", "Routes Don't Match" })
            QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text.left(2000)));
        QVERIFY(!differ.clustersMatch && !differ.listenersMatch && !differ.routesMatch);
        // The changed lines themselves, with jsonpb's camelCase names.
        QVERIFY(text.contains(QLatin1String(
            "-                \"name\": \"inbound-vip|9080|http|ratings.default.svc.cluster.local\",\n"
            "+                \"name\": \"inbound-vip|9999|http|ratings.default.svc.cluster.local\",\n")));
        QVERIFY(text.contains(QLatin1String("-                \"edsClusterConfig\": {\n")));
        // RDS time as istioctl prints it (RFC 1123).
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral(
                     R"(Routes Don't Match \(RDS last loaded at \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d UTC\))"))),
            qPrintable(text.right(300)));
    }

    // What istioctl says when a section is missing or empty.
    void errors()
    {
        const EnvoyConfigDump routesOnly
            = dumpOf(configdumpDir + QStringLiteral("routes/empty-gateway/configdump.json"));
        QCOMPARE(istioctl::clusters(routesOnly, {}, Format::Short).error,
            QStringLiteral(
                "config dump has no configuration type type.googleapis.com/envoy.admin.v3.ClustersConfigDump"));
        QCOMPARE(istioctl::listeners(routesOnly, {}, Format::Json).error,
            QStringLiteral("listener dump: config dump has no configuration type "
                           "type.googleapis.com/envoy.admin.v3.ListenersConfigDump"));
        const EnvoyConfigDump empty
            = parseEnvoyConfigDump(R"({"configs":[{"@type":"type.googleapis.com/envoy.admin.v3.ClustersConfigDump"},)"
                                   R"({"@type":"type.googleapis.com/envoy.admin.v3.RoutesConfigDump"},)"
                                   R"({"@type":"type.googleapis.com/envoy.admin.v3.SecretsConfigDump"}]})");
        QCOMPARE(istioctl::clusters(empty, {}, Format::Short).error, QStringLiteral("no clusters found"));
        QCOMPARE(istioctl::routes(empty, {}, Format::Short).error, QStringLiteral("no routes found"));
        QCOMPARE(istioctl::secrets(empty, Format::Short, secretsDay).text,
            std::string("No active or warming secrets found.\n"));
        // No EDS section: the table has only its header.
        QCOMPARE(istioctl::endpoints(empty, {}, Format::Short).text,
            std::string("NAME     STATUS     LOCALITY     CLUSTER\n"));
    }
};

QTEST_GUILESS_MAIN(TestProxyGoldens)
#include "tst_proxygoldens.moc"
