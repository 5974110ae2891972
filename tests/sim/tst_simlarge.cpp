// The large scenario (50 namespaces, 5,000 services, 20,000 pods): the real kubectl lists every pod
// (paginated, 500 per chunk) and the figures are printed, never asserted.
#include "support/simprocess.h"

#include <QJsonArray>
#include <QTest>

using meshscope::testing::ApiClient;
using meshscope::testing::CommandResult;
using meshscope::testing::HttpResult;
using meshscope::testing::SimProcess;

namespace {
constexpr int services = 5000;
constexpr int pods = services * 4 + 2; // four per service, plus istiod and the ingress gateway

QByteArray residentMemory(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified();
    }
    return "?";
}
} // namespace

class TestSimLarge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No traffic: this measures the API server, not the traffic model.
        QVERIFY2(m_sim.start({ QStringLiteral("--scenario"), QStringLiteral("large"), QStringLiteral("--namespaces"),
                                 QStringLiteral("50"), QStringLiteral("--services"), QString::number(services),
                                 QStringLiteral("--traffic-rate"), QStringLiteral("0") },
                     240000),
            qPrintable(m_sim.error()));
        qInfo("large scenario (%d pods) ready in %lld ms, resident memory %s", pods, m_sim.startupMs(),
            residentMemory(m_sim.process().processId()).constData());
    }
    void cleanupTestCase() { m_sim.stop(); }

    void kubectlGetsAllPods()
    {
        QElapsedTimer timer;
        timer.start();
        const CommandResult result = m_sim.kubectl(
            { QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("--no-headers") }, {},
            {}, 240000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(result.exitCode == 0, result.err.left(2000).constData());
        QCOMPARE(int(result.out.count('\n')), pods);
        QVERIFY(result.out.contains("large-049 "));
        qInfo("kubectl get pods -A over %d pods (chunks of 500): %lld ms", pods, elapsed);
    }

    void listLatency()
    {
        ApiClient api(m_sim);
        const QByteArray token = m_sim.token("meshscope-admin");
        QElapsedTimer timer;
        timer.start();
        const HttpResult page = api.request("GET", QStringLiteral("/api/v1/pods?limit=500"), token, {},
            "application/json", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
        const qint64 tableMs = timer.restart();
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QStringLiteral("rows")).toArray().size(), 500);
        const HttpResult all = api.request("GET", QStringLiteral("/api/v1/pods"), token);
        const qint64 allMs = timer.restart();
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json.value(QStringLiteral("items")).toArray().size(), pods);
        const HttpResult selected
            = api.request("GET", QStringLiteral("/api/v1/pods?labelSelector=app%3Dsvc-4999"), token);
        const qint64 selectedMs = timer.elapsed();
        QCOMPARE(selected.json.value(QStringLiteral("items")).toArray().size(), 4);
        qInfo("one 500-row Table page: %lld ms; all %d pods as JSON (%lld MB): %lld ms; labelSelector over all pods: "
              "%lld ms",
            tableMs, pods, qint64(all.body.size() >> 20), allMs, selectedMs);
    }

private:
    SimProcess m_sim;
};

QTEST_GUILESS_MAIN(TestSimLarge)
#include "tst_simlarge.moc"
