// The health pages on the demo mesh (the real simulator with a fault on ratings, the real Prometheus with the
// demo's history): the Overview, Applications, Workloads and Services show real names and health — ratings in
// Failure, untouched apps Healthy — and a detail window shows pods, traffic edges, non-empty metric charts, and
// logs with Envoy access-log columns. Grabs each page (light and dark) into MESHSCOPE_SCREENSHOTS when set.
#include "app/demomesh.h"
#include "app/detailswiring.h"
#include "app/guisession.h"
#include "app/healthpageswiring.h"
#include "models/connectionstatus.h"
#include "models/details/podlogsmodel.h"
#include "ui/detailswindow.h"
#include "ui/listpage.h"
#include "ui/mainwindow.h"
#include "ui/meshpage.h"
#include "ui/overviewpage.h"
#include "views/common/theme.h"
#include "views/details/logstab.h"
#include "views/details/metricschart.h"
#include "views/details/metricstab.h"
#include "views/details/overviewtab.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace meshscope;
using health::Kind;
using health::Status;

namespace {

int rowOf(const QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(health::EntityListModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

Status statusOf(const QAbstractItemModel* model, const QString& name)
{
    const int row = rowOf(model, name);
    return row < 0 ? Status::NA : Status(model->index(row, 0).data(health::EntityListModel::HealthRole).toInt());
}

void grab(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MESHSCOPE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestHealthPages : public QObject
{
    Q_OBJECT

    DemoMesh* m_demo = nullptr;
    GuiSession* m_session = nullptr;

    HealthPagesWiring& pages() const { return m_session->healthPages(); }

private slots:
    void initTestCase()
    {
        m_demo = new DemoMesh;
        m_demo->setSimulatorPath(QStringLiteral(MESHSCOPE_SIM_EXE));
        m_demo->setExtraSimulatorArguments(
            { QStringLiteral("--service-fault"), QStringLiteral("ratings.bookinfo:errorRate=0.5,code=503") });
        QSignalSpy ready(m_demo, &DemoMesh::ready);
        QSignalSpy failed(m_demo, &DemoMesh::failed);
        m_demo->start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 90000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        StartupOptions options;
        options.kubeconfig = m_demo->endpoints().kubeconfig;
        options.prometheus = m_demo->endpoints().prometheus;
        m_session = new GuiSession(options);
        m_session->window().resize(1280, 800);
        m_session->window().show();
        QSignalSpy settled(m_session, &GuiSession::settled);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 60000);
        QCOMPARE(m_session->status().state(), ConnectionStatus::State::Connected);
        // A short rate window, so the fault (live since the simulator started) dominates the history.
        health::HealthQuery query = pages().controller()->query();
        query.rateSeconds = 60;
        pages().controller()->setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(
            pages().controller()->snapshot() && pages().controller()->snapshot()->query.rateSeconds == 60, 30000);
    }

    void cleanupTestCase()
    {
        delete m_session;
        delete m_demo;
    }

    void listsShowHealth()
    {
        const QAbstractItemModel* apps = pages().listModel(Kind::App);
        const QAbstractItemModel* workloads = pages().listModel(Kind::Workload);
        const QAbstractItemModel* services = pages().listModel(Kind::Service);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(apps, QStringLiteral("productpage")) >= 0, 30000);
        // The fault has been live long enough for a 1-minute window to fail it.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(apps, QStringLiteral("ratings")), Status::Failure, 60000);
        for (const char* healthy : { "productpage", "details" }) {
            QCOMPARE(statusOf(apps, QLatin1String(healthy)), Status::Healthy);
            QCOMPARE(statusOf(services, QLatin1String(healthy)), Status::Healthy);
        }
        QCOMPARE(statusOf(services, QStringLiteral("ratings")), Status::Failure);
        QCOMPARE(statusOf(workloads, QStringLiteral("ratings-v1")), Status::Failure);
        QCOMPARE(statusOf(workloads, QStringLiteral("reviews-v1")), Status::Healthy);
        const int row = rowOf(apps, QStringLiteral("ratings"));
        QVERIFY(apps->index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("5XX")));
        // Real figures: requests per second and the error share.
        const int rateColumn
            = int(health::EntityListModel::headers(Kind::App).indexOf(health::EntityListModel::tr("Requests/s")));
        QVERIFY(apps->index(rowOf(apps, QStringLiteral("productpage")), rateColumn)
                    .data(health::EntityListModel::SortRole)
                    .toDouble()
            > 5);
        // Istio config badges.
        const int config = pages().listModel(Kind::Service)->configColumn();
        QVERIFY2(services->index(rowOf(services, QStringLiteral("reviews")), config)
                     .data()
                     .toString()
                     .contains(QStringLiteral("VS")),
            qPrintable(services->index(rowOf(services, QStringLiteral("reviews")), config).data().toString()));

        for (const auto& [kind, id] : { std::pair { Kind::App, "applications" }, { Kind::Workload, "workloads" },
                 { Kind::Service, "services" } }) {
            m_session->window().showPage(QLatin1String(id));
            ListPage* page = pages().listPage(kind);
            QVERIFY(!page->isShowingEmptyState());
            QVERIFY(page->proxy()->rowCount() > 3);
            QTest::qWait(200);
            grab(&m_session->window(), QLatin1String(id));
        }
    }

    void overviewShowsNamespaces()
    {
        m_session->window().showPage(QStringLiteral("overview"));
        const health::NamespaceModel* namespaces = pages().namespaceModel();
        QTRY_VERIFY_WITH_TIMEOUT(namespaces->rowOf(QStringLiteral("bookinfo")) >= 0, 30000);
        const QModelIndex bookinfo = namespaces->index(namespaces->rowOf(QStringLiteral("bookinfo")), 0);
        const QVariantList counts = bookinfo.data(health::NamespaceModel::StatusCountsRole).toList();
        QTRY_VERIFY_WITH_TIMEOUT(namespaces->index(namespaces->rowOf(QStringLiteral("bookinfo")), 0)
                                     .data(health::NamespaceModel::StatusCountsRole)
                                     .toList()
                                     .value(int(Status::Failure))
                                     .toInt()
                >= 1,
            30000);
        QVERIFY(counts.value(int(Status::Healthy)).toInt() >= 2);
        QVERIFY(bookinfo.data(health::NamespaceModel::SparklineRole).toList().size() > 10); // the history
        QVERIFY(bookinfo.data(health::NamespaceModel::RateRole).toDouble() > 5);
        QCOMPARE(bookinfo.data(health::NamespaceModel::MeshLabelRole).toString(), QStringLiteral("sidecar injection"));
        QVERIFY(bookinfo.data(health::NamespaceModel::ProblemsRole).toBool());
        const QString strip = pages().overviewPage()->controlPlaneText();
        QVERIFY2(strip.contains(QStringLiteral("default 1.24.2")) && strip.contains(QStringLiteral("in sync")),
            qPrintable(strip));
        grab(&m_session->window(), QStringLiteral("overview"));
        pages().overviewPage()->setShowCards(false);
        QTest::qWait(100);
        grab(&m_session->window(), QStringLiteral("overview-rows"));
        pages().overviewPage()->setShowCards(true);
    }

    void meshPage()
    {
        m_session->window().showPage(QStringLiteral("mesh"));
        MeshPage* mesh = pages().meshPage();
        QTRY_VERIFY_WITH_TIMEOUT(mesh->istiodTable()->rowCount() == 1, 30000);
        QCOMPARE(mesh->istiodTable()->item(0, 0)->text(), QStringLiteral("default"));
        QCOMPARE(mesh->istiodTable()->item(0, 2)->text(), QStringLiteral("1.24.2"));
        QCOMPARE(mesh->istiodTable()->item(0, 4)->text(), QStringLiteral("default")); // the revision tag
        QVERIFY(mesh->proxyTable()->rowCount() >= 1);
        QVERIFY(mesh->proxyTable()->item(0, 3)->text().contains(QStringLiteral("bookinfo")));
        bool bookinfo = false;
        for (int row = 0; row < mesh->namespaceTable()->rowCount(); ++row)
            bookinfo = bookinfo || mesh->namespaceTable()->item(row, 0)->text() == QLatin1String("bookinfo");
        QVERIFY(bookinfo);
        QVERIFY2(mesh->certificateText().contains(QStringLiteral("left")), qPrintable(mesh->certificateText()));
        QStringList keys;
        for (int row = 0; row < mesh->meshConfigModel()->rowCount(); ++row)
            keys.append(mesh->meshConfigModel()->index(row, 0).data().toString());
        QVERIFY2(keys.contains(QStringLiteral("trustDomain")), qPrintable(keys.join(QLatin1Char(','))));
        grab(&m_session->window(), QStringLiteral("mesh"));
    }

    void detailWindowTabs()
    {
        DetailsWindow* window
            = m_session->details().open(Kind::Workload, QStringLiteral("bookinfo"), QStringLiteral("reviews-v2"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(window->overviewTab()->podsTable()->rowCount() == 1, 20000);
        QVERIFY(window->overviewTab()->podsTable()->item(0, 0)->text().startsWith(QStringLiteral("reviews-v2-")));
        QVERIFY(window->overviewTab()->relatedText().contains(QStringLiteral("service reviews")));
        grab(window, QStringLiteral("details-overview"));

        // Traffic: productpage calls it, it calls ratings.
        QTRY_VERIFY_WITH_TIMEOUT(window->trafficTable()->rowCount() >= 2, 30000);
        QStringList peers;
        for (int row = 0; row < window->trafficTable()->rowCount(); ++row)
            peers.append(window->trafficTable()->item(row, 0)->text() + QLatin1Char(' ')
                + window->trafficTable()->item(row, 1)->text());
        QVERIFY2(peers.join(QLatin1Char(',')).contains(QStringLiteral("inbound productpage")),
            qPrintable(peers.join(QLatin1Char(','))));
        QVERIFY2(peers.join(QLatin1Char(',')).contains(QStringLiteral("outbound ratings")),
            qPrintable(peers.join(QLatin1Char(','))));
        window->showTab(QStringLiteral("traffic"));
        grab(window, QStringLiteral("details-traffic"));

        // Metrics: the request volume chart has points.
        MetricsTab* inbound = window->metricsTab(metrics::Direction::Inbound);
        QTRY_VERIFY_WITH_TIMEOUT(!inbound->charts().isEmpty() && !inbound->charts().first()->data().isEmpty(), 30000);
        QVERIFY(inbound->charts().first()->seriesCount() >= 1);
        window->showTab(QStringLiteral("inbound"));
        QTest::qWait(200);
        grab(window, QStringLiteral("details-metrics"));
        MetricsTab* outbound = window->metricsTab(metrics::Direction::Outbound);
        QTRY_VERIFY_WITH_TIMEOUT(!outbound->charts().isEmpty() && !outbound->charts().first()->data().isEmpty(), 30000);

        // Logs: the app and istio-proxy lines, the access log parsed into columns.
        LogsTab* logs = window->logsTab();
        QTRY_VERIFY_WITH_TIMEOUT(logs->filter()->rowCount() > 5, 30000);
        bool access = false, app = false;
        const QAbstractItemModel* model = logs->filter();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString container = model->index(row, details::PodLogsModel::ContainerColumn).data().toString();
            if (container == QLatin1String("istio-proxy")
                && model->index(row, details::PodLogsModel::CodeColumn).data().toInt() > 0)
                access = true;
            app = app || container == QLatin1String("reviews");
        }
        QVERIFY(access && app);
        window->showTab(QStringLiteral("logs"));
        grab(window, QStringLiteral("details-logs"));
        window->showTab(QStringLiteral("envoy"));
        QVERIFY(!window->envoyText().isEmpty());
        window->close();
    }

    void darkTheme()
    {
        applyTheme(*qApp, AppSettings::Theme::Dark);
        for (const char* id : { "overview", "services" }) {
            m_session->window().showPage(QLatin1String(id));
            QTest::qWait(300);
            // The page follows the theme: its pixels are mostly dark.
            const QImage image = m_session->window().grab().toImage();
            QVERIFY(image.pixelColor(image.width() / 2, image.height() - 40).lightness() < 128);
            grab(&m_session->window(), QLatin1String(id) + QStringLiteral("-dark"));
        }
        applyTheme(*qApp, AppSettings::Theme::Light);
    }
};

QTEST_MAIN(TestHealthPages)
#include "tst_healthpages.moc"
