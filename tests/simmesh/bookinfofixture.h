#pragma once

// A small Bookinfo cluster as Kubernetes JSON, for the traffic and mesh unit tests that need no server.

#include "sim/traffic/meshtopology.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshscope::sim::testing {

inline QJsonObject parseJson(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

class FakeCluster
{
public:
    FakeCluster()
    {
        addService("istio-system", "istiod",
            { { "grpc-xds", 15010 }, { "https-dns", 15012 }, { "http-monitoring", 15014 } }, "istiod");
        addService(
            "istio-system", "istio-ingressgateway", { { "http2", 80 }, { "https", 443 } }, "istio-ingressgateway");
        addService("bookinfo", "productpage", { { "http", 9080 } }, "productpage");
        addService("bookinfo", "details", { { "http", 9080 } }, "details");
        addService("bookinfo", "reviews", { { "http", 9080 } }, "reviews");
        addService("bookinfo", "ratings", { { "http", 9080 } }, "ratings");
        addService("bookinfo", "mongodb", { { "mongo", 27017 } }, "mongodb");
        addPod("istio-system", "istiod-7d4b9c8f6-abcde", "istiod", "", "istiod", false, "10.1.0.2");
        addPod("istio-system", "istio-ingressgateway-6b7c9d-xk2lp", "istio-ingressgateway", "",
            "istio-ingressgateway-service-account", false, "10.1.0.3", "ingressgateway");
        addPod("bookinfo", "productpage-v1-6b746f74dc-9stvs", "productpage", "v1", "bookinfo-productpage", true,
            "10.1.1.2");
        addPod("bookinfo", "details-v1-5f4d584748-k8h6m", "details", "v1", "bookinfo-details", true, "10.1.1.3");
        addPod("bookinfo", "reviews-v1-6c8f9b7d5-aaaaa", "reviews", "v1", "bookinfo-reviews", true, "10.1.1.4");
        addPod("bookinfo", "reviews-v2-7d9f8c6e4-bbbbb", "reviews", "v2", "bookinfo-reviews", true, "10.1.1.5");
        addPod("bookinfo", "reviews-v3-8e7a6d5f3-ccccc", "reviews", "v3", "bookinfo-reviews", true, "10.1.1.6");
        addPod("bookinfo", "ratings-v1-b6994bb9-ddddd", "ratings", "v1", "bookinfo-ratings", true, "10.1.1.7");
        addPod("bookinfo", "mongodb-v1-7f5b9c8d-eeeee", "mongodb", "v1", "default", true, "10.1.1.8");
        add("networking.istio.io", "destinationrules", parseJson(R"({"apiVersion":"networking.istio.io/v1",
            "kind":"DestinationRule","metadata":{"name":"reviews","namespace":"bookinfo","resourceVersion":"11"},
            "spec":{"host":"reviews","subsets":[{"name":"v1","labels":{"version":"v1"}},
            {"name":"v2","labels":{"version":"v2"}},{"name":"v3","labels":{"version":"v3"}}]}})"));
        add("networking.istio.io", "serviceentries", parseJson(R"({"apiVersion":"networking.istio.io/v1",
            "kind":"ServiceEntry","metadata":{"name":"googleapis","namespace":"bookinfo","resourceVersion":"12"},
            "spec":{"hosts":["www.googleapis.com"],"location":"MESH_EXTERNAL","resolution":"DNS",
            "ports":[{"number":443,"name":"tls","protocol":"TLS"}]}})"));
        setReviewsWeights(100, 0, 0);
    }

    ConfigSource source() const
    {
        return [this](const QString& group, const QString& resource) {
            return m_objects.value(group + QLatin1Char('/') + resource);
        };
    }

    void setReviewsVirtualService(const QJsonObject& spec)
    {
        QJsonObject vs = parseJson(R"({"apiVersion":"networking.istio.io/v1","kind":"VirtualService",
            "metadata":{"name":"reviews","namespace":"bookinfo","resourceVersion":"13"}})");
        vs.insert(QStringLiteral("spec"), spec);
        m_objects[QStringLiteral("networking.istio.io/virtualservices")] = { vs };
    }

    void setReviewsWeights(int v1, int v2, int v3)
    {
        QJsonArray route;
        const int weights[] = { v1, v2, v3 };
        for (int i = 0; i < 3; ++i) {
            route.append(QJsonObject { { QStringLiteral("destination"),
                                           QJsonObject { { QStringLiteral("host"), QStringLiteral("reviews") },
                                               { QStringLiteral("subset"), QStringLiteral("v%1").arg(i + 1) } } },
                { QStringLiteral("weight"), weights[i] } });
        }
        setReviewsVirtualService(QJsonObject { { QStringLiteral("hosts"), QJsonArray { QStringLiteral("reviews") } },
            { QStringLiteral("http"), QJsonArray { QJsonObject { { QStringLiteral("route"), route } } } } });
    }

    void add(const QString& group, const QString& resource, const QJsonObject& object)
    {
        m_objects[group + QLatin1Char('/') + resource].append(object);
    }

    void removeAll(const QString& group, const QString& resource)
    {
        m_objects.remove(group + QLatin1Char('/') + resource);
    }

private:
    void add(const char* group, const char* resource, const QJsonObject& object)
    {
        add(QLatin1String(group), QLatin1String(resource), object);
    }

    void addService(
        const char* ns, const char* name, std::initializer_list<std::pair<const char*, int>> ports, const char* app)
    {
        QJsonArray portArray;
        for (const auto& [portName, port] : ports)
            portArray.append(
                QJsonObject { { QStringLiteral("name"), QLatin1String(portName) }, { QStringLiteral("port"), port },
                    { QStringLiteral("targetPort"), port }, { QStringLiteral("protocol"), QStringLiteral("TCP") } });
        add("", "services",
            QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                { QStringLiteral("kind"), QStringLiteral("Service") },
                { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
                        { QStringLiteral("namespace"), QLatin1String(ns) },
                        { QStringLiteral("resourceVersion"), QStringLiteral("5") },
                        { QStringLiteral("creationTimestamp"), QStringLiteral("2026-11-22T10:00:00Z") } } },
                { QStringLiteral("spec"),
                    QJsonObject { { QStringLiteral("clusterIP"), QStringLiteral("10.96.0.%1").arg(m_nextIp++) },
                        { QStringLiteral("ports"), portArray },
                        { QStringLiteral("selector"),
                            QJsonObject { { QStringLiteral("app"), QLatin1String(app) } } } } } });
    }

    void addPod(const char* ns, const char* name, const char* app, const char* version, const char* serviceAccount,
        bool sidecar, const char* ip, const char* istioLabel = nullptr)
    {
        QJsonObject labels { { QStringLiteral("app"), QLatin1String(app) } };
        if (*version)
            labels.insert(QStringLiteral("version"), QLatin1String(version));
        if (istioLabel)
            labels.insert(QStringLiteral("istio"), QLatin1String(istioLabel));
        QJsonArray containers { QJsonObject { { QStringLiteral("name"), QLatin1String(app) } } };
        QJsonObject annotations;
        if (sidecar) {
            containers.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("istio-proxy") } });
            annotations.insert(QStringLiteral("sidecar.istio.io/status"), QStringLiteral("{}"));
        }
        const QString podName = QLatin1String(name);
        add("", "pods",
            QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                { QStringLiteral("kind"), QStringLiteral("Pod") },
                { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("name"), podName },
                        { QStringLiteral("namespace"), QLatin1String(ns) }, { QStringLiteral("labels"), labels },
                        { QStringLiteral("annotations"), annotations },
                        { QStringLiteral("ownerReferences"),
                            QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("ReplicaSet") },
                                { QStringLiteral("name"),
                                    podName.left(podName.lastIndexOf(QLatin1Char('-'))) } } } } } },
                { QStringLiteral("spec"),
                    QJsonObject { { QStringLiteral("serviceAccountName"), QLatin1String(serviceAccount) },
                        { QStringLiteral("nodeName"), QStringLiteral("sim-node-1") },
                        { QStringLiteral("containers"), containers } } },
                { QStringLiteral("status"), QJsonObject { { QStringLiteral("podIP"), QLatin1String(ip) } } } });
    }

    QHash<QString, QList<QJsonObject>> m_objects;
    int m_nextIp = 10;
};

} // namespace meshscope::sim::testing
