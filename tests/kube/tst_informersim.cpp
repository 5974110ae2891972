// Informers and the models they feed against the real meshscope-sim, when the server misbehaves: watches cut
// right after they open or closed early must back off more and more (counted in requests, not time), and the
// pages' models must stay consistent for QAbstractItemModelTester through changes and dropped watches.
#include "models/connectionstatus.h"
#include "models/kube/clustersession.h"
#include "models/kube/kubeinformer.h"
#include "models/kube/kubewriter.h"
#include "support/simprocess.h"
#include "support/waiting.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;
using meshscope::testing::SimProcess;
using meshscope::testing::waitForCallback;

namespace {

const KubeResource configMaps { QString(), QStringLiteral("v1"), QStringLiteral("configmaps"),
    QStringLiteral("ConfigMap"), true };
const KubeResource virtualServices { QStringLiteral("networking.istio.io"), QStringLiteral("v1"),
    QStringLiteral("virtualservices"), QStringLiteral("VirtualService"), true };

} // namespace

class TestInformerSim : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<KubeApi> m_api;

    // POSTs to the simulator's admin URL (fault knobs).
    void admin(const QString& path) { m_sim.adminRequest("POST", path, "{}"); }

    KubeWriteResult write(const std::function<void(KubeWriter&, KubeWriter::Done)>& call)
    {
        KubeWriter writer(m_api.get());
        return waitForCallback<KubeWriteResult>([&](auto done) { call(writer, done); }).value_or(KubeWriteResult {});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        const auto config = Kubeconfig::load({ m_sim.kubeconfig() });
        QVERIFY2(config.ok(), qPrintable(config.error));
        m_api = std::make_unique<KubeApi>(*config.selection);
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_sim.stop();
    }

    // A server that cuts every watch right after it opened (--api-drop-watches-ms): every new watch waits out a
    // back-off that keeps growing, so the server gets fewer and fewer requests instead of a tight loop.
    void watchesCutAtOnceBackOffMoreAndMore()
    {
        SimProcess dropping;
        QVERIFY2(dropping.start({ QStringLiteral("--api-drop-watches-ms"), QStringLiteral("20") }),
            qPrintable(dropping.error()));
        const auto config = Kubeconfig::load({ dropping.kubeconfig() });
        QVERIFY2(config.ok(), qPrintable(config.error));
        KubeApi api(*config.selection);
        KubeInformer informer(&api, configMaps, QStringLiteral("default"));
        informer.setBackoff(50, 400);
        QList<int> delays; // the back-off before each new watch
        connect(&informer, &KubeInformer::errorOccurred, this,
            [&] { QTimer::singleShot(0, this, [&] { delays << informer.retryDelayMs(); }); });
        informer.start();
        QTRY_VERIFY_WITH_TIMEOUT(informer.watchCount() >= 6, 60000);
        informer.stop();
        QCOMPARE(informer.listCount(), 1); // re-watched from the resourceVersion each time
        // Requests, not time: every watch that ended was followed by one back-off before the next.
        QVERIFY2(delays.size() >= informer.watchCount() - 1,
            qPrintable(QStringLiteral("%1 watches, %2 back-offs").arg(informer.watchCount()).arg(delays.size())));
        // …and the back-off grows: 50–75, 100–150, 200–300 ms, then the 400 ms cap.
        const QList<std::pair<int, int>> expected { { 50, 75 }, { 100, 150 }, { 200, 300 }, { 400, 400 },
            { 400, 400 } };
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(delays.at(i) >= expected[i].first && delays.at(i) <= expected[i].second,
                qPrintable(QStringLiteral("back-off %1: %2 ms").arg(i).arg(delays.at(i))));
    }

    // The same for watches the server ends cleanly but early (timeoutSeconds=1 here, under the 10 s a watch has
    // to stay up to count as healthy); once watches do stay up long enough, the next one starts at once.
    void watchesClosedEarlyBackOff()
    {
        KubeInformer informer(m_api.get(), configMaps, QStringLiteral("default"));
        informer.setBackoff(50, 400);
        informer.setWatchTimeoutSeconds(1);
        QList<int> delays;
        connect(&informer, &KubeInformer::errorOccurred, this,
            [&] { QTimer::singleShot(0, this, [&] { delays << informer.retryDelayMs(); }); });
        informer.start();
        QTRY_VERIFY_WITH_TIMEOUT(informer.watchCount() >= 4, 60000);
        informer.stop();
        QVERIFY2(delays.size() >= informer.watchCount() - 1,
            qPrintable(QStringLiteral("%1 watches, %2 back-offs").arg(informer.watchCount()).arg(delays.size())));
        QVERIFY2(delays.at(0) >= 50 && delays.at(0) <= 75, qPrintable(QString::number(delays.at(0))));
        QVERIFY2(delays.at(1) >= 100 && delays.at(1) <= 150, qPrintable(QString::number(delays.at(1))));
        QVERIFY(informer.lastError().contains(QLatin1String("closed the watch")));

        KubeInformer healthy(m_api.get(), configMaps, QStringLiteral("default"));
        healthy.setWatchTimeoutSeconds(1);
        healthy.setMinWatchMs(300); // a 1 s watch is a good one now
        QSignalSpy errors(&healthy, &KubeInformer::errorOccurred);
        healthy.start();
        QTRY_VERIFY_WITH_TIMEOUT(healthy.watchCount() >= 3, 60000);
        healthy.stop();
        QCOMPARE(errors.size(), 0);
        QCOMPARE(healthy.listCount(), 1);
    }

    // The pages' item models fed by informers stay consistent (QAbstractItemModelTester) through adds, changes,
    // deletes and watches that drop.
    void informerFedModelsPassTheModelTester()
    {
        ConnectionStatus status;
        ClusterSession session(&status);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel* model : { static_cast<QAbstractItemModel*>(session.namespacesModel()),
                 static_cast<QAbstractItemModel*>(session.podsModel()),
                 static_cast<QAbstractItemModel*>(session.servicesModel()),
                 static_cast<QAbstractItemModel*>(session.workloadsModel()),
                 static_cast<QAbstractItemModel*>(session.istioConfigModel()) })
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        session.open({ m_sim.kubeconfig() });
        QTRY_VERIFY2_WITH_TIMEOUT(session.isReady() || !session.error().isEmpty(), qPrintable(session.error()), 30000);
        // Every Istio kind listed (they sync one after another), so the count below changes only by our writes.
        const auto allSynced = [&] {
            for (const KubeResource& resource : session.discovery()->resources()) {
                if (!resource.group.endsWith(QLatin1String(".istio.io")))
                    continue;
                const KubeInformer* informer = session.informer(resource.group, resource.resource);
                if (!informer || !informer->hasSynced())
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allSynced(), 30000);
        KubeObjectModel* model = session.istioConfigModel();
        QVERIFY(model->rowCount() >= 8);
        const int before = model->rowCount();
        QList<QJsonObject> created;
        for (int i = 0; i < 5; ++i) {
            const QJsonObject vs { { QStringLiteral("apiVersion"), QStringLiteral("networking.istio.io/v1") },
                { QStringLiteral("kind"), QStringLiteral("VirtualService") },
                { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("tester-%1").arg(i) },
                        { QStringLiteral("namespace"), QStringLiteral("bookinfo") } } },
                { QStringLiteral("spec"),
                    QJsonObject { { QStringLiteral("hosts"), QJsonArray { QStringLiteral("tester-%1").arg(i) } } } } };
            const KubeWriteResult applied
                = write([&](KubeWriter& w, KubeWriter::Done d) { w.apply(virtualServices, vs, {}, this, d); });
            QVERIFY2(applied.ok(), qPrintable(applied.message));
            created << applied.object;
            if (i == 2)
                admin(QStringLiteral("/faults/api/drop-watches"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 5, 30000);
        QVERIFY(write([&](KubeWriter& w, KubeWriter::Done d) {
            w.mergePatch(virtualServices, QStringLiteral("bookinfo"), QStringLiteral("tester-1"),
                QJsonObject { { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("labels"),
                        QJsonObject { { QStringLiteral("changed"), QStringLiteral("yes") } } } } } },
                {}, this, d);
        }).ok());
        for (int i : { 0, 3, 4 }) {
            QVERIFY(write([&](KubeWriter& w, KubeWriter::Done d) {
                w.remove(virtualServices, QStringLiteral("bookinfo"), QStringLiteral("tester-%1").arg(i), {}, this, d);
            }).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 2, 30000);
        const int row = model->rowOf(QStringLiteral("VirtualService"), created.at(1));
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->objectAt(model->rowOf(QStringLiteral("VirtualService"), created.at(1)))
                                      .value(QLatin1String("metadata"))
                                      .toObject()
                                      .value(QLatin1String("labels"))
                                      .toObject()
                                      .value(QLatin1String("changed"))
                                      .toString(),
            QStringLiteral("yes"), 30000);
        for (int i : { 1, 2 }) {
            QVERIFY(write([&](KubeWriter& w, KubeWriter::Done d) {
                w.remove(virtualServices, QStringLiteral("bookinfo"), QStringLiteral("tester-%1").arg(i), {}, this, d);
            }).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before, 30000);
        session.close(); // the one reset
    }
};

QTEST_GUILESS_MAIN(TestInformerSim)
#include "tst_informersim.moc"
