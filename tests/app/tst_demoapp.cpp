// The first README command end to end: the real meshscope binary with --demo starts the simulator and a real
// Prometheus by itself, connects to both, and its window shows the live Bookinfo graph.
#include "../gui/imagechecks.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDemoApp : public QObject
{
    Q_OBJECT

    struct Shot
    {
        int exitCode = -1;
        QByteArray err;
        QImage image;
    };

    Shot screenshot(const QStringList& extra)
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path()); // Qt would warn about a missing one
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path()); // no settings from an earlier run
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MESHSCOPE_EXE),
            QStringList { QStringLiteral("--screenshot"), png, QStringLiteral("--page"), QStringLiteral("graph") }
                + extra);
        Shot shot;
        if (!process.waitForFinished(150000)) {
            process.kill();
            process.waitForFinished();
            return shot;
        }
        shot.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        shot.err = process.readAllStandardError();
        shot.image.load(png, "PNG");
        return shot;
    }

private slots:
    void demoOpensOnTheLiveGraph()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("prometheus")).isEmpty())
            QFAIL("Debian's prometheus is not installed (scripts/install-deps.sh installs it)");

        const Shot empty = screenshot({});
        QCOMPARE(empty.exitCode, 0);
        const Shot demo = screenshot({ QStringLiteral("--demo") });
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QCOMPARE(demo.image.size(), QSize(1280, 800));

        // Nothing but the simulator's start-up line on stderr: no Qt warnings, no errors.
        for (const QByteArray& line : demo.err.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(line.startsWith("meshscope-sim: scenario bookinfo"), line.constData());
        }

        // Without a mesh the page says there is no graph; with the demo it draws Bookinfo's healthy HTTP edges
        // (Kiali's green).
        const QColor healthy(0x3e, 0x86, 0x35);
        qInfo("healthy-edge pixels: %d without a mesh, %d on the demo mesh", countColoured(empty.image, healthy),
            countColoured(demo.image, healthy));
        QCOMPARE(countColoured(empty.image, healthy), 0);
        QVERIFY(countColoured(demo.image, healthy) > 60); // thin lines: about 130 on the 2-pixel grid
    }
};

QTEST_GUILESS_MAIN(TestDemoApp)
#include "tst_demoapp.moc"
