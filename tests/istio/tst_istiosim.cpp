// IstioClient on the wire: istiod's debug endpoints and Envoy's admin API through the API server's pod proxy of
// the real meshscope-sim (a child process), parsed into the typed structures the pages use. Includes a STALE
// proxy (the simulator's admin POST /proxies/stale) whose Envoy config stays behind istiod's.
#include "models/istio/istioclient.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/kubewriter.h"
#include "support/simprocess.h"
#include "support/waiting.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;
using meshscope::testing::SimProcess;
using meshscope::testing::waitForCallback;

namespace {

const KubeResource podsResource { QString(), QStringLiteral("v1"), QStringLiteral("pods"), QStringLiteral("Pod"),
    true };
const KubeResource serviceEntries { QStringLiteral("networking.istio.io"), QStringLiteral("v1"),
    QStringLiteral("serviceentries"), QStringLiteral("ServiceEntry"), true };
const QString reviewsHost = QStringLiteral("reviews.bookinfo.svc.cluster.local");
const QString reviewsCluster = QStringLiteral("outbound|9080||reviews.bookinfo.svc.cluster.local");
const QString testHost = QStringLiteral("api.meshscope-test.example");

// Waits (a test may) for an IstioClient callback.
template <typename Result> Result await(const std::function<void(QObject*, std::function<void(const Result&)>)>& call)
{
    std::optional<Result> result;
    QObject context;
    call(&context, [&](const Result& r) { result = r; });
    QDeadlineTimer deadline(30000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(10);
    if (!result) {
        Result timedOut;
        timedOut.error = QStringLiteral("no answer within 30 s");
        return timedOut;
    }
    return *result;
}

const ProxySyncStatus* findProxy(const QList<ProxySyncStatus>& proxies, const QString& name)
{
    for (const ProxySyncStatus& proxy : proxies) {
        if (proxy.proxy == name)
            return &proxy;
    }
    return nullptr;
}

QStringList clusterNames(const EnvoyConfigDump& dump)
{
    QStringList names;
    for (const EnvoyCluster& cluster : dump.clusters)
        names << cluster.name;
    return names;
}

} // namespace

class TestIstioSim : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<KubeApi> m_api;
    std::unique_ptr<IstioClient> m_istio;
    QList<IstiodInstance> m_istiods;
    QHash<QString, QString> m_podOfApp; // app label → first pod in bookinfo
    QHash<QString, QString> m_ipOfPod;

    QByteArray adminRequest(const QByteArray& method, const QString& pathAndQuery)
    {
        return m_sim.adminRequest(method, pathAndQuery).body;
    }

    KubeWriteResult write(const std::function<void(KubeWriter&, KubeWriter::Done)>& call)
    {
        KubeWriter writer(m_api.get());
        return waitForCallback<KubeWriteResult>([&](auto done) { call(writer, done); }).value_or(KubeWriteResult {});
    }

    QList<IstiodInstance> findIstiods(QString* error)
    {
        std::optional<QList<IstiodInstance>> found;
        QObject context;
        m_istio->findIstiods(&context, [&](const QList<IstiodInstance>& istiods, const QString& e) {
            found = istiods;
            *error = e;
        });
        QDeadlineTimer deadline(30000);
        while (!found && !deadline.hasExpired())
            QTest::qWait(10);
        if (!found)
            *error = QStringLiteral("no answer within 30 s");
        return found.value_or(QList<IstiodInstance> {});
    }

    SynczResult syncz()
    {
        return await<SynczResult>([&](QObject* context, std::function<void(const SynczResult&)> done) {
            m_istio->syncz(m_istiods, context, done);
        });
    }

    EnvoyConfigDump envoyDump(const QString& pod, bool includeEds)
    {
        return await<EnvoyConfigDump>([&](QObject* context, std::function<void(const EnvoyConfigDump&)> done) {
            m_istio->envoyConfigDump(QStringLiteral("bookinfo"), pod, includeEds, context, done);
        });
    }

    EnvoyConfigDump istiodDump(const QString& proxyId)
    {
        return await<EnvoyConfigDump>([&](QObject* context, std::function<void(const EnvoyConfigDump&)> done) {
            m_istio->istiodConfigDump(m_istiods.value(0), proxyId, context, done);
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        const auto config = Kubeconfig::load({ m_sim.kubeconfig() });
        QVERIFY2(config.ok(), qPrintable(config.error));
        m_api = std::make_unique<KubeApi>(*config.selection);
        m_istio = std::make_unique<IstioClient>(m_api.get());
        std::optional<HttpResponse> pods;
        KubeRequest request;
        request.path = podsResource.path(QStringLiteral("bookinfo"));
        m_api->send(request, this, [&](const HttpResponse& r) { pods = r; });
        QTRY_VERIFY_WITH_TIMEOUT(pods.has_value(), 30000);
        const KubeListPage page = parseListPage(pods->body);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        for (const QJsonObject& pod : page.items) {
            const QJsonObject metadata = pod.value(QLatin1String("metadata")).toObject();
            const QString name = metadata.value(QLatin1String("name")).toString();
            const QString app
                = metadata.value(QLatin1String("labels")).toObject().value(QLatin1String("app")).toString();
            if (!m_podOfApp.contains(app))
                m_podOfApp.insert(app, name);
            m_ipOfPod.insert(
                name, pod.value(QLatin1String("status")).toObject().value(QLatin1String("podIP")).toString());
        }
        QVERIFY(m_podOfApp.contains(QStringLiteral("productpage")) && m_podOfApp.contains(QStringLiteral("reviews")));
    }

    void cleanupTestCase()
    {
        m_istio.reset();
        m_api.reset();
        m_sim.stop();
    }

    // istiod pods in every namespace with their revision; a canary revision (not running yet) shows up as such.
    void findIstiodsAndRevisions()
    {
        QString error;
        m_istiods = findIstiods(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_istiods.size(), 1);
        QVERIFY(m_istiods[0].pod.startsWith(QLatin1String("istiod-")));
        QCOMPARE(m_istiods[0].podNamespace, QStringLiteral("istio-system"));
        QCOMPARE(m_istiods[0].revision, QStringLiteral("default"));
        QVERIFY(m_istiods[0].running);

        const QJsonObject canary { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Pod") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("istiod-canary-0") },
                    { QStringLiteral("namespace"), QStringLiteral("istio-system") },
                    { QStringLiteral("labels"),
                        QJsonObject { { QStringLiteral("app"), QStringLiteral("istiod") },
                            { QStringLiteral("istio.io/rev"), QStringLiteral("canary") } } } } },
            { QStringLiteral("spec"),
                QJsonObject { { QStringLiteral("containers"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("discovery") },
                        { QStringLiteral("image"), QStringLiteral("docker.io/istio/pilot:1.24.2") } } } } } } };
        const KubeWriteResult created
            = write([&](KubeWriter& w, KubeWriter::Done d) { w.apply(podsResource, canary, {}, this, d); });
        QVERIFY2(created.ok(), qPrintable(created.message));
        const QList<IstiodInstance> both = findIstiods(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(both.size(), 2);
        QHash<QString, const IstiodInstance*> byRevision;
        for (const IstiodInstance& istiod : both)
            byRevision.insert(istiod.revision, &istiod);
        QVERIFY(byRevision.contains(QStringLiteral("default")) && byRevision.contains(QStringLiteral("canary")));
        QCOMPARE(byRevision.value(QStringLiteral("canary"))->pod, QStringLiteral("istiod-canary-0"));
        QVERIFY(!byRevision.value(QStringLiteral("canary"))->running); // no status: not Running
        QVERIFY(write([&](KubeWriter& w, KubeWriter::Done d) {
            w.remove(podsResource, QStringLiteral("istio-system"), QStringLiteral("istiod-canary-0"), {}, this, d);
        }).ok());
    }

    // /debug/syncz into the proxy-status model; then one proxy stops acknowledging pushes and turns STALE.
    void synczAndStaleProxy()
    {
        QVERIFY(!m_istiods.isEmpty());
        const SynczResult synced = syncz();
        QVERIFY2(synced.error.isEmpty(), qPrintable(synced.error));
        QCOMPARE(synced.proxies.size(), 8); // 7 Bookinfo sidecars and the ingress gateway
        for (const ProxySyncStatus& proxy : synced.proxies) {
            QCOMPARE(proxy.istiod, m_istiods[0].pod);
            QCOMPARE(proxy.clusterId, QStringLiteral("Kubernetes"));
            QVERIFY(!proxy.proxyVersion.isEmpty());
            QCOMPARE(proxy.proxy, proxy.pod + QLatin1Char('.') + proxy.podNamespace);
            QCOMPARE(proxy.proxyType,
                proxy.podNamespace == QLatin1String("istio-system") ? QStringLiteral("router")
                                                                    : QStringLiteral("sidecar"));
            for (XdsType type : { XdsType::Cds, XdsType::Lds, XdsType::Eds, XdsType::Rds })
                QCOMPARE(proxy.states.value(type, XdsSyncState::Error), XdsSyncState::Synced);
        }
        ProxyStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProxies(synced.proxies);
        QCOMPARE(model.rowCount(), 8);

        const QJsonArray stale
            = QJsonDocument::fromJson(adminRequest("POST", QStringLiteral("/proxies/stale?count=1"))).array();
        QCOMPARE(stale.size(), 1);
        const QString staleProxy = stale.at(0).toString();
        const SynczResult after = syncz();
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        const ProxySyncStatus* behind = findProxy(after.proxies, staleProxy);
        QVERIFY2(behind, qPrintable(staleProxy));
        QCOMPARE(behind->states.value(XdsType::Cds), XdsSyncState::Stale);
        QCOMPARE(behind->states.value(XdsType::Lds), XdsSyncState::Stale);
        int staleCount = 0;
        for (const ProxySyncStatus& proxy : after.proxies)
            staleCount += proxy.states.value(XdsType::Cds) == XdsSyncState::Stale ? 1 : 0;
        QCOMPARE(staleCount, 1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setProxies(after.proxies);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(inserted.size(), 0);
        QVERIFY(changed.size() >= 1);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.proxyAt(r).proxy == staleProxy)
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ProxyStatusModel::CdsColumn).data().toString(), QStringLiteral("STALE"));
        QCOMPARE(model.index(row, ProxyStatusModel::IstiodColumn).data().toString(), m_istiods[0].pod);
        const int other = row == 0 ? 1 : 0;
        QCOMPARE(model.index(other, ProxyStatusModel::CdsColumn).data().toString(), QStringLiteral("SYNCED"));

        // The config moves on without the stale proxy: istiod's view of it has a new ServiceEntry's cluster, its
        // Envoy does not; a proxy in sync has it in both.
        const QJsonObject entry { { QStringLiteral("apiVersion"), QStringLiteral("networking.istio.io/v1") },
            { QStringLiteral("kind"), QStringLiteral("ServiceEntry") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("meshscope-test-external") },
                    { QStringLiteral("namespace"), QStringLiteral("bookinfo") } } },
            { QStringLiteral("spec"),
                QJsonObject { { QStringLiteral("hosts"), QJsonArray { testHost } },
                    { QStringLiteral("ports"),
                        QJsonArray { QJsonObject { { QStringLiteral("number"), 443 },
                            { QStringLiteral("name"), QStringLiteral("https") },
                            { QStringLiteral("protocol"), QStringLiteral("TLS") } } } },
                    { QStringLiteral("resolution"), QStringLiteral("DNS") },
                    { QStringLiteral("location"), QStringLiteral("MESH_EXTERNAL") } } } };
        const KubeWriteResult applied
            = write([&](KubeWriter& w, KubeWriter::Done d) { w.apply(serviceEntries, entry, {}, this, d); });
        QVERIFY2(applied.ok(), qPrintable(applied.message));
        const QString newCluster = QStringLiteral("outbound|443||") + testHost;
        const EnvoyConfigDump istiodView = istiodDump(staleProxy);
        QVERIFY2(istiodView.error.isEmpty(), qPrintable(istiodView.error));
        QVERIFY(clusterNames(istiodView).contains(newCluster));
        const QString stalePod = staleProxy.section(QLatin1Char('.'), 0, 0);
        const EnvoyConfigDump envoyView = envoyDump(stalePod, false);
        QVERIFY2(envoyView.error.isEmpty(), qPrintable(envoyView.error));
        QVERIFY(clusterNames(envoyView).contains(reviewsCluster));
        QVERIFY(!clusterNames(envoyView).contains(newCluster));
        const QString syncedPod = m_podOfApp.value(QStringLiteral("productpage"));
        QVERIFY(syncedPod != stalePod);
        QVERIFY(clusterNames(envoyDump(syncedPod, false)).contains(newCluster));

        adminRequest("DELETE", QStringLiteral("/proxies/stale"));
        QVERIFY(write([&](KubeWriter& w, KubeWriter::Done d) {
            w.remove(
                serviceEntries, QStringLiteral("bookinfo"), QStringLiteral("meshscope-test-external"), {}, this, d);
        }).ok());
        const SynczResult back = syncz();
        QCOMPARE(findProxy(back.proxies, staleProxy)->states.value(XdsType::Cds), XdsSyncState::Synced);
    }

    void registryEndpointsAndConfig()
    {
        QVERIFY(!m_istiods.isEmpty());
        const IstiodInstance istiod = m_istiods[0];
        const RegistryzResult registry
            = await<RegistryzResult>([&](QObject* context, std::function<void(const RegistryzResult&)> done) {
                  m_istio->registryz(istiod, context, done);
              });
        QVERIFY2(registry.error.isEmpty(), qPrintable(registry.error));
        const IstiodService* reviews = nullptr;
        bool external = false;
        for (const IstiodService& service : registry.services) {
            if (service.hostname == reviewsHost)
                reviews = &service;
            external |= service.registry == QLatin1String("External") && service.meshExternal;
        }
        QVERIFY(reviews);
        QCOMPARE(reviews->name, QStringLiteral("reviews"));
        QCOMPARE(reviews->serviceNamespace, QStringLiteral("bookinfo"));
        QCOMPARE(reviews->registry, QStringLiteral("Kubernetes"));
        QVERIFY(reviews->ports.contains(std::pair { QStringLiteral("http"), 9080 }));
        QVERIFY(external); // Bookinfo's egress ServiceEntry

        const EndpointzResult endpoints
            = await<EndpointzResult>([&](QObject* context, std::function<void(const EndpointzResult&)> done) {
                  m_istio->endpointz(istiod, context, done);
              });
        QVERIFY2(endpoints.error.isEmpty(), qPrintable(endpoints.error));
        QSet<QString> reviewsAddresses;
        for (const IstiodEndpoint& endpoint : endpoints.endpoints) {
            if (endpoint.service != reviewsHost)
                continue;
            reviewsAddresses.insert(endpoint.address);
            QCOMPARE(endpoint.port, 9080);
            QCOMPARE(endpoint.endpointNamespace, QStringLiteral("bookinfo"));
            QVERIFY2(endpoint.serviceAccount.endsWith(QLatin1String("/sa/bookinfo-reviews")),
                qPrintable(endpoint.serviceAccount));
            QVERIFY(endpoint.workload.startsWith(QLatin1String("reviews-v")));
        }
        QSet<QString> reviewsPods;
        for (auto it = m_ipOfPod.constBegin(); it != m_ipOfPod.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1String("reviews-")))
                reviewsPods.insert(it.value());
        }
        QCOMPARE(reviewsPods.size(), 3);
        QCOMPARE(reviewsAddresses, reviewsPods);

        const ConfigzResult configs
            = await<ConfigzResult>([&](QObject* context, std::function<void(const ConfigzResult&)> done) {
                  m_istio->configz(istiod, context, done);
              });
        QVERIFY2(configs.error.isEmpty(), qPrintable(configs.error));
        QStringList kinds;
        bool reviewsVs = false;
        for (const QJsonObject& config : configs.configs) {
            kinds << config.value(QLatin1String("kind")).toString();
            const QJsonObject metadata = config.value(QLatin1String("metadata")).toObject();
            reviewsVs |= config.value(QLatin1String("kind")).toString() == QLatin1String("VirtualService")
                && metadata.value(QLatin1String("name")).toString() == QLatin1String("reviews")
                && metadata.value(QLatin1String("namespace")).toString() == QLatin1String("bookinfo");
        }
        QVERIFY(reviewsVs);
        QVERIFY(kinds.contains(QStringLiteral("DestinationRule")));
        QVERIFY(kinds.contains(QStringLiteral("Gateway")));
    }

    // Envoy /config_dump with and without EDS, and istiod's view of the same proxy.
    void envoyConfigDumps()
    {
        const QString pod = m_podOfApp.value(QStringLiteral("productpage"));
        const EnvoyConfigDump withEds = envoyDump(pod, true);
        QVERIFY2(withEds.error.isEmpty(), qPrintable(withEds.error));
        QVERIFY2(withEds.nodeId.contains(pod + QStringLiteral(".bookinfo")), qPrintable(withEds.nodeId));
        QVERIFY(!withEds.istioVersion.isEmpty());
        const EnvoyCluster* reviews = nullptr;
        for (const EnvoyCluster& cluster : withEds.clusters) {
            if (cluster.name == reviewsCluster)
                reviews = &cluster;
        }
        QVERIFY(reviews);
        QCOMPARE(reviews->direction, QStringLiteral("outbound"));
        QCOMPARE(reviews->port, 9080);
        QCOMPARE(reviews->serviceFqdn, reviewsHost);
        QCOMPARE(reviews->type, QStringLiteral("EDS"));
        QVERIFY(reviews->dynamic);
        QVERIFY(!withEds.listeners.isEmpty());
        bool reviewsRoute = false;
        for (const EnvoyRouteEntry& route : withEds.routes)
            reviewsRoute |= route.routeConfig == QLatin1String("9080") && route.domains.contains(reviewsHost);
        QVERIFY(reviewsRoute);
        QVERIFY(!withEds.secrets.isEmpty());
        QSet<QString> endpointAddresses;
        for (const EnvoyEndpoint& endpoint : withEds.endpoints) {
            if (endpoint.cluster == reviewsCluster)
                endpointAddresses.insert(endpoint.address);
        }
        QSet<QString> expected;
        for (auto it = m_ipOfPod.constBegin(); it != m_ipOfPod.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1String("reviews-")))
                expected.insert(it.value() + QStringLiteral(":9080"));
        }
        QCOMPARE(endpointAddresses, expected);

        const EnvoyConfigDump withoutEds = envoyDump(pod, false);
        QVERIFY2(withoutEds.error.isEmpty(), qPrintable(withoutEds.error));
        QVERIFY(withoutEds.endpoints.isEmpty());
        QCOMPARE(clusterNames(withoutEds), clusterNames(withEds));

        const EnvoyConfigDump istiodView = istiodDump(pod + QStringLiteral(".bookinfo"));
        QVERIFY2(istiodView.error.isEmpty(), qPrintable(istiodView.error));
        QVERIFY(clusterNames(istiodView).contains(reviewsCluster));
        QVERIFY(!istiodDump(QStringLiteral("no-such-pod.bookinfo")).error.isEmpty());
    }

    void envoyClustersAndStats()
    {
        const QString pod = m_podOfApp.value(QStringLiteral("productpage"));
        const EnvoyClustersResult clusters
            = await<EnvoyClustersResult>([&](QObject* context, std::function<void(const EnvoyClustersResult&)> done) {
                  m_istio->envoyClusters(QStringLiteral("bookinfo"), pod, context, done);
              });
        QVERIFY2(clusters.error.isEmpty(), qPrintable(clusters.error));
        const EnvoyClusterStatus* reviews = nullptr;
        for (const EnvoyClusterStatus& cluster : clusters.clusters) {
            if (cluster.name == reviewsCluster)
                reviews = &cluster;
        }
        QVERIFY(reviews);
        QCOMPARE(reviews->settings.value(QStringLiteral("added_via_api")), QStringLiteral("true"));
        QCOMPARE(reviews->hosts.size(), 3);
        for (const EnvoyClusterHost& host : reviews->hosts) {
            QVERIFY(host.healthy());
            QVERIFY(host.address.endsWith(QLatin1String(":9080")));
            QVERIFY(host.stats.contains(QStringLiteral("cx_active")));
        }

        const PromTextResult stats
            = await<PromTextResult>([&](QObject* context, std::function<void(const PromTextResult&)> done) {
                  m_istio->envoyStats(QStringLiteral("bookinfo"), pod, context, done);
              });
        QVERIFY2(stats.error.isEmpty(), qPrintable(stats.error));
        QCOMPARE(stats.types.value(QStringLiteral("istio_requests_total")), QStringLiteral("counter"));
        bool toReviews = false;
        for (const PromTextSample& sample : stats.samples) {
            if (sample.name != QLatin1String("istio_requests_total"))
                continue;
            // A sidecar reports its outgoing requests as the source, its incoming ones as the destination.
            const bool source = sample.labels.value(QStringLiteral("reporter")) == QLatin1String("source");
            QCOMPARE(sample.labels.value(
                         source ? QStringLiteral("source_workload") : QStringLiteral("destination_workload")),
                QStringLiteral("productpage-v1"));
            toReviews |= sample.labels.value(QStringLiteral("destination_service")) == reviewsHost && sample.value > 0;
        }
        QVERIFY(toReviews);
    }

    // A pod without Envoy admin (istiod itself): the pod proxy's 503 comes back as an error naming the pod.
    void podWithoutEnvoy()
    {
        QVERIFY(!m_istiods.isEmpty());
        const EnvoyClustersResult result
            = await<EnvoyClustersResult>([&](QObject* context, std::function<void(const EnvoyClustersResult&)> done) {
                  m_istio->envoyClusters(m_istiods[0].podNamespace, m_istiods[0].pod, context, done);
              });
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(result.error.contains(m_istiods[0].pod), qPrintable(result.error));
        QVERIFY(result.clusters.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIstioSim)
#include "tst_istiosim.moc"
