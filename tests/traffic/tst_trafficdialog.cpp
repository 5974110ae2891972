// The Shift traffic dialog driven offscreen against the simulator and a real Prometheus: rows per version with the
// live share, the weight arithmetic through the widgets, review → dry run → apply in three steps to v3, a conflict
// that keeps the weights, undo, the owner banner, and a grab of the dialog.

#include "../gui/imagechecks.h"
#include "app/trafficwiring.h"
#include "models/connectionstatus.h"
#include "models/kube/clustersession.h"
#include "models/kube/kubeobjectmodel.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"
#include "support/prometheusserver.h"
#include "trafficsimcluster.h"
#include "ui/trafficshiftdialog.h"
#include "views/traffic/weightrowswidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace meshscope;
using namespace meshscope::testing;
using Stage = TrafficShiftDialog::Stage;

namespace {

template <typename T> T* child(const TrafficShiftDialog& dialog, const char* name)
{
    T* widget = dialog.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("the dialog has no %s", name);
    return widget;
}
template <typename T> T* child(const std::unique_ptr<TrafficShiftDialog>& dialog, const char* name)
{
    return child<T>(*dialog, name);
}

} // namespace

class TestTrafficDialog : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    PrometheusServer m_prometheus;
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<RawObjects> m_raw;
    QTemporaryDir m_dir;
    std::unique_ptr<traffic::ChangeHistory> m_history;
    HttpClient m_http;
    std::unique_ptr<PromClient> m_prom;

    std::unique_ptr<TrafficShiftDialog> open(const QString& service = QStringLiteral("reviews"))
    {
        TrafficShiftDialog::Setup setup;
        setup.api = m_cluster->api.get();
        setup.discovery = m_cluster->discovery.get();
        setup.history = m_history.get();
        setup.prometheus = m_prom.get();
        setup.ns = QStringLiteral("bookinfo");
        setup.service = service;
        auto dialog = std::make_unique<TrafficShiftDialog>(setup);
        dialog->resize(980, 820);
        dialog->show();
        return dialog;
    }
    bool reach(TrafficShiftDialog& dialog, Stage stage)
    {
        return waitUntil([&] { return dialog.stage() == stage; }, 30000);
    }
    QList<int> weights()
    {
        QList<int> list;
        const QJsonArray http = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"))
                                    .value(QLatin1String("spec"))
                                    .toObject()
                                    .value(QLatin1String("http"))
                                    .toArray();
        for (const QJsonValue& entry : http.last().toObject().value(QLatin1String("route")).toArray())
            list << entry.toObject().value(QLatin1String("weight")).toInt(-1);
        return list;
    }
    // Review → dry run → apply, as the user clicks them.
    // With shot: a grab of the dialog showing the review, saved in the build directory under that name.
    void reviewDryRunApply(TrafficShiftDialog& dialog, const QString& shot = {})
    {
        QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        QVERIFY2(reach(dialog, Stage::Reviewed), qPrintable(dialog.statusText()));
        if (!shot.isEmpty()) {
            const QImage grab = dialog.grab().toImage();
            QVERIFY(grab.width() >= 900 && grab.height() >= 700);
            QVERIFY(distinctColours(grab) > 20);
            QVERIFY(grab.save(QString::fromLocal8Bit(qgetenv("MESHSCOPE_BINARY_DIR")) + QLatin1Char('/') + shot));
        }
        QVERIFY(child<QPushButton>(dialog, "dryRunButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "applyButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "dryRunButton"), Qt::LeftButton);
        QVERIFY2(reach(dialog, Stage::DryRunDone), qPrintable(dialog.statusText()));
        QVERIFY(dialog.serverAnswerText().contains(QStringLiteral("would accept")));
        QVERIFY(child<QPushButton>(dialog, "applyButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QVERIFY2(waitUntil([&] { return dialog.statusText().startsWith(QStringLiteral("Applied")); }, 30000),
            qPrintable(dialog.statusText()));
        QVERIFY(reach(dialog, Stage::Editing));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        QVERIFY2(m_prometheus.scrape(m_sim.metrics()), qPrintable(m_prometheus.error()));
        m_cluster = SimCluster::connect(m_sim);
        QVERIFY2(m_cluster->error.isEmpty(), qPrintable(m_cluster->error));
        m_raw = std::make_unique<RawObjects>(m_sim);
        m_history = std::make_unique<traffic::ChangeHistory>(m_dir.filePath(QStringLiteral("history.json")));
        PromConfig config;
        config.url = m_prometheus.url();
        m_prom = std::make_unique<PromClient>(&m_http, config);
        QVERIFY(m_prometheus.waitForData(QStringLiteral("istio_requests_total{destination_app=\"reviews\"}")));
    }

    void rowsShowVersionsPodsAndTheLiveShare()
    {
        auto dialog = open();
        QVERIFY2(reach(*dialog, Stage::Editing), qPrintable(dialog->statusText()));
        QCOMPARE(dialog->weightRows()->rowCount(), 3);
        QCOMPARE(dialog->split().toString(), QStringLiteral("v1=50,v2=25,v3=25")); // bookinfo's weights
        QVERIFY(child<QLabel>(dialog, "sourceLabel")->text().contains(QStringLiteral("VirtualService reviews")));
        // The share now arrives from Prometheus: bookinfo sends every 10th request (jason's) to v2 first.
        QVERIFY(waitUntil([&] { return dialog->weightRows()->shareText(0).endsWith(QStringLiteral(" %")); }));
        const double v1 = dialog->weightRows()->shareText(0).chopped(2).toDouble();
        QVERIFY2(v1 > 35 && v1 < 55, qPrintable(dialog->weightRows()->shareText(0)));
    }

    void widgetsDriveTheArithmetic()
    {
        auto dialog = open();
        QVERIFY(reach(*dialog, Stage::Editing));
        WeightRowsWidget* rows = dialog->weightRows();
        rows->spinBox(0)->setValue(80); // v1: the others follow in proportion
        QCOMPARE(dialog->split().toString(), QStringLiteral("v1=80,v2=10,v3=10"));
        QTest::mouseClick(rows->lockButton(1), Qt::LeftButton);
        rows->spinBox(0)->setValue(90);
        QCOMPARE(dialog->split().toString(), QStringLiteral("v1=90,v2=10,v3=0"));
        QCOMPARE(rows->spinBox(1)->isEnabled(), false); // locked
        QTest::mouseClick(child<QPushButton>(dialog, "evenlyButton"), Qt::LeftButton);
        QCOMPARE(dialog->split().toString(), QStringLiteral("v1=45,v2=10,v3=45"));
        QTest::mouseClick(rows->allButton(2), Qt::LeftButton);
        QCOMPARE(dialog->split().toString(), QStringLiteral("v1=0,v2=0,v3=100"));
        child<QComboBox>(dialog, "mirrorCombo")
            ->setCurrentIndex(child<QComboBox>(dialog, "mirrorCombo")->findText(QStringLiteral("v1")));
        QCOMPARE(dialog->split().mirrorVersion(), QStringLiteral("v1"));
        QVERIFY(!rows->spinBox(0)->isEnabled());
    }

    // The canary walk: 100 % to v3 in three steps, each reviewed and dry-run, then undone.
    void threeStepsToV3ThenUndo()
    {
        auto dialog = open();
        QVERIFY(reach(*dialog, Stage::Editing));
        WeightRowsWidget* rows = dialog->weightRows();
        const QList<int> original = weights();
        for (const int v3 : { 40, 70, 100 }) {
            rows->spinBox(2)->setValue(v3);
            reviewDryRunApply(*dialog, v3 == 100 ? QStringLiteral("traffic-shift-review.png") : QString());
            QCOMPARE(weights().last(), v3);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(weights(), QList<int>({ 0, 0, 100 }));
        QCOMPARE(dialog->split().toString(), QStringLiteral("v1=0,v2=0,v3=100")); // reloaded from the cluster
        QVERIFY(child<QListWidget>(dialog, "historyList")->count() >= 3);

        const QImage grab = dialog->grab().toImage();
        QVERIFY(grab.width() >= 900 && grab.height() >= 700);
        QVERIFY(distinctColours(grab) > 20);
        const QString shot
            = QString::fromLocal8Bit(qgetenv("MESHSCOPE_BINARY_DIR")) + QStringLiteral("/traffic-shift-dialog.png");
        QVERIFY(grab.save(shot));

        // Undo walks back one change at a time.
        QVERIFY(child<QPushButton>(dialog, "undoButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "undoButton"), Qt::LeftButton);
        QVERIFY(reach(*dialog, Stage::Reviewed));
        QVERIFY(dialog->diffText().contains(QStringLiteral("-      weight: 100")));
        QTest::mouseClick(child<QPushButton>(dialog, "dryRunButton"), Qt::LeftButton);
        QVERIFY(reach(*dialog, Stage::DryRunDone));
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return dialog->statusText().startsWith(QStringLiteral("Applied")); }));
        QCOMPARE(weights().last(), 70);
        Q_UNUSED(original)
    }

    // A change made between review and apply: a conflict, their change stays, the user's weights are kept.
    void conflictKeepsTheWeights()
    {
        auto dialog = open();
        QVERIFY(reach(*dialog, Stage::Editing));
        dialog->weightRows()->spinBox(0)->setValue(60);
        const QString wanted = dialog->split().toString();
        QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        QVERIFY(reach(*dialog, Stage::Reviewed));
        QTest::mouseClick(child<QPushButton>(dialog, "dryRunButton"), Qt::LeftButton);
        QVERIFY(reach(*dialog, Stage::DryRunDone));

        QJsonObject theirs = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        QJsonObject metadata = theirs.value(QLatin1String("metadata")).toObject();
        metadata.insert(
            QLatin1String("labels"), QJsonObject { { QStringLiteral("edited"), QStringLiteral("meanwhile") } });
        theirs.insert(QLatin1String("metadata"), metadata);
        QCOMPARE(m_raw->put(QStringLiteral("virtualservices"), theirs), 200);
        const QList<int> before = weights();

        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return dialog->statusText().contains(QStringLiteral("nothing was overwritten")); }));
        QVERIFY(reach(*dialog, Stage::Editing));
        QCOMPARE(weights(), before);
        QCOMPARE(dialog->split().toString(), wanted);
        QVERIFY(dialog->diffText().contains(QStringLiteral("+    edited: meanwhile")));
        reviewDryRunApply(*dialog); // the retry builds on the current state
        QCOMPARE(weights().first(), 60);
    }

    void ownerBannerAndOverride()
    {
        QJsonObject vs = m_raw->get(QStringLiteral("virtualservices"), QStringLiteral("reviews"));
        QJsonObject metadata = vs.value(QLatin1String("metadata")).toObject();
        metadata.insert(QLatin1String("labels"),
            QJsonObject { { QStringLiteral("kustomize.toolkit.fluxcd.io/name"), QStringLiteral("apps") },
                { QStringLiteral("kustomize.toolkit.fluxcd.io/namespace"), QStringLiteral("flux-system") } });
        vs.insert(QLatin1String("metadata"), metadata);
        QCOMPARE(m_raw->put(QStringLiteral("virtualservices"), vs), 200);
        auto dialog = open();
        QVERIFY(reach(*dialog, Stage::Editing));
        dialog->weightRows()->spinBox(1)->setValue(50);
        QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        QVERIFY(reach(*dialog, Stage::Reviewed));
        QVERIFY(child<QFrame>(dialog, "ownerBanner")->isVisible());
        QVERIFY(child<QLabel>(dialog, "ownerLabel")
                    ->text()
                    .contains(QStringLiteral("Flux Kustomization \"flux-system/apps\"")));
        QVERIFY(child<QPushButton>(dialog, "copyPatchButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "dryRunButton"), Qt::LeftButton);
        QVERIFY(reach(*dialog, Stage::DryRunDone));
        QVERIFY(!child<QPushButton>(dialog, "applyButton")->isEnabled());
        child<QCheckBox>(dialog, "overrideCheck")->setChecked(true);
        QVERIFY(child<QPushButton>(dialog, "applyButton")->isEnabled());
    }

    void readOnlyUserGetsTheReason()
    {
        const std::unique_ptr<SimCluster> readOnly
            = SimCluster::connect(m_sim, QStringLiteral("meshscope-sim-readonly"));
        TrafficShiftDialog::Setup setup;
        setup.api = readOnly->api.get();
        setup.discovery = readOnly->discovery.get();
        setup.ns = QStringLiteral("bookinfo");
        setup.service = QStringLiteral("reviews");
        TrafficShiftDialog dialog(setup);
        QVERIFY(
            waitUntil([&] { return dialog.statusText().contains(QStringLiteral("You may not make this change")); }));
        QVERIFY(reach(dialog, Stage::Editing));
        QVERIFY(!child<QPushButton>(dialog, "reviewButton")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "reviewButton")->toolTip().contains(QStringLiteral("virtualservices")));
    }

    // The other wizards' tabs review through the same engine: a delay on the default route, a header rule in
    // front of it, a timeout with retries.
    void otherWizardTabsReview()
    {
        auto dialog = open();
        QVERIFY(reach(*dialog, Stage::Editing));
        auto* tabs = child<QTabWidget>(dialog, "wizardTabs");
        tabs->setCurrentWidget(child<QWidget>(dialog, "faultTab"));
        child<QCheckBox>(dialog, "delayCheck")->setChecked(true);
        child<QLineEdit>(dialog, "delayDuration")->setText(QStringLiteral("5s"));
        QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        QVERIFY2(reach(*dialog, Stage::Reviewed), qPrintable(dialog->statusText()));
        QVERIFY2(dialog->diffText().contains(QStringLiteral("fixedDelay: 5s")), qPrintable(dialog->diffText()));

        tabs->setCurrentWidget(child<QWidget>(dialog, "routingTab"));
        QCOMPARE(dialog->stage(), Stage::Editing); // another input: the review is gone
        QTest::mouseClick(child<QPushButton>(dialog, "addRuleButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        QVERIFY(dialog->statusText().contains(QStringLiteral("no value"))); // refused before any request
        auto* table = child<QTableWidget>(dialog, "rulesTable");
        static_cast<QLineEdit*>(table->cellWidget(0, 2))->setText(QStringLiteral("alice"));
        static_cast<QComboBox*>(table->cellWidget(0, 3))->setCurrentText(QStringLiteral("v3"));
        QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        QVERIFY2(reach(*dialog, Stage::Reviewed), qPrintable(dialog->statusText()));
        QVERIFY2(dialog->diffText().contains(QStringLiteral("exact: alice")), qPrintable(dialog->diffText()));

        tabs->setCurrentWidget(child<QWidget>(dialog, "timeoutTab"));
        child<QLineEdit>(dialog, "timeoutEdit")->setText(QStringLiteral("3s"));
        QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        QVERIFY2(reach(*dialog, Stage::Reviewed), qPrintable(dialog->statusText()));
        QVERIFY2(dialog->diffText().contains(QStringLiteral("timeout: 3s")), qPrintable(dialog->diffText()));
    }

    // Where a user starts: the Services list's "Shift traffic…" opens the dialog for the selected service, once.
    void servicesListOpensTheDialog()
    {
        ConnectionStatus status;
        ClusterSession session(&status);
        session.open({ m_sim.kubeconfig() }, {}, true);
        QVERIFY(waitUntil([&] { return session.isReady(); }));
        QWidget window;
        TrafficWiring wiring(&window, &session);
        QTableView list;
        list.setModel(session.servicesModel());
        wiring.attachServiceList(&list);
        QModelIndex reviews;
        QVERIFY(waitUntil([&] {
            for (int row = 0; row < list.model()->rowCount() && !reviews.isValid(); ++row) {
                const QModelIndex index = list.model()->index(row, 0);
                if (index.data(KubeObjectModel::NameRole) == QStringLiteral("reviews")
                    && index.data(KubeObjectModel::NamespaceRole) == QStringLiteral("bookinfo"))
                    reviews = index;
            }
            return reviews.isValid();
        }));
        list.setCurrentIndex(reviews);
        auto* action = list.findChild<QAction*>(QStringLiteral("shiftTrafficAction"));
        QVERIFY(action && list.actions().contains(action));
        action->trigger();
        const QList<TrafficShiftDialog*> dialogs = window.findChildren<TrafficShiftDialog*>();
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(reach(*dialogs.first(), Stage::Editing));
        QCOMPARE(child<QLabel>(*dialogs.first(), "titleLabel")->text(), QStringLiteral("reviews in bookinfo"));
        QCOMPARE(dialogs.first()->weightRows()->rowCount(), 3);
        action->trigger(); // raised, not opened twice
        QCOMPARE(window.findChildren<TrafficShiftDialog*>().size(), 1);
    }
};

QTEST_MAIN(TestTrafficDialog)
#include "tst_trafficdialog.moc"
