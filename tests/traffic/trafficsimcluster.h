#pragma once

// A connection to the simulator for the traffic tests: the kubeconfig's context, discovery done, and the objects
// read and written raw (not through the code under test).

#include "models/kube/kubeapi.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/kubediscovery.h"
#include "support/simprocess.h"
#include "support/synchttp.h"
#include "support/waiting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace meshscope::testing {

struct SimCluster
{
    std::unique_ptr<KubeApi> api;
    std::unique_ptr<KubeDiscovery> discovery;
    QString error;

    static std::unique_ptr<SimCluster> connect(const SimProcess& sim, const QString& context = {})
    {
        auto cluster = std::make_unique<SimCluster>();
        const Kubeconfig::Result config = Kubeconfig::load({ sim.kubeconfig() }, context, true);
        if (!config.ok()) {
            cluster->error = config.error;
            return cluster;
        }
        cluster->api = std::make_unique<KubeApi>(*config.selection);
        cluster->discovery = std::make_unique<KubeDiscovery>(cluster->api.get());
        bool done = false;
        QObject::connect(
            cluster->discovery.get(), &KubeDiscovery::finished, cluster->discovery.get(), [&] { done = true; });
        cluster->discovery->run();
        if (!waitUntil([&] { return done; }, 30000))
            cluster->error = QStringLiteral("discovery did not finish");
        return cluster;
    }
};

// GET/PUT/DELETE of Istio and Gateway API objects with the admin token, bypassing the code under test.
class RawObjects
{
public:
    explicit RawObjects(SimProcess& sim)
        : m_sim(sim)
        , m_api(sim)
    { }

    static QString path(const QString& kind, const QString& name, const QString& ns = QStringLiteral("bookinfo"))
    {
        if (kind == QLatin1String("services"))
            return QStringLiteral("/api/v1/namespaces/%1/services/%2").arg(ns, name);
        const QString group = kind == QLatin1String("httproutes") ? QStringLiteral("gateway.networking.k8s.io/v1")
                                                                  : QStringLiteral("networking.istio.io/v1");
        return QStringLiteral("/apis/%1/namespaces/%2/%3/%4").arg(group, ns, kind, name);
    }

    QJsonObject get(const QString& kind, const QString& name)
    {
        const HttpResult result = m_api.request("GET", path(kind, name), m_sim.token());
        return result.status == 200 ? QJsonDocument::fromJson(result.body).object() : QJsonObject();
    }
    int put(const QString& kind, const QJsonObject& object)
    {
        const QString name = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        return m_api
            .request("PUT", path(kind, name), m_sim.token(), QJsonDocument(object).toJson(QJsonDocument::Compact))
            .status;
    }
    int create(const QString& kind, const QJsonObject& object)
    {
        const QString collection = path(kind, QString()).chopped(1);
        return m_api.request("POST", collection, m_sim.token(), QJsonDocument(object).toJson(QJsonDocument::Compact))
            .status;
    }
    int remove(const QString& kind, const QString& name)
    {
        return m_api.request("DELETE", path(kind, name), m_sim.token()).status;
    }

private:
    SimProcess& m_sim;
    ApiClient m_api;
};

} // namespace meshscope::testing
