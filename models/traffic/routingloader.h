#pragma once

#include "ownership.h"
#include "servicerouting.h"

#include <QObject>
#include <functional>
#include <memory>

namespace meshscope {

class KubeApi;
class KubeDiscovery;
struct KubeResource;

namespace traffic {

// Reads what the planners need about one service straight from the API server (never from a cache), so that a
// review shows the objects as they are now and the write can be conditional on exactly those: the Service, its
// pods, the namespace's Services, VirtualServices, DestinationRules and HTTPRoutes, and the Rollouts and
// Canaries that may own them. Kinds the cluster does not serve are left empty.
class RoutingLoader : public QObject
{
    Q_OBJECT
public:
    RoutingLoader(KubeApi* api, KubeDiscovery* discovery, QObject* parent = nullptr);

    struct Result
    {
        ServiceRouting routing;
        OwnershipContext owners;
        QString error; // user-facing; routing is then incomplete
        bool serviceMissing = false;
    };
    using Done = std::function<void(const Result&)>;

    // done runs once, unless context is destroyed first.
    void load(const QString& ns, const QString& service, QObject* context, Done done);

    // Every object of a kind in a namespace (following continue tokens); an error text when the list failed.
    // Kinds the cluster does not serve give an empty list and no error.
    void list(const QString& group, const QString& plural, const QString& ns, const QString& labelSelector,
        QObject* context, std::function<void(const QList<QJsonObject>&, const QString& error)> done);

private:
    void listFrom(const KubeResource& resource, const QString& ns, const QString& labelSelector,
        const QString& continueToken, std::shared_ptr<QList<QJsonObject>> items, QObject* context,
        std::function<void(const QList<QJsonObject>&, const QString&)> done);

    KubeApi* m_api;
    KubeDiscovery* m_discovery;
};

} // namespace traffic
} // namespace meshscope
