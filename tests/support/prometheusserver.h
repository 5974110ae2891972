#pragma once

// Debian's real Prometheus on loopback (free port, temporary directory, stopped in the destructor): scraping a
// target (the simulator's /metrics), or serving a TSDB backfilled with promtool from OpenMetrics text the test
// writes (OpenMetricsBuilder), so queries have exactly known answers. A missing prometheus/promtool makes start
// fail with a message that says what to install: tests fail, they never skip.
//
//   OpenMetricsBuilder metrics;
//   const qint64 now = PrometheusServer::now(); // whole minutes; samples must lie in the past
//   metrics.counter("istio_requests", R"(source_app="a",response_code="200")", 2.0, now - 3600, now - 60, 15);
//   PrometheusServer prometheus;
//   QVERIFY2(prometheus.backfill(metrics.text()), qPrintable(prometheus.error()));
//   // query prometheus.url() at a time inside the data, e.g. now - 600
//
// Counters grow linearly (value = rate × seconds since start), so rate()/increase() over any window inside the
// data give exactly the rate. Keep data within the last few hours (retention is 30 days; blocks must be past).

#include "synchttp.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace meshscope::testing {

// OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`: families in the order first used, each
// family's samples together, every series' samples in ascending time (call each series' method once).
class OpenMetricsBuilder
{
public:
    // family without "_total"; labels as `a="b",c="d"` (may be empty). Samples every step seconds in [start, end].
    void counter(const QByteArray& family, const QByteArray& labels, double ratePerSecond, qint64 start, qint64 end,
        int step, double initial = 0);
    void gauge(const QByteArray& family, const QByteArray& labels, double value, qint64 start, qint64 end, int step);
    // observationsPerSecond observations, cumulativeFractions = (le, share ≤ le) in ascending le (+Inf is
    // added), and an average observed value of mean.
    void histogram(const QByteArray& family, const QByteArray& labels, double observationsPerSecond,
        const QList<std::pair<double, double>>& cumulativeFractions, double mean, qint64 start, qint64 end, int step);
    // One sample line; sampleName is the full name (e.g. foo_total, foo_bucket).
    void add(const QByteArray& family, const QByteArray& type, const QByteArray& sampleName, const QByteArray& labels,
        qint64 timestamp, double value);
    QByteArray text() const;

private:
    struct Family
    {
        QByteArray name;
        QByteArray text;
    };
    QList<Family> m_families;
};

class PrometheusServer
{
public:
    PrometheusServer();
    ~PrometheusServer();
    PrometheusServer(const PrometheusServer&) = delete;
    PrometheusServer& operator=(const PrometheusServer&) = delete;

    // Empty when prometheus and promtool are installed, else what to install.
    static QString missingTools();
    // The current time in whole minutes (seconds since the epoch), an anchor for sample and query times.
    static qint64 now() { return QDateTime::currentSecsSinceEpoch() / 60 * 60; }

    // Scrapes target (e.g. SimProcess::metrics()) every interval; waits until Prometheus is ready.
    bool scrape(const QUrl& target, const QString& interval = QStringLiteral("1s"));
    // Writes openMetrics into a TSDB with promtool, then serves it.
    bool backfill(const QByteArray& openMetrics);
    // promtool tsdb create-blocks-from openmetrics FILE TSDB_DIR (for OpenMetrics written by someone else).
    bool createBlocks(const QString& openMetricsFile, const QString& tsdbDir);
    // Serves an existing TSDB directory without scraping anything.
    bool serveTsdb(const QString& tsdbDir);
    void stop();

    QUrl url() const { return m_url; } // http://127.0.0.1:<port>
    QString dataDir() const { return m_dir.path(); } // a private temporary directory for the test's files
    QString error() const; // what failed, with the end of Prometheus' log
    QString log() const;

    // An instant query; the "result" array (empty on any error; error() then says why).
    QJsonArray query(const QString& promql, const QDateTime& at = {});
    // Waits until query(promql) has a result (e.g. the first scrape has landed).
    bool waitForData(const QString& promql, int timeoutMs = 60000);

private:
    bool fail(const QString& message);
    bool startServer(const QByteArray& config, const QString& tsdbDir);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_error;
    SyncHttp m_http;
};

} // namespace meshscope::testing
