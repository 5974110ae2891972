#include "app/translations.h"
#include "models/appsettings.h"
#include "models/connectionstatus.h"
#include "models/pagecatalog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QListView>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { removeTranslations(); }

    void catalogues_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("found");
        QTest::newRow("german") << "de_DE" << true;
        QTest::newRow("english") << "en_GB" << true;
        QTest::newRow("no catalogue") << "fi_FI" << false;
    }

    void catalogues()
    {
        QFETCH(QString, locale);
        QFETCH(bool, found);
        QCOMPARE(installTranslations(QLocale(locale)), found);
    }

    void germanChangesVisibleStrings()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        PageCatalog pages;
        ConnectionStatus status;
        MainWindow window(&pages, &status, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* nav = window.findChild<QListView*>(QStringLiteral("navigationList"));
        QCOMPARE(nav->model()->index(0, 0).data().toString(), QStringLiteral("Overview"));
        const QString englishMenu = window.menuBar()->actions().constFirst()->text();
        QCOMPARE(englishMenu, QStringLiteral("&File"));

        QVERIFY(installTranslations(QLocale(QStringLiteral("de_DE"))));
        // LanguageChange is delivered through the event loop.
        QTRY_COMPARE(nav->model()->index(0, 0).data().toString(), QStringLiteral("Übersicht"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
        QCOMPARE(status.stateText(), QStringLiteral("Nicht verbunden"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Übersicht")));

        removeTranslations();
        QTRY_COMPARE(nav->model()->index(0, 0).data().toString(), QStringLiteral("Overview"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
