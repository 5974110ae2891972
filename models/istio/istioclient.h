#pragma once

#include "envoyadmin.h"
#include "envoyconfigdump.h"
#include "istioddebug.h"
#include "models/kube/kubeapi.h"
#include "syncz.h"

#include <QObject>

namespace meshscope {

struct IstiodInstance
{
    QString pod;
    QString podNamespace;
    QString revision; // istio.io/rev label, "default" when absent
    QString version; // the tag of its discovery image
    bool running = false;
};

// Talks to istiod (port 15014) and to Envoy admin (port 15000) through the API server's pod proxy. Every call is
// asynchronous; bodies are parsed on a worker thread; callbacks are dropped when their context is gone.
class IstioClient : public QObject
{
    Q_OBJECT
public:
    explicit IstioClient(KubeApi* api, QObject* parent = nullptr);

    // istiod pods (label app=istiod) in every namespace, with their revisions.
    void findIstiods(QObject* context, std::function<void(const QList<IstiodInstance>&, const QString& error)> done);

    // /debug/syncz of every given istiod, merged; each proxy names the istiod that reported it.
    void syncz(const QList<IstiodInstance>& istiods, QObject* context, std::function<void(const SynczResult&)> done);
    // The same, one answer per istiod (in the order given).
    struct IstiodSyncz
    {
        IstiodInstance istiod;
        SynczResult result;
    };
    void synczEach(
        const QList<IstiodInstance>& istiods, QObject* context, std::function<void(const QList<IstiodSyncz>&)> done);
    void registryz(const IstiodInstance& istiod, QObject* context, std::function<void(const RegistryzResult&)> done);
    void endpointz(const IstiodInstance& istiod, QObject* context, std::function<void(const EndpointzResult&)> done);
    void configz(const IstiodInstance& istiod, QObject* context, std::function<void(const ConfigzResult&)> done);
    // istiod's view of a proxy's config: proxyId is "pod.namespace".
    void istiodConfigDump(const IstiodInstance& istiod, const QString& proxyId, QObject* context,
        std::function<void(const EnvoyConfigDump&)> done);

    // Envoy admin of a sidecar.
    void envoyConfigDump(const QString& ns, const QString& pod, bool includeEds, QObject* context,
        std::function<void(const EnvoyConfigDump&)> done);
    void envoyClusters(
        const QString& ns, const QString& pod, QObject* context, std::function<void(const EnvoyClustersResult&)> done);
    void envoyStats(
        const QString& ns, const QString& pod, QObject* context, std::function<void(const PromTextResult&)> done);
    // /clusters?format=json: every host of every cluster with health and outlier ejection.
    void envoyHostStatuses(
        const QString& ns, const QString& pod, QObject* context, std::function<void(const EnvoyHostStatuses&)> done);

    // Any Envoy admin or istiod debug path, unparsed (GET, or POST for /logging). error is empty on success.
    using RawDone = std::function<void(const QByteArray& body, const QString& error)>;
    void envoyAdmin(const QString& ns, const QString& pod, const QByteArray& method, const QString& path,
        const QUrlQuery& query, QObject* context, RawDone done, int port = envoyAdminPort);
    void istiodDebug(
        const IstiodInstance& istiod, const QString& path, const QUrlQuery& query, QObject* context, RawDone done);

    static constexpr int istiodDebugPort = 15014;
    static constexpr int envoyAdminPort = 15000;

private:
    // GETs a pod-proxy path and parses the body with parse (on a worker); errors go into Result::error.
    template <typename Result>
    void fetch(const QString& ns, const QString& pod, int port, const QString& path, const QUrlQuery& query,
        QObject* context, std::function<Result(const QByteArray&)> parse, std::function<void(const Result&)> done);

    void raw(const QString& ns, const QString& pod, int port, const QByteArray& method, const QString& path,
        const QUrlQuery& query, QObject* context, RawDone done);

    KubeApi* m_api;
};

} // namespace meshscope
