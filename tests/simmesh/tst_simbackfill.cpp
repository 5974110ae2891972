// Backfill round-trip: `meshscope-sim backfill` writes OpenMetrics, the real promtool turns it into TSDB
// blocks, and the real Prometheus started on them answers queries about the past.

#include "simharness.h"

#include <QDateTime>

using namespace meshscope::sim::testing;

class TestSimBackfill : public QObject
{
    Q_OBJECT

private slots:
    void promtoolAcceptsAndPrometheusServesHistory()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty() || Prometheus::executable().isEmpty())
            QSKIP("promtool/prometheus are not installed");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.om"));
        QProcess backfill;
        backfill.setProcessChannelMode(QProcess::ForwardedChannels);
        backfill.start(QStringLiteral(MESHSCOPE_SIM_EXE),
            { QStringLiteral("backfill"), QStringLiteral("--scenario"), QStringLiteral("bookinfo"),
                QStringLiteral("--hours"), QStringLiteral("3"), QStringLiteral("--step"), QStringLiteral("120"),
                QStringLiteral("--out"), file });
        QVERIFY(backfill.waitForFinished(60000));
        QCOMPARE(backfill.exitCode(), 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        qInfo("backfill: %lld bytes for 3 h at 120 s", written.size());
        QVERIFY(written.size() > 1000);

        const QString tsdb = dir.filePath(QStringLiteral("tsdb"));
        QProcess create;
        create.setProcessChannelMode(QProcess::MergedChannels);
        create.start(promtool,
            { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"), file,
                tsdb });
        QVERIFY(create.waitForFinished(60000));
        const QByteArray output = create.readAll();
        QVERIFY2(create.exitCode() == 0, output.constData());
        QVERIFY2(!QDir(tsdb).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(), output.constData());

        Prometheus prometheus;
        QVERIFY2(prometheus.start(QUrl(), tsdb), qPrintable(prometheus.log()));
        const QDateTime twoHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        const QJsonArray result = prometheus.query(
            QStringLiteral("sum by (destination_app) (rate(istio_requests_total{reporter=\"destination\"}[10m]))"),
            twoHoursAgo);
        QVERIFY2(!result.isEmpty(), qPrintable(prometheus.log()));
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
