// Backfill round-trip: `meshscope-sim backfill` writes OpenMetrics, the real promtool turns it into TSDB
// blocks, and the real Prometheus started on them answers queries about the past.

#include "support/processes.h"
#include "support/prometheusserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope::testing;

class TestSimBackfill : public QObject
{
    Q_OBJECT

private slots:
    void promtoolAcceptsAndPrometheusServesHistory()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.om"));
        const CommandResult backfill = runProcess(simulatorExecutable(),
            { QStringLiteral("backfill"), QStringLiteral("--scenario"), QStringLiteral("bookinfo"),
                QStringLiteral("--hours"), QStringLiteral("3"), QStringLiteral("--step"), QStringLiteral("120"),
                QStringLiteral("--out"), file });
        QVERIFY2(backfill.ok(), qPrintable(backfill.describe()));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        qInfo("backfill: %lld bytes for 3 h at 120 s", written.size());
        QVERIFY(written.size() > 1000);

        const QString tsdb = dir.filePath(QStringLiteral("tsdb"));
        PrometheusServer prometheus;
        QVERIFY2(prometheus.createBlocks(file, tsdb), qPrintable(prometheus.error()));
        QVERIFY(!QDir(tsdb).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY2(prometheus.serveTsdb(tsdb), qPrintable(prometheus.error()));
        const QDateTime twoHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        const QJsonArray result = prometheus.query(
            QStringLiteral("sum by (destination_app) (rate(istio_requests_total{reporter=\"destination\"}[10m]))"),
            twoHoursAgo);
        QVERIFY2(!result.isEmpty(), qPrintable(prometheus.error()));
        QStringList apps;
        for (const QJsonValue& sample : result)
            apps.append(sample.toObject()
                            .value(QLatin1String("metric"))
                            .toObject()
                            .value(QLatin1String("destination_app"))
                            .toString());
        QVERIFY2(apps.contains(QStringLiteral("reviews")), qPrintable(apps.join(QLatin1Char(' '))));
        QVERIFY2(apps.contains(QStringLiteral("productpage")), qPrintable(apps.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestSimBackfill)
#include "tst_simbackfill.moc"
