#include "models/appsettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;

class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void themeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << "light" << int(AppSettings::Theme::Light);
        QTest::newRow("dark") << "Dark" << int(AppSettings::Theme::Dark);
        QTest::newRow("system") << " system " << int(AppSettings::Theme::System);
        QTest::newRow("garbage falls back") << "purple" << int(AppSettings::Theme::System);
        QTest::newRow("empty falls back") << "" << int(AppSettings::Theme::System);
    }

    void themeNames()
    {
        QFETCH(QString, name);
        QFETCH(int, theme);
        QCOMPARE(int(AppSettings::themeFromName(name)), theme);
    }

    void persistsAcrossInstances()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(file);
            settings.setTheme(AppSettings::Theme::Dark);
            settings.setLastContext(QStringLiteral("prod-eu"));
            settings.setLastPage(QStringLiteral("graph"));
            settings.setWindowGeometry(QByteArray("geometry-bytes"));
            settings.sync();
        }
        AppSettings reread(file);
        QCOMPARE(reread.theme(), AppSettings::Theme::Dark);
        QCOMPARE(reread.lastContext(), QStringLiteral("prod-eu"));
        QCOMPARE(reread.lastPage(), QStringLiteral("graph"));
        QCOMPARE(reread.windowGeometry(), QByteArray("geometry-bytes"));
    }

    void defaultsWhenEmpty()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("empty.ini")));
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QVERIFY(settings.lastContext().isEmpty());
        QVERIFY(settings.windowGeometry().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
