// PromClient against the real Prometheus (backfilled with promtool, so every rate is known exactly) and against
// a capturing loopback server for what Prometheus cannot show: methods, headers, credentials, HTTP errors,
// timeouts and cancellation.

#include "models/net/httpclient.h"
#include "models/prometheus/promauth.h"
#include "models/prometheus/promclient.h"
#include "promclienttesting.h"
#include "support/badhttpserver.h"
#include "support/prometheusserver.h"
#include "support/testdata.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cmath>

using namespace meshscope;
using namespace meshscope::testing;

namespace {

constexpr double rateA = 2.0;
constexpr double rateB200 = 0.5;
constexpr double rateB500 = 0.25;

// The README's test command installs Prometheus (scripts/apt-packages.txt): without it these tests fail, they do
// not quietly skip.
const char* const noPrometheus = "prometheus/promtool are not installed: apt-get install prometheus "
                                 "(scripts/install-deps.sh)";

// Hands out tokens[0] until asked to refresh, then tokens[1], …; answers asynchronously like the kubeconfig's
// exec plugin does.
class FakeCredentials : public PromCredentialSource
{
public:
    QList<QByteArray> tokens;
    QString error;
    int asked = 0;
    int refreshed = 0;

    void credentials(QObject* context, bool refresh, Done done) override
    {
        ++asked;
        if (refresh)
            ++refreshed;
        Credentials credentials;
        credentials.authorization = "Bearer " + tokens.value(qMin(refreshed, int(tokens.size()) - 1));
        credentials.error = error;
        QTimer::singleShot(0, context, [done, credentials] { done(credentials); });
    }
};

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestPromClient : public QObject
{
    Q_OBJECT

    HttpClient m_http;
    PrometheusServer m_prometheus;
    bool m_haveProm = false;
    qint64 m_now = 0;
    double m_at = 0; // the query time: well inside the backfilled hour

    PromConfig realConfig() const
    {
        PromConfig config;
        config.url = m_prometheus.url();
        return config;
    }

private slots:
    void initTestCase()
    {
        if (const QString missing = PrometheusServer::missingTools(); !missing.isEmpty()) {
            qWarning("%s: only the loopback-server tests run", qPrintable(missing));
            return;
        }
        m_now = PrometheusServer::now();
        m_at = double(m_now - 600);
        OpenMetricsBuilder metrics;
        metrics.counter("meshscope_test_requests", R"(service="a",code="200")", rateA, m_now - 3600, m_now - 60, 15);
        metrics.counter("meshscope_test_requests", R"(service="b",code="200")", rateB200, m_now - 3600, m_now - 60, 15);
        metrics.counter(
            "meshscope_test_requests", R"(service="b",code="500")", rateB500, m_now - 3600, m_now - 60, 15, 1000);
        // 10 observations/s: half ≤ 10 ms, 90 % ≤ 100 ms, all ≤ 1000 ms, 50 ms on average.
        metrics.histogram("meshscope_test_duration_milliseconds", R"(service="a")", 10.0,
            { { 10, 0.5 }, { 100, 0.9 }, { 1000, 1.0 } }, 50.0, m_now - 3600, m_now - 60, 15);
        metrics.gauge("meshscope_test_replicas", R"(service="a")", 3, m_now - 3600, m_now - 60, 15);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(m_prometheus.backfill(metrics.text()), qPrintable(m_prometheus.error()));
        qInfo("promtool backfill + Prometheus ready: %lld ms", clock.elapsed());
        m_haveProm = true;
    }

    void instantRates()
    {
        if (!m_haveProm)
            QFAIL(noPrometheus);
        PromClient client(&m_http, realConfig());
        const PromResult result = await([&](QObject* context, PromClient::Done done) {
            client.instant(
                QStringLiteral("sum by (service) (rate(meshscope_test_requests_total[5m]))"), m_at, context, done);
        });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.kind, PromResult::Kind::Vector);
        QCOMPARE(result.vector.size(), 2);
        QHash<QString, double> rates;
        for (const PromSample& sample : result.vector) {
            QCOMPARE(sample.timestamp, m_at);
            rates.insert(sample.metric.value(QStringLiteral("service")), sample.value);
        }
        QVERIFY2(near(rates.value(QStringLiteral("a")), rateA),
            qPrintable(QString::number(rates.value(QStringLiteral("a")))));
        QVERIFY2(near(rates.value(QStringLiteral("b")), rateB200 + rateB500),
            qPrintable(QString::number(rates.value(QStringLiteral("b")))));

        // The error ratio of b, as the graph computes it: 5xx / all.
        const PromResult ratio = await([&](QObject* context, PromClient::Done done) {
            client.instant(QStringLiteral("sum(rate(meshscope_test_requests_total{service=\"b\",code=~\"5..\"}[5m])) "
                                          "/ sum(rate(meshscope_test_requests_total{service=\"b\"}[5m]))"),
                m_at, context, done);
        });
        QVERIFY2(ratio.ok(), qPrintable(ratio.error));
        QCOMPARE(ratio.vector.size(), 1);
        QVERIFY(near(ratio.vector[0].value, rateB500 / (rateB200 + rateB500)));
    }

    // Scalars, strings and the special values, and characters that a form/URL encoding could mangle.
    void instantExpressions_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<PromResult::Kind>("kind");
        QTest::addColumn<double>("value");
        QTest::newRow("plus") << QStringLiteral("1+1") << PromResult::Kind::Scalar << 2.0;
        QTest::newRow("NaN") << QStringLiteral("0/0") << PromResult::Kind::Scalar << qQNaN();
        QTest::newRow("+Inf") << QStringLiteral("1/0") << PromResult::Kind::Scalar << qInf();
        QTest::newRow("-Inf") << QStringLiteral("-1/0") << PromResult::Kind::Scalar << -qInf();
        QTest::newRow("regex with + & =")
            << QStringLiteral("count(meshscope_test_requests_total{service=~\"a+|b\",code!=\"a&b=c%20\"})")
            << PromResult::Kind::Vector << 3.0;
        QTest::newRow("unicode and #") << QStringLiteral("count(meshscope_test_requests_total{service!=\"ü#?\"})")
                                       << PromResult::Kind::Vector << 3.0;
    }

    void instantExpressions()
    {
        if (!m_haveProm)
            QFAIL(noPrometheus);
        QFETCH(QString, query);
        QFETCH(PromResult::Kind, kind);
        QFETCH(double, value);
        PromClient client(&m_http, realConfig());
        const PromResult result
            = await([&](QObject* context, PromClient::Done done) { client.instant(query, m_at, context, done); });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.kind, kind);
        const double got = kind == PromResult::Kind::Scalar ? result.scalar.value : result.vector.value(0).value;
        if (std::isnan(value))
            QVERIFY(std::isnan(got));
        else
            QCOMPARE(got, value);
    }

    // The fixture's histograms and gauges, as the graph's latency and the ground-truth tests read them.
    void histogramAndGauge_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<double>("expected");
        QTest::newRow("p50") << QStringLiteral("histogram_quantile(0.5, sum by (le) "
                                               "(rate(meshscope_test_duration_milliseconds_bucket[5m])))")
                             << 10.0;
        // Linear interpolation inside (100, 1000]: 100 + 900 × (0.95 − 0.9) / (1 − 0.9).
        QTest::newRow("p95") << QStringLiteral("histogram_quantile(0.95, sum by (le) "
                                               "(rate(meshscope_test_duration_milliseconds_bucket[5m])))")
                             << 550.0;
        QTest::newRow("average") << QStringLiteral("sum(rate(meshscope_test_duration_milliseconds_sum[5m])) / "
                                                   "sum(rate(meshscope_test_duration_milliseconds_count[5m]))")
                                 << 50.0;
        QTest::newRow("count rate") << QStringLiteral("sum(rate(meshscope_test_duration_milliseconds_count[1m]))")
                                    << 10.0;
        QTest::newRow("gauge") << QStringLiteral("sum(meshscope_test_replicas)") << 3.0;
    }

    void histogramAndGauge()
    {
        if (!m_haveProm)
            QFAIL(noPrometheus);
        QFETCH(QString, query);
        QFETCH(double, expected);
        PromClient client(&m_http, realConfig());
        const PromResult result
            = await([&](QObject* context, PromClient::Done done) { client.instant(query, m_at, context, done); });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.vector.size(), 1);
        QVERIFY2(near(result.vector[0].value, expected), qPrintable(QString::number(result.vector[0].value, 'g', 17)));
    }

    void stringResult()
    {
        if (!m_haveProm)
            QFAIL(noPrometheus);
        PromClient client(&m_http, realConfig());
        const PromResult result = await([&](QObject* context, PromClient::Done done) {
            client.instant(QStringLiteral("\"hello world\""), m_at, context, done);
        });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.kind, PromResult::Kind::String);
        QCOMPARE(result.string, QStringLiteral("hello world"));
    }

    void rangeQuery()
    {
        if (!m_haveProm)
            QFAIL(noPrometheus);
        PromClient client(&m_http, realConfig());
        const PromResult result = await([&](QObject* context, PromClient::Done done) {
            client.range(QStringLiteral("sum by (service) (rate(meshscope_test_requests_total{service=\"a\"}[5m]))"),
                m_at - 600, m_at, 60, context, done);
        });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.kind, PromResult::Kind::Matrix);
        QCOMPARE(result.matrix.size(), 1);
        const PromSeries& series = result.matrix[0];
        QCOMPARE(series.metric.value(QStringLiteral("service")), QStringLiteral("a"));
        QCOMPARE(series.points.size(), 11);
        for (qsizetype i = 0; i < series.points.size(); ++i) {
            QCOMPARE(series.points[i].first, m_at - 600 + 60 * double(i));
            QVERIFY2(near(series.points[i].second, rateA), qPrintable(QString::number(series.points[i].second)));
        }
    }

    // A query longer than maxGetQueryLength still works (as a POST form, see postForLongQueries).
    void longQuery()
    {
        if (!m_haveProm)
            QFAIL(noPrometheus);
        QStringList alternatives { QStringLiteral("a") };
        for (int i = 0; i < 800; ++i)
            alternatives.append(QStringLiteral("missing-service-%1").arg(i));
        const QString query = QStringLiteral("sum(rate(meshscope_test_requests_total{service=~\"%1\"}[5m]))")
                                  .arg(alternatives.join(QLatin1Char('|')));
        QVERIFY(query.size() > PromClient::maxGetQueryLength * 2);
        PromClient client(&m_http, realConfig());
        const PromResult result
            = await([&](QObject* context, PromClient::Done done) { client.instant(query, m_at, context, done); });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.vector.size(), 1);
        QVERIFY(near(result.vector[0].value, rateA));
    }

    void badQuery()
    {
        if (!m_haveProm)
            QFAIL(noPrometheus);
        PromClient client(&m_http, realConfig());
        const PromResult result = await([&](QObject* context, PromClient::Done done) {
            client.instant(QStringLiteral("sum(rate(meshscope_test_requests_total[5m]"), m_at, context, done);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.errorType, QStringLiteral("bad_data"));
        QVERIFY2(result.error.contains(QLatin1String("parse error")), qPrintable(result.error));
        // Also from a range query with an impossible step.
        const PromResult range = await([&](QObject* context, PromClient::Done done) {
            client.range(QStringLiteral("up"), m_at - 3600, m_at, 0.01, context, done);
        });
        QCOMPARE(range.errorType, QStringLiteral("bad_data"));
        QVERIFY2(!range.error.isEmpty(), qPrintable(range.error));
    }

    // A Prometheus prefix (Thanos/Mimir style) is kept in front of /api/v1/…
    void pathPrefixAndGet()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(200, emptyVector));
        PromConfig config;
        config.url = server.url(QStringLiteral("/prometheus"));
        PromClient client(&m_http, config);
        bool called = false;
        const PromResult result
            = await([&](QObject* context,
                        PromClient::Done done) { client.instant(QStringLiteral("up+1"), 1700000000.5, context, done); },
                &called);
        QVERIFY(called);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(server.requests().size(), 1);
        const CapturedRequest& request = server.requests()[0];
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, QByteArray("/prometheus/api/v1/query?query=up%2B1&time=1700000000.500"));
        QVERIFY(request.body.isEmpty());
    }

    void postForLongQueries()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(200, emptyVector));
        PromConfig config;
        config.url = server.url();
        PromClient client(&m_http, config);
        const QString query = QStringLiteral("count(up{job=~\"%1\"})").arg(QString(5000, QLatin1Char('x')));
        bool called = false;
        await([&](QObject* context,
                  PromClient::Done done) { client.range(query, 1700000000, 1700003600, 15, context, done); },
            &called);
        QVERIFY(called);
        QCOMPARE(server.requests().size(), 1);
        const CapturedRequest& request = server.requests()[0];
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/api/v1/query_range"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(request.body.startsWith("query=count%28up%7Bjob%3D~%22xxxx"));
        QVERIFY(request.body.endsWith("&start=1700000000.000&end=1700003600.000&step=15.000"));
    }

    void credentialsAndHeaders_data()
    {
        QTest::addColumn<QString>("bearer");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("userInfo");
        QTest::addColumn<QByteArray>("authorization");

        QTest::newRow("none") << QString() << QString() << QString() << QString() << QByteArray();
        QTest::newRow("bearer") << QStringLiteral("tok-123") << QString() << QString() << QString()
                                << QByteArray("Bearer tok-123");
        QTest::newRow("basic") << QString() << QStringLiteral("alice") << QStringLiteral("s3cr:et") << QString()
                               << "Basic " + QByteArray("alice:s3cr:et").toBase64();
        QTest::newRow("user:password in URL") << QString() << QString() << QString() << QStringLiteral("bob:pw")
                                              << "Basic " + QByteArray("bob:pw").toBase64();
    }

    void credentialsAndHeaders()
    {
        QFETCH(QString, bearer);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, userInfo);
        QFETCH(QByteArray, authorization);
        BadHttpServer server;
        server.setDefault(BadReply::json(200, emptyVector));
        PromConfig config;
        config.url = server.url();
        config.url.setUserInfo(userInfo);
        config.bearerToken = bearer;
        config.basicUser = user;
        config.basicPassword = password;
        config.headers = { { "X-Scope-OrgID", "tenant-1" }, { "X-Extra", "yes" } };
        PromClient client(&m_http, config);
        QVERIFY(client.config().url.userInfo().isEmpty());
        await([&](QObject* context, PromClient::Done done) { client.instant(QStringLiteral("up"), 0, context, done); });
        QCOMPARE(server.requests().size(), 1);
        const CapturedRequest& request = server.requests()[0];
        QCOMPARE(request.headers.value("authorization"), authorization);
        QCOMPARE(request.headers.value("x-scope-orgid"), QByteArray("tenant-1"));
        QCOMPARE(request.headers.value("x-extra"), QByteArray("yes"));
        QCOMPARE(request.target, QByteArray("/api/v1/query?query=up")); // time <= 0: Prometheus' now
    }

    // Credentials kept off the command line: environment, or a file only its owner can read.
    void credentialsFromEnvironmentAndFiles()
    {
        QTemporaryDir dir;
        PromAuthSources sources;
        sources.environment = QProcessEnvironment();
        sources.environment.insert(QStringLiteral("MESHSCOPE_PROMETHEUS_PASSWORD"), QStringLiteral("pa55"));
        PromConfig config;
        config.url = QUrl(QStringLiteral("http://alice@prom.example:9090"));
        QCOMPARE(applyPromAuth(&config, sources), QString());
        QCOMPARE(config.basicUser, QStringLiteral("alice"));
        QCOMPARE(config.basicPassword, QStringLiteral("pa55"));
        QVERIFY(config.url.userInfo().isEmpty());

        // A password file others can read is refused (and its content never shown).
        const QString open = dir.filePath(QStringLiteral("open"));
        QVERIFY(writeFile(
            open, "t0ken-in-a-file\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        PromAuthSources fromFile;
        fromFile.environment = QProcessEnvironment();
        fromFile.tokenFile = open;
        PromConfig tokenConfig;
        tokenConfig.url = QUrl(QStringLiteral("http://prom.example:9090"));
        QString error = applyPromAuth(&tokenConfig, fromFile);
        QVERIFY2(error.contains(QStringLiteral("can be read by other users")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("t0ken")));
        QVERIFY(QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(applyPromAuth(&tokenConfig, fromFile), QString());
        QCOMPARE(tokenConfig.bearerToken, QStringLiteral("t0ken-in-a-file"));

        // A password without a user, and a password in the URL (visible in ps) get a word each.
        PromConfig noUser;
        noUser.url = QUrl(QStringLiteral("http://prom.example:9090"));
        QVERIFY(applyPromAuth(&noUser, sources).contains(QStringLiteral("needs a user name")));
        PromConfig inUrl;
        inUrl.url = QUrl(QStringLiteral("http://bob:visible@prom.example:9090"));
        QString warning;
        PromAuthSources none;
        none.environment = QProcessEnvironment();
        QCOMPARE(applyPromAuth(&inUrl, none, &warning), QString());
        QVERIFY(warning.contains(QStringLiteral("visible to other users")));
        QVERIFY(!warning.contains(QStringLiteral("visible@")));
    }

    // Credentials from a source are fetched for every query; a 401 fetches fresh ones once and sends again.
    void credentialSourceRefreshedAfter401()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(200, emptyVector));
        server.requireAuthorization("Bearer second");
        auto source = std::make_shared<FakeCredentials>();
        source->tokens = { "first", "second" };
        PromConfig config;
        config.url = server.url();
        config.credentials = source;
        PromClient client(&m_http, config);
        const auto ask = [&] {
            return await([&](QObject* context, PromClient::Done done) {
                client.instant(QStringLiteral("up"), 0, context, done);
            });
        };
        PromResult result = ask();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[0].headers.value("authorization"), QByteArray("Bearer first"));
        QCOMPARE(server.requests()[1].headers.value("authorization"), QByteArray("Bearer second"));
        QCOMPARE(source->refreshed, 1);
        result = ask(); // asked again, not copied
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(source->asked, 3);
        QCOMPARE(server.requests().size(), 3);

        // Fresh credentials that are refused too: the 401 reaches the caller after one retry, no loop.
        server.requireAuthorization("Bearer third");
        result = ask();
        QCOMPARE(result.errorType, QStringLiteral("http"));
        QVERIFY2(result.error.contains(QLatin1String("refused the credentials (HTTP 401)")), qPrintable(result.error));
        QCOMPARE(server.requests().size(), 5);
        QVERIFY(!result.error.contains(QLatin1String("second")));

        // No credentials to be had: said so, nothing sent.
        source->error = QStringLiteral("the exec plugin failed");
        result = ask();
        QCOMPARE(result.errorType, QStringLiteral("credentials"));
        QVERIFY2(result.error.contains(QLatin1String("the exec plugin failed")), qPrintable(result.error));
        QCOMPARE(server.requests().size(), 5);
    }

    // A query superseded while its credentials are still on their way is never sent nor answered.
    void supersededWhileAuthorizing()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(200, emptyVector));
        auto source = std::make_shared<FakeCredentials>();
        source->tokens = { "token" };
        PromConfig config;
        config.url = server.url();
        config.credentials = source;
        PromClient client(&m_http, config);
        QObject context;
        int oldCalls = 0;
        std::optional<PromResult> newest;
        client.instant(
            QStringLiteral("old"), 0, &context, [&](const PromResult&) { ++oldCalls; }, QStringLiteral("k"));
        client.instant(
            QStringLiteral("new"), 0, &context, [&](const PromResult& r) { newest = r; }, QStringLiteral("k"));
        QTRY_VERIFY_WITH_TIMEOUT(newest.has_value(), 30000);
        QVERIFY2(newest->ok(), qPrintable(newest->error));
        QCOMPARE(oldCalls, 0);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests()[0].target.contains("query=new"));
    }

    // PromConfig::queryTimeout goes to Prometheus as timeout= (GET and POST alike).
    void queryTimeoutParameter()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(200, emptyVector));
        PromConfig config;
        config.url = server.url();
        config.queryTimeout = std::chrono::milliseconds(2500);
        PromClient client(&m_http, config);
        await([&](QObject* context, PromClient::Done done) { client.instant(QStringLiteral("up"), 0, context, done); });
        const QString longQuery = QStringLiteral("count(up{job=~\"%1\"})").arg(QString(5000, QLatin1Char('x')));
        await([&](QObject* context, PromClient::Done done) { client.instant(longQuery, 0, context, done); });
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[0].target, QByteArray("/api/v1/query?query=up&timeout=2.500"));
        QVERIFY(server.requests()[1].body.endsWith("&timeout=2.500"));
    }

    // The real Prometheus stops a query that runs past its time limit (timeout=): some 6 million subquery steps
    // against 1 ms. The caller gets errorType "timeout" and a message that says what happened; without the limit
    // the same query answers.
    void realPrometheusTimeout()
    {
        if (!m_haveProm)
            QFAIL(noPrometheus);
        const QString slow = QStringLiteral("sum_over_time(vector(1)[10m:1s])");
        PromConfig config = realConfig();
        config.queryTimeout = std::chrono::milliseconds(1);
        PromClient limited(&m_http, config);
        const PromResult result = await([&](QObject* context, PromClient::Done done) {
            limited.range(slow, m_at - 10000, m_at, 1, context, done);
        });
        QCOMPARE(result.errorType, QStringLiteral("timeout"));
        QVERIFY2(
            result.error.contains(QLatin1String("gave up on the query at its time limit")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("timed out")), qPrintable(result.error)); // Prometheus' words
        QVERIFY2(result.error.contains(m_prometheus.url().authority()), qPrintable(result.error));

        PromClient unlimited(&m_http, realConfig());
        const PromResult answer = await([&](QObject* context, PromClient::Done done) {
            unlimited.range(slow, m_at - 10000, m_at, 1, context, done);
        });
        QVERIFY2(answer.ok(), qPrintable(answer.error));
        QCOMPARE(answer.kind, PromResult::Kind::Matrix);
    }

    // A newer query with the same key cancels the running one: only the newest done runs.
    void supersede()
    {
        BadHttpServer hanging;
        hanging.setDefault(BadReply::json(200, emptyVector));
        hanging.setDefault(BadReply::hang());
        BadHttpServer answering;
        answering.setDefault(BadReply::json(200, emptyVector));
        answering.setDefault(
            BadReply::json(200, R"({"status":"success","data":{"resultType":"scalar","result":[1700000000,"2"]}})"));
        PromConfig config;
        config.url = hanging.url();
        config.timeout = std::chrono::seconds(20);
        PromClient client(&m_http, config);
        QObject context;
        int firstCalls = 0;
        int secondCalls = 0;
        int otherKeyCalls = 0;
        PromResult second;
        client.instant(
            QStringLiteral("1"), 0, &context, [&](const PromResult&) { ++firstCalls; }, QStringLiteral("k"));
        QTRY_COMPARE_WITH_TIMEOUT(hanging.requests().size(), 1, 20000); // on the wire
        config.url = answering.url();
        config.timeout = std::chrono::milliseconds(500);
        client.setConfig(config);
        client.instant(
            QStringLiteral("2"), 0, &context,
            [&](const PromResult& result) {
                second = result;
                ++secondCalls;
            },
            QStringLiteral("k"));
        client.instant(
            QStringLiteral("3"), 0, &context, [&](const PromResult&) { ++otherKeyCalls; }, QStringLiteral("other"));
        QTRY_COMPARE_WITH_TIMEOUT(secondCalls, 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(otherKeyCalls, 1, 20000);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.scalar.value, 2.0);
        QTest::qWait(300);
        QCOMPARE(firstCalls, 0);
        QCOMPARE(secondCalls, 1);

        // Many superseding queries in a row against the real server: only the last one answers.
        if (m_haveProm) {
            client.setConfig(realConfig());
            int calls = 0;
            double last = 0;
            for (int i = 1; i <= 20; ++i)
                client.instant(
                    QStringLiteral("%1").arg(i), m_at, &context,
                    [&](const PromResult& result) {
                        ++calls;
                        last = result.scalar.value;
                    },
                    QStringLiteral("burst"));
            QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20000);
            QTest::qWait(300);
            QCOMPARE(calls, 1);
            QCOMPARE(last, 20.0);
        }
    }

    void cancelAndDestroyedContext()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(200, emptyVector));
        server.setDefault(BadReply::hang());
        PromConfig config;
        config.url = server.url();
        config.timeout = std::chrono::milliseconds(300);
        PromClient client(&m_http, config);
        int calls = 0;
        QObject context;
        client.instant(
            QStringLiteral("up"), 0, &context, [&](const PromResult&) { ++calls; }, QStringLiteral("k"));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 20000);
        client.cancel(QStringLiteral("k"));
        {
            QObject gone;
            client.instant(QStringLiteral("up"), 0, &gone, [&](const PromResult&) { ++calls; });
        }
        QTest::qWait(1000); // past the timeout: a timed-out reply would call done now
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestPromClient)
#include "tst_promclient.moc"
