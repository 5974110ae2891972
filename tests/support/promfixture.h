#pragma once

// A real Prometheus (/usr/bin/prometheus) on loopback, serving a TSDB backfilled with promtool from OpenMetrics
// text the test writes, so queries have exactly known answers.
//
//   #include "promfixture.h"            // CMake: target_include_directories(<test> PRIVATE
//   ${PROJECT_SOURCE_DIR}/tests/support) using namespace meshscope::testing; if (!PromFixture::available())
//   QSKIP("prometheus/promtool are not installed"); const qint64 now = PromFixture::now();  // whole minutes; samples
//   must lie in the past OpenMetricsBuilder metrics; metrics.counter("istio_requests",
//   R"(source_app="a",response_code="200")", 2.0, now - 3600, now - 60, 15);
//   metrics.histogram("istio_request_duration_milliseconds", R"(source_app="a")", 2.0,
//       { { 10, 0.5 }, { 100, 0.9 }, { 1000, 1.0 } }, 50.0, now - 3600, now - 60, 15);
//   PromFixture prometheus;
//   QVERIFY2(prometheus.start(metrics.text()), qPrintable(prometheus.error()));
//   // query prometheus.url() with an explicit time inside the data, e.g. now - 600
//
// Counters grow linearly (value = ratePerSecond × seconds since start), so rate()/increase() over any window
// inside the data give exactly ratePerSecond (Prometheus' extrapolation is exact for a straight line).
// Keep the data within the last few hours: Prometheus runs with 30 days retention, and blocks must be in the past.
// Everything (TSDB, config, log) lives in a temporary directory; the process is killed in the destructor.

#include "models/net/httpclient.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace meshscope::testing {

// OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`: families in the order first used, each
// family's samples together, every series' samples in ascending time (call each series' method once).
class OpenMetricsBuilder
{
public:
    // family without "_total"; labels as `a="b",c="d"` (may be empty). Samples every step seconds in [start, end].
    void counter(const QByteArray& family, const QByteArray& labels, double ratePerSecond, qint64 start, qint64 end,
        int step, double initial = 0)
    {
        for (qint64 t = start; t <= end; t += step)
            add(family, "counter", family + "_total", labels, t, initial + ratePerSecond * double(t - start));
    }

    void gauge(const QByteArray& family, const QByteArray& labels, double value, qint64 start, qint64 end, int step)
    {
        for (qint64 t = start; t <= end; t += step)
            add(family, "gauge", family, labels, t, value);
    }

    // A histogram with observationsPerSecond observations, cumulativeFractions = (le, share of observations ≤ le)
    // in ascending le (the +Inf bucket is added), and an average observed value of mean.
    void histogram(const QByteArray& family, const QByteArray& labels, double observationsPerSecond,
        const QList<std::pair<double, double>>& cumulativeFractions, double mean, qint64 start, qint64 end, int step)
    {
        const QByteArray prefix = labels.isEmpty() ? QByteArray() : labels + ',';
        QList<std::pair<double, double>> buckets = cumulativeFractions;
        buckets.append({ qInf(), 1.0 });
        for (const auto& [le, fraction] : buckets) {
            const QByteArray leText = std::isinf(le) ? QByteArray("+Inf") : QByteArray::number(le, 'g', 12);
            for (qint64 t = start; t <= end; t += step)
                add(family, "histogram", family + "_bucket", prefix + "le=\"" + leText + '"', t,
                    fraction * observationsPerSecond * double(t - start));
        }
        for (qint64 t = start; t <= end; t += step)
            add(family, "histogram", family + "_count", labels, t, observationsPerSecond * double(t - start));
        for (qint64 t = start; t <= end; t += step)
            add(family, "histogram", family + "_sum", labels, t, mean * observationsPerSecond * double(t - start));
    }

    // One sample line; sampleName is the full name (e.g. foo_total, foo_bucket).
    void add(const QByteArray& family, const QByteArray& type, const QByteArray& sampleName, const QByteArray& labels,
        qint64 timestamp, double value)
    {
        qsizetype index = 0;
        while (index < m_families.size() && m_families[index].name != family)
            ++index;
        if (index == m_families.size())
            m_families.append(Family { family, "# TYPE " + family + ' ' + type + '\n' });
        QByteArray& text = m_families[index].text;
        text += sampleName;
        if (!labels.isEmpty())
            text += '{' + labels + '}';
        text += ' ' + QByteArray::number(value, 'g', 17) + ' ' + QByteArray::number(timestamp) + '\n';
    }

    QByteArray text() const
    {
        QByteArray out;
        for (const Family& family : m_families)
            out += family.text;
        return out + "# EOF\n";
    }

private:
    struct Family
    {
        QByteArray name;
        QByteArray text;
    };
    QList<Family> m_families;
};

class PromFixture
{
public:
    ~PromFixture() { stop(); }

    static QString prometheusExecutable() { return QStandardPaths::findExecutable(QStringLiteral("prometheus")); }
    static QString promtoolExecutable() { return QStandardPaths::findExecutable(QStringLiteral("promtool")); }
    static bool available() { return !prometheusExecutable().isEmpty() && !promtoolExecutable().isEmpty(); }
    // The current time in whole minutes (seconds since the epoch), an anchor for sample and query times.
    static qint64 now() { return QDateTime::currentSecsSinceEpoch() / 60 * 60; }

    // Backfills openMetrics with promtool, then starts Prometheus on it and waits until it is ready (≤ 60 s).
    bool start(const QByteArray& openMetrics)
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        const QString input = m_dir.filePath(QStringLiteral("data.om"));
        const QString tsdb = m_dir.filePath(QStringLiteral("tsdb"));
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly) || file.write(openMetrics) != openMetrics.size())
            return fail(QStringLiteral("cannot write ") + input);
        file.close();
        QProcess promtool;
        promtool.setProcessChannelMode(QProcess::MergedChannels);
        promtool.start(promtoolExecutable(),
            { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"), input,
                tsdb });
        if (!promtool.waitForFinished(120000) || promtool.exitStatus() != QProcess::NormalExit
            || promtool.exitCode() != 0) {
            promtool.kill();
            promtool.waitForFinished(5000);
            return fail(QStringLiteral("promtool failed: ") + QString::fromUtf8(promtool.readAll().right(2000)));
        }
        return startServer(tsdb);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url() const { return m_url; }
    QString error() const { return m_error + QStringLiteral("\n") + log(); }
    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("prometheus.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(3000)) : QString();
    }

private:
    bool fail(const QString& message)
    {
        m_error = message;
        return false;
    }

    static quint16 freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    bool startServer(const QString& tsdb)
    {
        const QString config = m_dir.filePath(QStringLiteral("prometheus.yml"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly) || file.write("global:\n  scrape_interval: 1m\n") < 0)
            return fail(QStringLiteral("cannot write ") + config);
        file.close();
        // The port is free when we ask, but another process may take it before Prometheus binds: try again.
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
            m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("prometheus.log")));
            m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("prometheus.log")));
            m_process.start(prometheusExecutable(),
                { QStringLiteral("--config.file=") + config, QStringLiteral("--storage.tsdb.path=") + tsdb,
                    QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_url.port()),
                    QStringLiteral("--storage.tsdb.retention.time=30d"), QStringLiteral("--query.lookback-delta=5m") });
            if (waitReady())
                return true;
            stop();
        }
        return fail(QStringLiteral("Prometheus did not become ready"));
    }

    bool waitReady()
    {
        HttpClient http;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
            bool done = false;
            bool ready = false;
            HttpRequest request;
            request.url = m_url.resolved(QUrl(QStringLiteral("/-/ready")));
            request.timeout = std::chrono::seconds(5);
            QObject context;
            http.send(request, &context, [&](const HttpResponse& response) {
                ready = response.ok();
                done = true;
            });
            QElapsedTimer wait;
            wait.start();
            while (!done && wait.elapsed() < 10000)
                QTest::qWait(20);
            if (ready)
                return true;
            QTest::qWait(200);
        }
        return false;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};

} // namespace meshscope::testing
