// Runs the real meshscope binary the way users and scripts do.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExecutable : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MESHSCOPE_EXE), args);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private slots:
    void screenshotWritesPng_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("size");
        QTest::newRow("default size") << QStringList {} << QSize(1280, 800);
        // Every page must fit a small laptop screen: no toolbar may force the window wider than asked.
        for (const char* page :
            { "overview", "graph", "applications", "workloads", "services", "istio-config", "proxies", "mesh" }) {
            QTest::addRow("%s page, 1024x640", page)
                << QStringList { "--page", page, "--screenshot-size", "1024x640" } << QSize(1024, 640);
        }
        QTest::newRow("graph page, 800x600")
            << QStringList { "--page", "graph", "--screenshot-size", "800x600" } << QSize(800, 600);
    }

    void screenshotWritesPng()
    {
        QFETCH(QStringList, extra);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --screenshot must pick offscreen by itself
        env.remove(QStringLiteral("DISPLAY"));
        const Run result = run(QStringList { QStringLiteral("--screenshot"), png } + extra, env);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.size(), size);
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    }

    void screenshotToUnwritablePathFails()
    {
        const Run result = run({ QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-dir/x.png") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("Cannot write"));
    }

    void versionAndHelp()
    {
        const Run version = run({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("meshscope 0."));
        const Run help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--screenshot"));
    }

    void badOptionExitsWithUsageError()
    {
        const Run result = run({ QStringLiteral("--page"), QStringLiteral("nowhere"), QStringLiteral("--screenshot"),
            QStringLiteral("/tmp/never.png") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("Unknown page"));
    }

    void headlessCommandNeedsNoDisplay()
    {
        QTemporaryDir dir;
        const QString kubeconfig = dir.filePath(QStringLiteral("config"));
        QFile file(kubeconfig);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("current-context: b\ncontexts:\n- name: a\n  context: {}\n- name: b\n  context: {}\n");
        file.close();
        auto env = QProcessEnvironment::systemEnvironment();
        // A GUI application would abort on this platform name; a headless command never loads one.
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        const Run result = run({ QStringLiteral("contexts"), QStringLiteral("--kubeconfig"), kubeconfig }, env);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out, QByteArray("  a\n* b\n"));
    }

    void unknownCommand()
    {
        const Run result = run({ QStringLiteral("frobnicate") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("unknown command"));
        QVERIFY(result.err.contains("contexts"));
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
