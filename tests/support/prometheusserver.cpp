#include "prometheusserver.h"

#include "processes.h"
#include "waiting.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrlQuery>
#include <cmath>

namespace meshscope::testing {

void OpenMetricsBuilder::counter(const QByteArray& family, const QByteArray& labels, double ratePerSecond, qint64 start,
    qint64 end, int step, double initial)
{
    for (qint64 t = start; t <= end; t += step)
        add(family, "counter", family + "_total", labels, t, initial + ratePerSecond * double(t - start));
}

void OpenMetricsBuilder::gauge(
    const QByteArray& family, const QByteArray& labels, double value, qint64 start, qint64 end, int step)
{
    for (qint64 t = start; t <= end; t += step)
        add(family, "gauge", family, labels, t, value);
}

void OpenMetricsBuilder::histogram(const QByteArray& family, const QByteArray& labels, double observationsPerSecond,
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

void OpenMetricsBuilder::add(const QByteArray& family, const QByteArray& type, const QByteArray& sampleName,
    const QByteArray& labels, qint64 timestamp, double value)
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

QByteArray OpenMetricsBuilder::text() const
{
    QByteArray out;
    for (const Family& family : m_families)
        out += family.text;
    return out + "# EOF\n";
}

namespace {
QString prometheusExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus"));
}

QString promtoolExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}
} // namespace

PrometheusServer::PrometheusServer() = default;

PrometheusServer::~PrometheusServer()
{
    stop();
}

QString PrometheusServer::missingTools()
{
    if (prometheusExecutable().isEmpty() || promtoolExecutable().isEmpty())
        return QStringLiteral("prometheus/promtool are not installed (apt-get install prometheus; scripts/test.sh "
                              "installs it)");
    return {};
}

bool PrometheusServer::fail(const QString& message)
{
    m_error = message;
    return false;
}

QString PrometheusServer::error() const
{
    return m_error + QStringLiteral("\n") + log();
}

QString PrometheusServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("prometheus.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(3000)) : QString();
}

bool PrometheusServer::scrape(const QUrl& target, const QString& interval)
{
    const QByteArray config
        = QStringLiteral("global:\n  scrape_interval: %1\n  evaluation_interval: %1\n"
                         "scrape_configs:\n  - job_name: meshscope-sim\n    metrics_path: %2\n"
                         "    static_configs:\n      - targets: ['%3:%4']\n")
              .arg(interval, target.path().isEmpty() ? QStringLiteral("/metrics") : target.path(), target.host())
              .arg(target.port())
              .toUtf8();
    return startServer(config, m_dir.filePath(QStringLiteral("data")));
}

bool PrometheusServer::createBlocks(const QString& openMetricsFile, const QString& tsdbDir)
{
    if (const QString missing = missingTools(); !missing.isEmpty())
        return fail(missing);
    RunOptions options;
    options.timeoutMs = 120000;
    const CommandResult promtool = runProcess(promtoolExecutable(),
        { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"), openMetricsFile,
            tsdbDir },
        options);
    if (!promtool.ok())
        return fail(QStringLiteral("promtool failed: ") + promtool.describe());
    return true;
}

bool PrometheusServer::backfill(const QByteArray& openMetrics)
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary directory"));
    const QString input = m_dir.filePath(QStringLiteral("data.om"));
    const QString tsdb = m_dir.filePath(QStringLiteral("tsdb"));
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(openMetrics) != openMetrics.size())
        return fail(QStringLiteral("cannot write ") + input);
    file.close();
    return createBlocks(input, tsdb) && serveTsdb(tsdb);
}

bool PrometheusServer::serveTsdb(const QString& tsdbDir)
{
    return startServer("global:\n  scrape_interval: 1m\n", tsdbDir);
}

bool PrometheusServer::startServer(const QByteArray& config, const QString& tsdbDir)
{
    stop();
    if (const QString missing = missingTools(); !missing.isEmpty())
        return fail(missing);
    const QString configFile = m_dir.filePath(QStringLiteral("prometheus.yml"));
    QFile file(configFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size())
        return fail(QStringLiteral("cannot write ") + configFile);
    file.close();
    // The port is free when we ask, but another process may take it before Prometheus binds: try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort()));
        m_process = std::make_unique<QProcess>();
        m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("prometheus.log")));
        m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("prometheus.log")));
        m_process->start(prometheusExecutable(),
            { QStringLiteral("--config.file=") + configFile, QStringLiteral("--storage.tsdb.path=") + tsdbDir,
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_url.port()),
                QStringLiteral("--storage.tsdb.retention.time=30d"), QStringLiteral("--query.lookback-delta=5m") });
        const QUrl ready = m_url.resolved(QUrl(QStringLiteral("/-/ready")));
        const bool up = waitUntil(
            [&] {
                if (m_process->state() == QProcess::NotRunning)
                    return true;
                if (m_http.get(ready, 5000).status == 200)
                    return true;
                QTest::qWait(100);
                return false;
            },
            60000);
        if (up && m_process->state() == QProcess::Running)
            return true;
        stop();
    }
    return fail(QStringLiteral("Prometheus did not become ready"));
}

void PrometheusServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QJsonArray PrometheusServer::query(const QString& promql, const QDateTime& at)
{
    QUrl url = m_url.resolved(QUrl(QStringLiteral("/api/v1/query")));
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(promql)));
    if (at.isValid())
        parameters.addQueryItem(
            QStringLiteral("time"), QString::number(double(at.toMSecsSinceEpoch()) / 1000.0, 'f', 3));
    url.setQuery(parameters);
    const HttpResult response = m_http.get(url, 20000);
    if (response.status != 200)
        m_error = QStringLiteral("query %1: %2").arg(promql, response.describe());
    return response.json.value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
}

bool PrometheusServer::waitForData(const QString& promql, int timeoutMs)
{
    return waitUntil(
        [&] {
            if (!query(promql).isEmpty())
                return true;
            QTest::qWait(250);
            return false;
        },
        timeoutMs);
}

} // namespace meshscope::testing
