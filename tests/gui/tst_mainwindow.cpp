// GUI smoke test: the main window opens offscreen, every page can be visited and renders, and no
// Qt warning is printed along the way.
#include "imagechecks.h"
#include "models/appsettings.h"
#include "models/connectionstatus.h"
#include "models/pagecatalog.h"
#include "ui/clusterpicker.h"
#include "ui/mainwindow.h"
#include "views/common/emptystatewidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;

namespace {
QStringList warnings;
QtMessageHandler previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The offscreen platform has no window manager and reports that it cannot forward size hints to
    // one; that is the test platform talking, not the application.
    const bool platformNoise = message == u"This plugin does not support propagateSizeHints()";
    if (type != QtDebugMsg && type != QtInfoMsg && !platformNoise)
        warnings << message;
    previousHandler(type, context, message);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { previousHandler = qInstallMessageHandler(recordWarnings); }
    void init() { warnings.clear(); }
    void cleanup() { QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n'))); }

    void visitsEveryPage()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("s.ini")));
        PageCatalog pages;
        ConnectionStatus status;
        MainWindow window(&pages, &status, &settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        auto* nav = window.findChild<QListView*>(QStringLiteral("navigationList"));
        QVERIFY(stack && nav);
        QCOMPARE(nav->model()->rowCount(), 8);
        for (const QString& id : pages.ids()) {
            QVERIFY(window.showPage(id));
            QCOMPARE(window.currentPageId(), id);
            QWidget* page = window.pageWidget(id);
            QCOMPARE(stack->currentWidget(), page);
            auto* empty = qobject_cast<EmptyStateWidget*>(page);
            QVERIFY2(empty, qPrintable(id));
            QCOMPARE(empty->title(), pages.index(pages.rowOf(id)).data().toString());
            QVERIFY(!empty->reason().isEmpty());
            auto* icon = page->findChild<QLabel*>(QStringLiteral("emptyIcon"));
            QVERIFY2(icon && !icon->pixmap().isNull(), qPrintable(id + QStringLiteral(": icon missing")));

            const QImage shot = window.grab().toImage();
            QCOMPARE(shot.size(), QSize(1280, 800));
            QVERIFY2(distinctColours(shot) > 40, qPrintable(id + QStringLiteral(" looks blank")));
            QVERIFY(window.windowTitle().startsWith(empty->title()));
        }
        QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
    }

    void clickingSidebarSwitchesPage()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("s2.ini")));
        PageCatalog pages;
        ConnectionStatus status;
        MainWindow window(&pages, &status, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* nav = window.findChild<QListView*>(QStringLiteral("navigationList"));
        const QRect rect = nav->visualRect(nav->model()->index(pages.rowOf(QStringLiteral("proxies")), 0));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPageId(), QStringLiteral("proxies"));
    }

    void statusBarShowsContextAndState()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("s3.ini")));
        PageCatalog pages;
        ConnectionStatus status;
        MainWindow window(&pages, &status, &settings);
        auto* context = window.findChild<QLabel*>(QStringLiteral("contextLabel"));
        auto* connection = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
        QCOMPARE(context->text(), QStringLiteral("No context"));
        QCOMPARE(connection->text(), QStringLiteral("Not connected"));
        status.setContext(QStringLiteral("kind-meshscope"));
        status.setState(ConnectionStatus::State::Connected);
        QCOMPARE(context->text(), QStringLiteral("Context: kind-meshscope"));
        QCOMPARE(connection->text(), QStringLiteral("Connected"));
    }

    void placeholdersFollowConnectionState()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("s6.ini")));
        PageCatalog pages;
        ConnectionStatus status;
        MainWindow window(&pages, &status, &settings);
        auto* empty = qobject_cast<EmptyStateWidget*>(window.pageWidget(QStringLiteral("workloads")));
        QVERIFY(empty->reason().startsWith(QStringLiteral("No cluster is connected")));
        status.setContext(QStringLiteral("kind-dev"));
        status.setState(ConnectionStatus::State::Connected);
        QCOMPARE(empty->reason(), QStringLiteral("Connected to kind-dev."));
        // A chosen context that fails: the reason, not "no cluster".
        status.setState(ConnectionStatus::State::Failed, QStringLiteral("x509: unknown authority"));
        QCOMPARE(empty->reason(), QStringLiteral("Cannot connect to kind-dev: x509: unknown authority"));
        status.setState(
            ConnectionStatus::State::Connecting, QStringLiteral("waiting for the credential plugin \"aws\""));
        QVERIFY2(
            empty->reason().contains(QStringLiteral("waiting for the credential plugin")), qPrintable(empty->reason()));
        // A very long reason never widens the window: the status bar label gives way and keeps it as a tooltip.
        const int width = window.minimumSizeHint().width();
        status.setState(ConnectionStatus::State::Failed, QString(2000, QLatin1Char('x')));
        QCOMPARE(window.minimumSizeHint().width(), width);
    }

    void pickerListsContexts()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("s4.ini")));
        PageCatalog pages;
        ConnectionStatus status;
        MainWindow window(&pages, &status, &settings);
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("contextCombo"));
        QVERIFY(!combo->isEnabled());
        window.clusterPicker()->setContexts({ QStringLiteral("a"), QStringLiteral("b") }, QStringLiteral("b"));
        QVERIFY(combo->isEnabled());
        QCOMPARE(window.clusterPicker()->context(), QStringLiteral("b"));
    }

    void geometryAndPageAreRemembered()
    {
        const QString ini = m_dir.filePath(QStringLiteral("s5.ini"));
        {
            AppSettings settings(ini);
            PageCatalog pages;
            ConnectionStatus status;
            MainWindow window(&pages, &status, &settings);
            window.resize(900, 650);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(QStringLiteral("mesh"));
            window.close();
            settings.sync();
        }
        AppSettings settings(ini);
        PageCatalog pages;
        ConnectionStatus status;
        MainWindow window(&pages, &status, &settings);
        window.restoreFromSettings();
        QCOMPARE(window.currentPageId(), QStringLiteral("mesh"));
        QCOMPARE(window.size(), QSize(900, 650));
    }

    void pageShortcuts()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("s6.ini")));
        PageCatalog pages;
        ConnectionStatus status;
        MainWindow window(&pages, &status, &settings);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (int row : { 1, 7, 0 }) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + row), Qt::ControlModifier);
            QCOMPARE(window.currentPageId(), pages.ids().at(row));
        }
    }

    // Switched to dark while running, the sidebar (styled by a style sheet) turns dark with everything else.
    void darkThemeAtRunTime()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("s7.ini")));
        PageCatalog pages;
        ConnectionStatus status;
        MainWindow window(&pages, &status, &settings);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* nav = window.findChild<QListView*>(QStringLiteral("navigationList"));
        auto background = [nav] {
            const QImage shot = nav->grab().toImage();
            return qGray(shot.pixel(shot.width() / 2, shot.height() - 5)); // below the last page
        };
        QVERIFY2(background() > 160, qPrintable(QString::number(background())));
        const QPalette before = QApplication::palette();
        window.findChild<QAction*>(QStringLiteral("actionThemeDark"))->trigger();
        QTRY_VERIFY2(background() < 90, qPrintable(QString::number(background())));
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
