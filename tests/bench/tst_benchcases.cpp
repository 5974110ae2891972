// Runs meshscope-bench's self-contained cases at a tiny size. Timings are never checked here: only that a case
// finishes, exits 0 and prints every figure it promises, with the counts its synthetic input implies.
#include <QMap>
#include <QProcess>
#include <QTest>

namespace {

QMap<QString, QString> runCase(const QStringList& arguments, int timeoutMs)
{
    QProcess bench;
    bench.start(QStringLiteral(MESHSCOPE_BENCH_EXE), arguments);
    if (!bench.waitForFinished(timeoutMs)) {
        bench.kill();
        bench.waitForFinished();
        qWarning("meshscope-bench %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        return {};
    }
    if (bench.exitStatus() != QProcess::NormalExit || bench.exitCode() != 0) {
        qWarning("meshscope-bench %s failed (exit %d): %s", qPrintable(arguments.join(QLatin1Char(' '))),
            bench.exitCode(), bench.readAllStandardError().constData());
        return {};
    }
    QMap<QString, QString> figures;
    for (const QByteArray& line : bench.readAllStandardOutput().split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0)
            figures.insert(QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 2)).trimmed());
    }
    return figures;
}

double number(const QMap<QString, QString>& figures, const QString& key)
{
    bool ok = false;
    const double value = figures.value(key).toDouble(&ok);
    return ok ? value : -1;
}

} // namespace

class TestBenchCases : public QObject
{
    Q_OBJECT

private slots:
    void proxyConfig()
    {
        const auto figures = runCase({ QStringLiteral("proxy-config"), QStringLiteral("--services"),
                                         QStringLiteral("40"), QStringLiteral("--runs"), QStringLiteral("1") },
            60000);
        QVERIFY(!figures.isEmpty());
        QCOMPARE(figures.value(QStringLiteral("services")), QStringLiteral("40"));
        // 40 services: one cluster each, v1/v2 subsets for every fourth, port 9090 for every fifth, plus static.
        QVERIFY2(number(figures, QStringLiteral("clusters")) >= 40 + 2 * 10 + 8,
            qPrintable(figures.value(QStringLiteral("clusters"))));
        QVERIFY(number(figures, QStringLiteral("endpoints")) >= 4 * 40);
        QVERIFY(number(figures, QStringLiteral("routes")) > 0);
        QVERIFY(number(figures, QStringLiteral("listeners")) >= 4);
        for (const char* key :
            { "dump_mb", "json_parse_ms", "parse_tables_ms", "apply_ms", "max_ui_stall_ms", "peak_rss_mb" })
            QVERIFY2(number(figures, QLatin1String(key)) >= 0, key);
    }

    void graph()
    {
        const auto figures = runCase(
            { QStringLiteral("graph"), QStringLiteral("--nodes"), QStringLiteral("60"), QStringLiteral("--edges"),
                QStringLiteral("150"), QStringLiteral("--runs"), QStringLiteral("1") },
            120000);
        QVERIFY(!figures.isEmpty());
        for (const char* key : { "parse_build_ms", "layout_s", "refresh_ms", "frame_ms", "max_ui_stall_ms",
                 "peak_rss_mb", "parse_handwritten_ms", "parse_simdjson_ms", "transfer_curl_ms" })
            QVERIFY2(number(figures, QLatin1String(key)) >= 0, key);
        // Both Prometheus readers read every sample of the synthetic body.
        QVERIFY(number(figures, QStringLiteral("samples_handwritten")) > 0);
        QCOMPARE(
            figures.value(QStringLiteral("samples_simdjson")), figures.value(QStringLiteral("samples_handwritten")));
    }
};

QTEST_GUILESS_MAIN(TestBenchCases)
#include "tst_benchcases.moc"
