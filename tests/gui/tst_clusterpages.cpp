// The Workloads, Services (health lists) and Istio Config pages filled from a live (simulated) cluster, and the
// namespace picker filtering them.
#include "app/demomesh.h"
#include "app/guisession.h"
#include "models/connectionstatus.h"
#include "support/testdata.h"
#include "ui/clusterpicker.h"
#include "ui/graphpage.h"
#include "ui/istioconfigpage.h"
#include "ui/listpage.h"
#include "ui/mainwindow.h"
#include "views/common/emptystatewidget.h"
#include "views/common/objectfilterproxy.h"
#include "views/common/resourcetablepage.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;

class TestClusterPages : public QObject
{
    Q_OBJECT

    static QStringList column(const QAbstractItemModel* model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

private slots:
    // A chosen context that cannot connect: the pages say why (the status bar's reason), not "no cluster", and the
    // Graph page with --prometheus says it lacks the cluster's namespaces, not that it lacks Prometheus.
    void brokenKubeconfigShowsTheRealReason()
    {
        StartupOptions options;
        options.kubeconfig = meshscope::testing::testDataPath(QStringLiteral("kubeconfig/missing-cluster.yaml"));
        options.prometheus = QUrl(QStringLiteral("http://127.0.0.1:9"));
        GuiSession session(options);
        QTRY_COMPARE_WITH_TIMEOUT(session.status().state(), ConnectionStatus::State::Failed, 10000);
        auto* workloads = qobject_cast<ListPage*>(session.window().pageWidget(QStringLiteral("workloads")));
        QVERIFY(workloads && workloads->isShowingEmptyState());
        const auto* empty = workloads->findChild<EmptyStateWidget*>();
        QVERIFY(empty);
        QVERIFY2(empty->reason().contains(QStringLiteral("refers to cluster \"gone\"")), qPrintable(empty->reason()));
        QVERIFY2(!empty->reason().contains(QStringLiteral("No cluster is connected")), qPrintable(empty->reason()));
        const auto* placeholder
            = session.window().pageWidget(QStringLiteral("overview"))->findChild<EmptyStateWidget*>();
        QVERIFY(placeholder);
        QVERIFY2(placeholder->reason().contains(QStringLiteral("refers to cluster \"gone\"")),
            qPrintable(placeholder->reason()));
        auto* graph = qobject_cast<GraphPage*>(session.window().pageWidget(QStringLiteral("graph")));
        QVERIFY(graph);
        QVERIFY2(graph->stateText().contains(QStringLiteral("the cluster is not available"))
                || graph->findChild<EmptyStateWidget*>()->reason().contains(
                    QStringLiteral("the cluster is not available")),
            qPrintable(graph->stateText()));
    }

    void pagesShowTheClusterAndFollowTheNamespace()
    {
        DemoMesh demo;
        demo.setSimulatorPath(QStringLiteral(MESHSCOPE_SIM_EXE));
        QSignalSpy ready(&demo, &DemoMesh::ready);
        demo.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);

        StartupOptions options;
        options.kubeconfig = demo.endpoints().kubeconfig;
        GuiSession session(options);
        QSignalSpy settled(&session, &GuiSession::settled);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 30000);
        QCOMPARE(session.status().state(), ConnectionStatus::State::Connected);

        auto* workloads = qobject_cast<ListPage*>(session.window().pageWidget(QStringLiteral("workloads")));
        auto* services = qobject_cast<ListPage*>(session.window().pageWidget(QStringLiteral("services")));
        auto* istioPage = qobject_cast<IstioConfigPage*>(session.window().pageWidget(QStringLiteral("istio-config")));
        QVERIFY(workloads && services && istioPage);
        ResourceTablePage* istio = istioPage->table();
        QTRY_VERIFY_WITH_TIMEOUT(column(workloads->proxy(), 1).contains(QStringLiteral("productpage-v1")), 15000);
        QVERIFY(column(workloads->proxy(), 1).contains(QStringLiteral("istiod")));
        QTRY_VERIFY_WITH_TIMEOUT(column(services->proxy(), 1).contains(QStringLiteral("reviews")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(column(istio->proxy(), 0).contains(QStringLiteral("VirtualService")), 15000);

        // The picker lists the cluster's namespaces; choosing one filters every page.
        auto* combo = session.window().findChild<QComboBox*>(QStringLiteral("namespaceCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(combo->findData(QStringLiteral("istio-system")) > 0, 15000);
        QVERIFY(combo->findData(QStringLiteral("bookinfo")) > 0);
        combo->setCurrentIndex(combo->findData(QStringLiteral("istio-system")));
        emit combo->activated(combo->currentIndex());
        const QStringList filtered = column(workloads->proxy(), 1);
        QVERIFY2(filtered.contains(QStringLiteral("istiod")), qPrintable(filtered.join(u',')));
        QVERIFY2(!filtered.contains(QStringLiteral("productpage-v1")), qPrintable(filtered.join(u',')));
        // The admin may write: no read-only badge.
        QVERIFY(session.window().findChild<QLabel*>(QStringLiteral("readOnlyLabel"))->isHidden());
    }

    void readOnlyAccountShowsReadOnly()
    {
        DemoMesh demo;
        demo.setSimulatorPath(QStringLiteral(MESHSCOPE_SIM_EXE));
        QSignalSpy ready(&demo, &DemoMesh::ready);
        demo.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);

        StartupOptions options;
        options.kubeconfig = demo.endpoints().kubeconfig;
        options.context = QStringLiteral("meshscope-sim-readonly");
        GuiSession session(options);
        QSignalSpy settled(&session, &GuiSession::settled);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 30000);
        QCOMPARE(session.status().state(), ConnectionStatus::State::Connected);
        auto* label = session.window().findChild<QLabel*>(QStringLiteral("readOnlyLabel"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(!label->isHidden(), 15000);
        QCOMPARE(label->text(), QStringLiteral("Read-only"));
    }
};

QTEST_MAIN(TestClusterPages)
#include "tst_clusterpages.moc"
