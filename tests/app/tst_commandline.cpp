#include "app/commandline.h"

#include <QTest>

using namespace meshscope;

using Status = CommandLineResult::Status;

class TestCommandLine : public QObject
{
    Q_OBJECT
    const QStringList pages { QStringLiteral("overview"), QStringLiteral("graph"), QStringLiteral("mesh") };

    CommandLineResult parse(const QStringList& args) const
    {
        return parseCommandLine(QStringList { QStringLiteral("meshscope") } + args, pages);
    }

private slots:
    void statuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("nothing") << QStringList {} << int(Status::Run) << "";
        QTest::newRow("help") << QStringList { "--help" } << int(Status::ShowHelp) << "";
        QTest::newRow("version") << QStringList { "--version" } << int(Status::ShowVersion) << "";
        QTest::newRow("unknown option") << QStringList { "--frobnicate" } << int(Status::Error) << "frobnicate";
        QTest::newRow("missing value") << QStringList { "--context" } << int(Status::Error) << "context";
        QTest::newRow("bad page") << QStringList { "--page", "nope" } << int(Status::Error) << "Unknown page";
        QTest::newRow("bad size") << QStringList { "--screenshot-size", "huge" } << int(Status::Error)
                                  << "WIDTHxHEIGHT";
        QTest::newRow("prometheus ftp") << QStringList { "--prometheus", "ftp://x" } << int(Status::Error) << "http";
        QTest::newRow("positional") << QStringList { "--demo", "extra" } << int(Status::Error) << "extra";
        QTest::newRow("texts without screenshot")
            << QStringList { "--screenshot-text", "/tmp/s.txt" } << int(Status::Error) << "--screenshot FILE";
    }

    void statuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, errorContains);
        const auto result = parse(args);
        QCOMPARE(int(result.status), status);
        QVERIFY2(result.errorText.contains(errorContains), qPrintable(result.errorText));
    }

    void fullOptions()
    {
        const auto result = parse({ "--kubeconfig", "/tmp/kc", "--context", "prod", "--prometheus",
            "http://127.0.0.1:9090", "--demo", "--screenshot", "/tmp/s.png", "--page", "graph", "--screenshot-size",
            "800x600", "--screenshot-text", "/tmp/s.txt" });
        QCOMPARE(int(result.status), int(Status::Run));
        const StartupOptions& o = result.options;
        QCOMPARE(o.kubeconfig, QStringLiteral("/tmp/kc"));
        QCOMPARE(o.context, QStringLiteral("prod"));
        QCOMPARE(o.prometheus, QUrl(QStringLiteral("http://127.0.0.1:9090")));
        QVERIFY(o.demo);
        QCOMPARE(o.screenshotFile, QStringLiteral("/tmp/s.png"));
        QCOMPARE(o.screenshotTextFile, QStringLiteral("/tmp/s.txt"));
        QCOMPARE(o.page, QStringLiteral("graph"));
        QCOMPARE(o.screenshotSize, QSize(800, 600));
    }

    void helpListsEveryOption()
    {
        const QString help = parse({ "--help" }).helpText;
        for (const char* option :
            { "--kubeconfig", "--context", "--prometheus", "--demo", "--screenshot", "--screenshot-text", "--page" })
            QVERIFY2(help.contains(QLatin1String(option)), option);
        QVERIFY(help.contains(QStringLiteral("contexts")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
