// The Kubernetes connection layer against the real meshscope-sim (a child process): every credential kind,
// read-only mode, watches that drop, 410 relists, 429/500 back-off, and writes with a 409 conflict.
#include "models/connectionstatus.h"
#include "models/kube/clustersession.h"
#include "models/kube/kubeinformer.h"
#include "models/kube/kubewriter.h"
#include "support/simprocess.h"
#include "support/waiting.h"

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

QJsonObject configMap(const QString& name, const QString& value)
{
    return { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("ConfigMap") },
        { QStringLiteral("metadata"),
            QJsonObject {
                { QStringLiteral("name"), name }, { QStringLiteral("namespace"), QStringLiteral("default") } } },
        { QStringLiteral("data"), QJsonObject { { QStringLiteral("value"), value } } } };
}

QString writeFile(const QString& path, const QByteArray& text, bool executable = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class TestKubeSim : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<KubeApi> m_api;
    QTemporaryDir m_dir;

    // POSTs to the simulator's admin URL (fault knobs) and returns the JSON answer.
    QJsonObject admin(const QString& path, const QJsonObject& body = {})
    {
        return m_sim.adminRequest("POST", path, QJsonDocument(body).toJson()).json;
    }

    KubeWriteResult write(const std::function<void(KubeWriter&, KubeWriter::Done)>& call)
    {
        KubeWriter writer(m_api.get());
        return waitForCallback<KubeWriteResult>([&](auto done) { call(writer, done); }).value_or(KubeWriteResult {});
    }

    HttpResponse get(const QString& path)
    {
        std::optional<HttpResponse> response;
        KubeRequest request;
        request.path = path;
        m_api->send(request, this, [&](const HttpResponse& r) { response = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 30000); }();
        return response.value_or(HttpResponse {});
    }

    // A kubeconfig whose user runs an exec plugin script; CA as a relative file next to it.
    QString execKubeconfig(const QByteArray& script, const QByteArray& apiVersion)
    {
        const auto admin = Kubeconfig::load({ m_sim.kubeconfig() });
        writeFile(m_dir.filePath(QStringLiteral("ca.pem")), admin.selection->cluster.certificateAuthorityData);
        writeFile(m_dir.filePath(QStringLiteral("plugin.sh")), script, true);
        return writeFile(m_dir.filePath(QStringLiteral("exec-kubeconfig")),
            "apiVersion: v1\nkind: Config\ncurrent-context: exec\ncontexts:\n- name: exec\n  context: {cluster: sim, "
            "user: plugin}\nclusters:\n- name: sim\n  cluster:\n    server: "
                + admin.selection->cluster.server.toString().toUtf8()
                + "\n    certificate-authority: ca.pem\nusers:\n- name: plugin\n  user:\n    exec:\n      apiVersion: "
                + apiVersion + "\n      command: ./plugin.sh\n      interactiveMode: IfAvailable\n");
    }

    QByteArray adminToken() const { return Kubeconfig::load({ m_sim.kubeconfig() }).selection->user.token; }

private slots:
    void initTestCase()
    {
        // Short watch history so an old resourceVersion really is compacted away (410).
        QVERIFY2(m_sim.start({ QStringLiteral("--watch-history"), QStringLiteral("3") }), qPrintable(m_sim.error()));
        const auto config = Kubeconfig::load({ m_sim.kubeconfig() });
        QVERIFY2(config.ok(), qPrintable(config.error));
        m_api = std::make_unique<KubeApi>(*config.selection);
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_sim.stop();
    }

    void credentialKinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("bearer token") << QStringLiteral("meshscope-sim") << false;
        QTest::newRow("client certificate") << QStringLiteral("meshscope-sim-cert") << false;
        QTest::newRow("read-only token") << QStringLiteral("meshscope-sim-readonly") << true;
        QTest::newRow("exec plugin v1") << QStringLiteral("exec:client.authentication.k8s.io/v1") << false;
        QTest::newRow("exec plugin v1beta1") << QStringLiteral("exec:client.authentication.k8s.io/v1beta1") << false;
    }

    void credentialKinds()
    {
        QFETCH(QString, kind);
        QFETCH(bool, readOnly);
        QString kubeconfig = m_sim.kubeconfig();
        QString context = kind;
        if (kind.startsWith(QLatin1String("exec:"))) {
            const QByteArray apiVersion = kind.mid(5).toUtf8();
            kubeconfig = execKubeconfig("#!/bin/sh\nprintf '{\"apiVersion\":\"" + apiVersion
                    + "\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"%s\"}}' '" + adminToken() + "'\n",
                apiVersion);
            context.clear();
        }
        ConnectionStatus status;
        ClusterSession session(&status);
        QSignalSpy ready(&session, &ClusterSession::ready);
        session.open({ kubeconfig }, context, true);
        QTRY_VERIFY2_WITH_TIMEOUT(session.isReady() || !session.error().isEmpty(), qPrintable(session.error()), 30000);
        QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
        QCOMPARE(session.isReadOnly(), readOnly);
        QCOMPARE(session.discovery()->version(QStringLiteral("networking.istio.io")), QStringLiteral("v1"));
        QTRY_VERIFY_WITH_TIMEOUT(session.podsModel()->rowCount() > 5, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(session.istioConfigModel()->rowCount() >= 8, 30000); // 4 VS + 4 DR at least
        QTRY_VERIFY_WITH_TIMEOUT(session.namespacesModel()->rowCount() >= 4, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), ConnectionStatus::State::Connected, 30000);
        if (readOnly) {
            std::optional<KubeWriteResult> result;
            session.writer()->mergePatch(virtualServices, QStringLiteral("bookinfo"), QStringLiteral("reviews"),
                QJsonObject { { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("labels"),
                        QJsonObject { { QStringLiteral("x"), QStringLiteral("y") } } } } } },
                {}, this, [&](const KubeWriteResult& r) { result = r; });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
            QCOMPARE(result->outcome, KubeWriteResult::Outcome::Forbidden);
            QVERIFY(!result->message.isEmpty());
        }
        QVERIFY(!status.message().contains(QString::fromLatin1(adminToken())));
    }

    // Istio serves EnvoyFilter only as v1alpha3 and ProxyConfig only as v1beta1 next to v1 for the rest of
    // networking.istio.io (the simulator's CRDs too): both must be discovered, listed and watched.
    void kindsOnlyInOlderVersionsAreWatched()
    {
        ConnectionStatus status;
        ClusterSession session(&status);
        session.open({ m_sim.kubeconfig() });
        QTRY_VERIFY2_WITH_TIMEOUT(session.isReady() || !session.error().isEmpty(), qPrintable(session.error()), 30000);
        QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
        const QString group = QStringLiteral("networking.istio.io");
        QCOMPARE(session.discovery()->version(group), QStringLiteral("v1"));
        const auto envoyFilters = session.discovery()->resource(group, QStringLiteral("envoyfilters"));
        const auto proxyConfigs = session.discovery()->resource(group, QStringLiteral("proxyconfigs"));
        const auto vs = session.discovery()->resource(group, QStringLiteral("virtualservices"));
        QVERIFY(envoyFilters && proxyConfigs && vs);
        QCOMPARE(envoyFilters->version, QStringLiteral("v1alpha3"));
        QCOMPARE(proxyConfigs->version, QStringLiteral("v1beta1"));
        QCOMPARE(vs->version, QStringLiteral("v1"));
        KubeInformer* filterInformer = session.informer(group, QStringLiteral("envoyfilters"));
        KubeInformer* proxyInformer = session.informer(group, QStringLiteral("proxyconfigs"));
        QVERIFY(filterInformer && proxyInformer);
        QTRY_VERIFY_WITH_TIMEOUT(filterInformer->state() == KubeInformer::State::Watching
                && proxyInformer->state() == KubeInformer::State::Watching,
            30000);

        // Created after the watches started: they must arrive through them into the Istio config model.
        const auto object = [](const KubeResource& resource, const char* name, const QJsonObject& spec) {
            return QJsonObject { { QStringLiteral("apiVersion"), resource.groupVersion() },
                { QStringLiteral("kind"), resource.kind },
                { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
                        { QStringLiteral("namespace"), QStringLiteral("bookinfo") } } },
                { QStringLiteral("spec"), spec } };
        };
        const KubeWriteResult filter = write([&](KubeWriter& w, KubeWriter::Done d) {
            w.apply(*envoyFilters,
                object(*envoyFilters, "meshscope-filter", { { QStringLiteral("configPatches"), QJsonArray {} } }), {},
                this, d);
        });
        QVERIFY2(filter.ok(), qPrintable(filter.message));
        const KubeWriteResult proxy = write([&](KubeWriter& w, KubeWriter::Done d) {
            w.apply(*proxyConfigs, object(*proxyConfigs, "meshscope-proxy", { { QStringLiteral("concurrency"), 2 } }),
                {}, this, d);
        });
        QVERIFY2(proxy.ok(), qPrintable(proxy.message));
        KubeObjectModel* model = session.istioConfigModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("EnvoyFilter"), filter.object) >= 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("ProxyConfig"), proxy.object) >= 0, 30000);
        QCOMPARE(filterInformer->listCount(), 1); // through the watch, not a relist
        for (const auto& [resource, name] :
            { std::pair { *envoyFilters, "meshscope-filter" }, std::pair { *proxyConfigs, "meshscope-proxy" } }) {
            QVERIFY(write([&](KubeWriter& w, KubeWriter::Done d) {
                w.remove(resource, QStringLiteral("bookinfo"), QString::fromLatin1(name), {}, this, d);
            }).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(QStringLiteral("EnvoyFilter"), filter.object), -1, 30000);
    }

    void execPluginRunsAgainAfter401()
    {
        // The first run hands out a revoked token, the second a good one: the 401 must trigger the second run.
        const QString counter = m_dir.filePath(QStringLiteral("exec-runs"));
        const QString kubeconfig = execKubeconfig("#!/bin/sh\necho run >> '" + counter.toUtf8() + "'\nif [ $(wc -l < '"
                + counter.toUtf8() + "') -eq 1 ]; then T=revoked; else T='" + adminToken()
                + "'; fi\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                  "\"status\":{\"token\":\"%s\"}}' \"$T\"\n",
            "client.authentication.k8s.io/v1");
        const auto config = Kubeconfig::load({ kubeconfig }, {}, true);
        QVERIFY2(config.ok(), qPrintable(config.error));
        KubeApi api(*config.selection);
        std::optional<HttpResponse> response;
        KubeRequest request;
        request.path = QStringLiteral("/api/v1/namespaces");
        api.send(request, this, [&](const HttpResponse& r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 30000);
        QVERIFY2(response->ok(), qPrintable(KubeApi::errorMessage(*response)));
        QFile runs(counter);
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll().count('\n'), 2);
    }

    // A tokenFile is read again when it changes (a rotated service-account token), without a new kubeconfig load.
    void tokenFileReReadWhenItChanges()
    {
        const auto admin = Kubeconfig::load({ m_sim.kubeconfig() });
        writeFile(
            m_dir.filePath(QStringLiteral("ca-token-file.pem")), admin.selection->cluster.certificateAuthorityData);
        const QString tokenPath = writeFile(m_dir.filePath(QStringLiteral("token")), "revoked\n");
        const QString kubeconfig = writeFile(m_dir.filePath(QStringLiteral("token-file-kubeconfig")),
            "apiVersion: v1\nkind: Config\ncurrent-context: t\ncontexts:\n- name: t\n  context: {cluster: sim, user: "
            "file}\nclusters:\n- name: sim\n  cluster:\n    server: "
                + admin.selection->cluster.server.toString().toUtf8()
                + "\n    certificate-authority: ca-token-file.pem\nusers:\n- name: file\n  user:\n    tokenFile: "
                  "token\n");
        const auto config = Kubeconfig::load({ kubeconfig }, {}, true);
        QVERIFY2(config.ok(), qPrintable(config.error));
        KubeApi api(*config.selection);
        const auto namespaces = [&] {
            std::optional<HttpResponse> response;
            KubeRequest request;
            request.path = QStringLiteral("/api/v1/namespaces");
            api.send(request, this, [&](const HttpResponse& r) { response = r; });
            QDeadlineTimer deadline(30000);
            while (!response && !deadline.hasExpired())
                QTest::qWait(10);
            return response.value_or(HttpResponse {}).status;
        };
        QCOMPARE(namespaces(), 401);
        writeFile(tokenPath, adminToken() + '\n'); // rotated in place
        QCOMPARE(namespaces(), 200);
        writeFile(tokenPath, "revoked-again\n");
        QCOMPARE(namespaces(), 401);
    }

    void droppedWatchesLoseAndDuplicateNothing()
    {
        KubeInformer informer(m_api.get(), configMaps, QStringLiteral("default"));
        informer.setBackoff(100, 1000); // every drop backs off (the watches are short-lived): keep it quick
        QHash<QString, int> added;
        connect(&informer, &KubeInformer::added, this, [&](const QJsonObject& o) { ++added[objectKey(o)]; });
        informer.start();
        QTRY_VERIFY_WITH_TIMEOUT(informer.hasSynced() && informer.state() == KubeInformer::State::Watching, 30000);
        int dropped = 0;
        for (int i = 0; i < 8; ++i) {
            const QString name = QStringLiteral("drop-%1").arg(i);
            QVERIFY(write([&](KubeWriter& w, KubeWriter::Done d) {
                w.apply(configMaps, configMap(name, QStringLiteral("a")), {}, this, d);
            }).ok());
            if (i % 2 == 0)
                dropped += admin(QStringLiteral("/faults/api/drop-watches")).value(QLatin1String("dropped")).toInt();
            QTRY_VERIFY_WITH_TIMEOUT(informer.state() == KubeInformer::State::Watching, 30000);
        }
        QVERIFY(dropped >= 1);
        for (int i = 0; i < 8; ++i) {
            const QString key = QStringLiteral("default/drop-%1").arg(i);
            QTRY_VERIFY_WITH_TIMEOUT(informer.objects().contains(key), 30000);
            QCOMPARE(added.value(key), 1);
        }
        // The cache equals a fresh list: same keys, same resourceVersions.
        const KubeListPage fresh = parseListPage(get(configMaps.path(QStringLiteral("default"))).body);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QTRY_COMPARE_WITH_TIMEOUT(informer.objects().size(), fresh.items.size(), 30000);
        for (const QJsonObject& item : fresh.items)
            QCOMPARE(objectResourceVersion(informer.objects().value(objectKey(item))), objectResourceVersion(item));
        QCOMPARE(informer.listCount(), 1); // recovered by re-watching, no relist needed
    }

    void serverErrorsBackOffThen410Relists()
    {
        KubeInformer informer(m_api.get(), configMaps, QStringLiteral("default"));
        informer.setBackoff(3000, 6000);
        QSignalSpy errors(&informer, &KubeInformer::errorOccurred);
        informer.start();
        QTRY_VERIFY_WITH_TIMEOUT(informer.hasSynced() && informer.state() == KubeInformer::State::Watching, 30000);
        admin(QStringLiteral("/faults/api"), { { QStringLiteral("errorPercent"), 100 } });
        admin(QStringLiteral("/faults/api/drop-watches"));
        // The dropped stream, then the 500s of the re-watch, each wait out a back-off.
        QTRY_VERIFY_WITH_TIMEOUT(informer.lastError().contains(QStringLiteral("fault injection")), 30000);
        QCOMPARE(informer.state(), KubeInformer::State::Waiting);
        QVERIFY(informer.staleSince().isValid());
        QVERIFY(informer.retryDelayMs() >= 3000 && informer.retryDelayMs() <= 6000);
        QVERIFY(errors.size() >= 1);
        admin(QStringLiteral("/faults/api"), { { QStringLiteral("errorPercent"), 0 } });
        // More changes than the history keeps: the informer's resourceVersion is compacted away.
        for (int i = 0; i < 5; ++i) {
            QVERIFY(write([&](KubeWriter& w, KubeWriter::Done d) {
                w.apply(configMaps, configMap(QStringLiteral("gone-%1").arg(i), QStringLiteral("b")), {}, this, d);
            }).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(informer.listCount(), 2, 30000); // the re-watch got 410 and relisted
        QVERIFY(informer.objects().contains(QStringLiteral("default/gone-4")));
        QTRY_VERIFY_WITH_TIMEOUT(!informer.staleSince().isValid(), 30000);
    }

    void backoffGrowsAndRetryAfterIsHonoured()
    {
        admin(QStringLiteral("/faults/api"), { { QStringLiteral("errorPercent"), 100 } });
        KubeInformer failing(m_api.get(), configMaps, QStringLiteral("default"));
        failing.setBackoff(100, 10000);
        QList<int> delays;
        connect(&failing, &KubeInformer::errorOccurred, this,
            [&] { QTimer::singleShot(0, this, [&] { delays << failing.retryDelayMs(); }); });
        failing.start();
        QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 3, 30000);
        failing.stop();
        // Exponential with jitter: 100–150, 200–300, 400–600 ms.
        QVERIFY2(delays.at(0) >= 100 && delays.at(0) <= 150, qPrintable(QString::number(delays.at(0))));
        QVERIFY2(delays.at(1) >= 200 && delays.at(1) <= 300, qPrintable(QString::number(delays.at(1))));
        QVERIFY2(delays.at(2) >= 400 && delays.at(2) <= 600, qPrintable(QString::number(delays.at(2))));

        admin(QStringLiteral("/faults/api"),
            { { QStringLiteral("errorPercent"), 0 }, { QStringLiteral("throttlePercent"), 100 },
                { QStringLiteral("retryAfterSeconds"), 2 } });
        KubeInformer throttled(m_api.get(), configMaps, QStringLiteral("default"));
        throttled.setBackoff(100, 10000);
        QSignalSpy errors(&throttled, &KubeInformer::errorOccurred);
        throttled.start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1, 30000);
        QCOMPARE(throttled.state(), KubeInformer::State::Waiting);
        QCOMPARE(throttled.retryDelayMs(), 2000); // Retry-After, not the 100 ms back-off
        admin(QStringLiteral("/faults/api"), { { QStringLiteral("throttlePercent"), 0 } });
        QTRY_VERIFY_WITH_TIMEOUT(throttled.hasSynced(), 30000);
    }

    void writesAndConflicts()
    {
        const QString vsPath = virtualServices.path(QStringLiteral("bookinfo"), QStringLiteral("reviews"));
        const QJsonObject before = QJsonDocument::fromJson(get(vsPath).body).object();
        QVERIFY(!objectResourceVersion(before).isEmpty());
        // Someone changes it under us…
        const KubeWriteResult patched = write([&](KubeWriter& w, KubeWriter::Done d) {
            w.mergePatch(virtualServices, QStringLiteral("bookinfo"), QStringLiteral("reviews"),
                QJsonObject { { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("labels"),
                        QJsonObject { { QStringLiteral("touched"), QStringLiteral("yes") } } } } } },
                {}, this, d);
        });
        QVERIFY2(patched.ok(), qPrintable(patched.message));
        // …so our update with the old resourceVersion conflicts and brings the live object along.
        const KubeWriteResult conflict
            = write([&](KubeWriter& w, KubeWriter::Done d) { w.update(virtualServices, before, {}, this, d); });
        QCOMPARE(conflict.outcome, KubeWriteResult::Outcome::Conflict);
        QCOMPARE(conflict.status, 409);
        QVERIFY(!conflict.message.isEmpty());
        QCOMPARE(objectResourceVersion(conflict.liveObject), objectResourceVersion(patched.object));
        QCOMPARE(conflict.liveObject.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("labels"))
                     .toObject()
                     .value(QLatin1String("touched")),
            QJsonValue(QStringLiteral("yes")));

        // Server-side apply: dry run first stores nothing, then for real with our field manager, then delete.
        QJsonObject vs { { QStringLiteral("apiVersion"), QStringLiteral("networking.istio.io/v1") },
            { QStringLiteral("kind"), QStringLiteral("VirtualService") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("meshscope-test") },
                    { QStringLiteral("namespace"), QStringLiteral("bookinfo") } } },
            { QStringLiteral("spec"),
                QJsonObject { { QStringLiteral("hosts"), QJsonArray { QStringLiteral("ratings") } } } } };
        const KubeWriteResult dry = write(
            [&](KubeWriter& w, KubeWriter::Done d) { w.apply(virtualServices, vs, { .dryRun = true }, this, d); });
        QVERIFY2(dry.ok(), qPrintable(dry.message));
        QVERIFY(dry.dryRun);
        const QString testPath = virtualServices.path(QStringLiteral("bookinfo"), QStringLiteral("meshscope-test"));
        QCOMPARE(get(testPath).status, 404);
        const KubeWriteResult applied
            = write([&](KubeWriter& w, KubeWriter::Done d) { w.apply(virtualServices, vs, {}, this, d); });
        QVERIFY2(applied.ok(), qPrintable(applied.message));
        const QJsonArray managed = applied.object.value(QLatin1String("metadata"))
                                       .toObject()
                                       .value(QLatin1String("managedFields"))
                                       .toArray();
        QVERIFY(!managed.isEmpty());
        QCOMPARE(managed.first().toObject().value(QLatin1String("manager")).toString(), QStringLiteral("meshscope"));
        QCOMPARE(get(testPath).status, 200);
        const KubeWriteResult removed = write([&](KubeWriter& w, KubeWriter::Done d) {
            w.remove(virtualServices, QStringLiteral("bookinfo"), QStringLiteral("meshscope-test"), {}, this, d);
        });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(get(testPath).status, 404);
        const KubeWriteResult missing = write([&](KubeWriter& w, KubeWriter::Done d) {
            w.remove(virtualServices, QStringLiteral("bookinfo"), QStringLiteral("meshscope-test"), {}, this, d);
        });
        QCOMPARE(missing.outcome, KubeWriteResult::Outcome::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKubeSim)
#include "tst_kubesim.moc"
