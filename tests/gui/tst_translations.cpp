#include "app/translations.h"
#include "models/appsettings.h"
#include "models/connectionstatus.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/kubeobjectmodel.h"
#include "models/pagecatalog.h"
#include "models/prometheus/promresult.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
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

    // Texts outside QObject classes (free functions, plain structs, the headless commands) are catalogued under
    // the context the code asks for at run time; a wrapper lupdate cannot see through left them in English.
    void germanReachesTextsOutsideQObjects()
    {
        QVERIFY(installTranslations(QLocale(QStringLiteral("de_DE"))));
        const Kubeconfig::Result missing
            = Kubeconfig::load({ QStringLiteral("/nonexistent/kubeconfig") }, QString(), true);
        QCOMPARE(missing.error, QStringLiteral("Die kubeconfig-Datei /nonexistent/kubeconfig existiert nicht"));
        QVERIFY2(PromResult::parse("{").error.startsWith(QStringLiteral("Prometheus hat eine Antwort gesendet")),
            qPrintable(PromResult::parse("{").error));
        std::unique_ptr<KubeObjectModel> workloads(KubeModels::workloads());
        QStringList headers;
        for (int column = 0; column < workloads->columnCount(); ++column)
            headers << workloads->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(headers.contains(QStringLiteral("Erstellt")), qPrintable(headers.join(u',')));

        // The headless graph command's help, from the real binary.
        QProcess process;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MESHSCOPE_EXE), { QStringLiteral("graph"), QStringLiteral("--help") });
        QVERIFY(process.waitForFinished(30000));
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("Kommagetrennte Namespaces (erforderlich).")), qPrintable(help));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
