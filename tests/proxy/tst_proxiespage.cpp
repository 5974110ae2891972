// The Proxies page in the real main window on the simulator's Bookinfo mesh: every proxy listed, a STALE one
// obvious (banner, first row, red), the detail tabs filled for the selected pod, cross-links between tabs, the
// graph's "Show proxy config" landing on the node's pod, and how it looks (light and dark).
#include "../gui/imagechecks.h"
#include "app/guisession.h"
#include "models/kube/kubeobjectmodel.h"
#include "models/proxy/proxytablemodel.h"
#include "support/simprocess.h"
#include "ui/graphpage.h"
#include "ui/istioconfigpage.h"
#include "ui/mainwindow.h"
#include "ui/proxiespage.h"
#include "views/common/resourcetablepage.h"
#include "views/common/theme.h"
#include "views/proxy/jsontreeview.h"
#include "views/proxy/proxydetailtabs.h"
#include "views/proxy/proxypanels.h"
#include "views/proxy/proxytabletab.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace meshscope;
using namespace meshscope::testing;

class TestProxiesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        const HttpResult known = m_sim.adminRequest("GET", QStringLiteral("/proxies"));
        QCOMPARE(known.status, 200);
        m_proxyCount = int(QJsonDocument::fromJson(known.body).array().size());
        StartupOptions options;
        options.kubeconfig = m_sim.kubeconfig();
        options.page = QStringLiteral("proxies");
        m_session = std::make_unique<GuiSession>(options);
        m_session->window().resize(1400, 900);
        m_session->window().show();
        m_page = qobject_cast<ProxiesPage*>(m_session->window().pageWidget(QStringLiteral("proxies")));
        QVERIFY(m_page);
    }

    void cleanupTestCase() { m_session.reset(); }

    void listsEveryProxyAndShowsTheFirst()
    {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_page->findChild<QTableView*>(QStringLiteral("proxyTable"))->model()->rowCount(), m_proxyCount, 30000);
        // The worst (here: any) proxy's details come up without a click.
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->selectedProxy().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isSettled(), 30000);
    }

    void detailTabs()
    {
        ProxyDetailTabs* tabs = m_page->detailTabs();
        const QString pod = podOf(QStringLiteral("productpage-"));
        m_page->selectProxy(pod + QStringLiteral(".bookinfo"));
        QCOMPARE(m_page->selectedProxy(), pod + QStringLiteral(".bookinfo"));
        QTRY_VERIFY_WITH_TIMEOUT(tabs->clustersTab()->shownRows() > 10, 20000);
        QVERIFY(tabs->listenersTab()->shownRows() > 5);
        QVERIFY(tabs->routesTab()->shownRows() > 3);
        QVERIFY(tabs->endpointsTab()->shownRows() > 5);
        QCOMPARE(tabs->secretsTab()->shownRows(), 2);
        QVERIFY(tabs->statsTab()->shownRows() > 0);
        QVERIFY(tabs->bootstrapPanel()->text().contains(QLatin1String("1.28.0")));
        QVERIFY2(tabs->bootstrapPanel()->text().contains(QLatin1String("1.36.2/Clean/RELEASE/BoringSSL")),
            qPrintable(tabs->bootstrapPanel()->text()));
        QVERIFY(tabs->rawView()->tree()->model()->rowCount() > 0);
        QVERIFY2(
            tabs->istiodDiff()->summary().contains(QLatin1String("match")), qPrintable(tabs->istiodDiff()->summary()));
        QTRY_VERIFY_WITH_TIMEOUT(tabs->loggingPanel()->applyAllButton()->isEnabled(), 10000);

        // The workload certificate: its SPIFFE ID, decoded by Qt.
        QTableView* secrets = tabs->secretsTab()->table();
        secrets->setCurrentIndex(secrets->model()->index(0, 0));
        QVERIFY2(tabs->certificatePanel()->text().contains(QLatin1String("spiffe://")),
            qPrintable(tabs->certificatePanel()->text()));

        // Raw: search finds and unfolds a cluster by name.
        tabs->rawView()->searchEdit()->setText(QStringLiteral("outbound|9080|v1|reviews"));
        QTRY_VERIFY_WITH_TIMEOUT(tabs->rawView()->matchCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(tabs->rawView()->tree()->currentIndex().isValid(), 5000);

        // Cross-links: a cluster's endpoints, a listener's route configuration.
        tabs->followLink(
            QStringLiteral("endpoints"), QStringLiteral("outbound|9080|v1|reviews.bookinfo.svc.cluster.local"));
        QCOMPARE(tabs->currentWidget(), tabs->endpointsTab());
        QCOMPARE(tabs->endpointsTab()->shownRows(), 1);
        tabs->followLink(QStringLiteral("route"), QStringLiteral("9080"));
        QCOMPARE(tabs->currentWidget(), tabs->routesTab());
        const QAbstractItemModel* routes = tabs->routesTab()->table()->model();
        QVERIFY(routes->rowCount() > 0);
        for (int row = 0; row < routes->rowCount(); ++row)
            QCOMPARE(routes->index(row, 0).data().toString(), QStringLiteral("9080"));
        tabs->setCurrentWidget(tabs->clustersTab());
        saveScreenshot(QStringLiteral("proxies-detail.png"));
    }

    // A cluster's DestinationRule link, as the table holds it, selects the rule on the Istio Config page.
    void clusterLinksToItsDestinationRule()
    {
        ProxyDetailTabs* tabs = m_page->detailTabs();
        const QAbstractItemModel* clusters = tabs->clustersTab()->table()->model();
        QString target;
        for (int row = 0; row < clusters->rowCount() && target.isEmpty(); ++row) {
            for (int column = 0; column < clusters->columnCount(); ++column) {
                const QModelIndex index = clusters->index(row, column);
                if (index.data(ProxyTableModel::LinkKindRole).toString() == QLatin1String("destinationrule")
                    && index.data(ProxyTableModel::LinkTargetRole).toString() == QLatin1String("bookinfo/reviews"))
                    target = index.data(ProxyTableModel::LinkTargetRole).toString();
            }
        }
        QCOMPARE(target, QStringLiteral("bookinfo/reviews"));
        tabs->followLink(QStringLiteral("destinationrule"), target);
        QCOMPARE(m_session->window().currentPageId(), QStringLiteral("istio-config"));
        auto* config = qobject_cast<IstioConfigPage*>(m_session->window().pageWidget(QStringLiteral("istio-config")));
        QVERIFY(config);
        QCOMPARE(config->table()->table()->currentIndex().data(KubeObjectModel::KeyRole).toString(),
            QStringLiteral("DestinationRule:bookinfo/reviews"));
        m_session->window().showPage(QStringLiteral("proxies"));
    }

    // Two proxies of different services: the structured diff names the resources and fields that differ.
    void compareTwoProxies()
    {
        ProxyDetailTabs* tabs = m_page->detailTabs();
        const QString v1 = podOf(QStringLiteral("reviews-v1-")) + QStringLiteral(".bookinfo");
        const QString other = podOf(QStringLiteral("ratings-v1-")) + QStringLiteral(".bookinfo");
        m_page->selectProxy(v1);
        QTRY_VERIFY_WITH_TIMEOUT(tabs->clustersTab()->shownRows() > 10, 20000);
        tabs->setCurrentWidget(tabs->compareView());
        tabs->compareTarget()->setCurrentText(other);
        QCOMPARE(tabs->compareTarget()->currentText(), other);
        tabs->findChild<QPushButton*>(QStringLiteral("compareButton"))->click();
        const auto answered = [&] {
            const QString summary = tabs->compareView()->summary();
            return summary.contains(QLatin1String("changed")) || summary.contains(QLatin1String("match"))
                || summary.contains(QLatin1String("Could not"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(answered(), 20000);
        QVERIFY2(tabs->compareView()->summary().contains(QLatin1String("changed")),
            qPrintable(tabs->compareView()->summary()));
        QVERIFY(tabs->compareView()->tree()->model()->rowCount() > 0);
    }

    void staleProxyIsObvious()
    {
        const QString stale = podOf(QStringLiteral("reviews-v2-")) + QStringLiteral(".bookinfo");
        QCOMPARE(m_sim.adminRequest("POST", QStringLiteral("/proxies/stale?proxy=") + stale).status, 200);
        // A config change istiod pushes and the stale proxy does not take.
        const CommandResult applied = m_sim.kubectl(
            { QStringLiteral("label"), QStringLiteral("service"), QStringLiteral("ratings"), QStringLiteral("-n"),
                QStringLiteral("bookinfo"), QStringLiteral("tier=backend"), QStringLiteral("--overwrite") });
        QVERIFY2(applied.ok(), qPrintable(applied.describe()));
        m_page->findChild<QToolButton*>(QStringLiteral("refreshButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->bannerText().contains(QLatin1String("STALE")), 20000);
        QVERIFY(m_page->bannerText().contains(stale));
        // STALE sorts first, and "Only STALE or failing" leaves just it.
        const QTableView* table = m_page->findChild<QTableView*>(QStringLiteral("proxyTable"));
        QCOMPARE(table->model()->index(0, 0).data().toString() + QStringLiteral(".bookinfo"), stale);
        m_page->findChild<QCheckBox*>(QStringLiteral("onlyProblems"))->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 1);
        const QString count = m_page->findChild<QLabel*>(QStringLiteral("countLabel"))->text();
        QVERIFY2(count.startsWith(QLatin1String("1 of ")), qPrintable(count));
        m_page->selectProxy(stale);
        const QImage shot = saveScreenshot(QStringLiteral("proxies-stale.png"));
        QVERIFY(countColoured(shot, QColor(0xc6, 0x28, 0x28)) > 20); // the STALE pills and the name in red
        m_page->findChild<QCheckBox*>(QStringLiteral("onlyProblems"))->setChecked(false);
        m_sim.adminRequest("DELETE", QStringLiteral("/proxies/stale"));
    }

    void graphShowProxyConfigLandsOnThePod()
    {
        GraphPage* graph = m_session->window().findChild<GraphPage*>();
        QVERIFY(graph);
        m_session->window().showPage(QStringLiteral("graph"));
        emit graph->showProxyConfigRequested(QStringLiteral("wl_Kubernetes_bookinfo_reviews-v1"));
        QCOMPARE(m_session->window().currentPageId(), QStringLiteral("proxies"));
        QVERIFY2(m_page->selectedProxy().startsWith(QLatin1String("reviews-v1-")), qPrintable(m_page->selectedProxy()));
        QVERIFY(m_page->selectedProxy().endsWith(QLatin1String(".bookinfo")));
        emit graph->showProxyConfigRequested(QStringLiteral("svc_Kubernetes_bookinfo_details"));
        QVERIFY2(m_page->selectedProxy().startsWith(QLatin1String("details-v1-")), qPrintable(m_page->selectedProxy()));
    }

    void darkTheme()
    {
        applyTheme(*qApp, AppSettings::Theme::Dark);
        m_page->detailTabs()->setCurrentWidget(m_page->detailTabs()->clustersTab());
        const QImage shot = saveScreenshot(QStringLiteral("proxies-dark.png"));
        QVERIFY(distinctColours(shot) > 40);
        applyTheme(*qApp, AppSettings::Theme::Light);
    }

private:
    QString podOf(const QString& prefix)
    {
        const CommandResult pods = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
            QStringLiteral("bookinfo"), QStringLiteral("-o"), QStringLiteral("name") });
        for (const QByteArray& line : pods.out.split('\n')) {
            const QString name = QString::fromUtf8(line).section(QLatin1Char('/'), 1);
            if (name.startsWith(prefix))
                return name;
        }
        return {};
    }

    QImage saveScreenshot(const QString& name)
    {
        QApplication::processEvents();
        const QImage image = m_session->window().grab().toImage();
        image.save(QStringLiteral(QT_TESTCASE_BUILDDIR "/") + name);
        return image;
    }

    SimProcess m_sim;
    int m_proxyCount = 0;
    std::unique_ptr<GuiSession> m_session;
    ProxiesPage* m_page = nullptr;
};

QTEST_MAIN(TestProxiesPage)
#include "tst_proxiespage.moc"
