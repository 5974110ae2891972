#pragma once

// A Bookinfo-like namespace for the planner tests: Service reviews (app=reviews), pods of v1, v2 (two), v3 and one
// without a version label, and the VirtualService/DestinationRule variants the tests combine.

#include "models/traffic/routingplan.h"
#include "models/traffic/servicerouting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace routingfixture {

inline QJsonObject json(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(error.errorString()), text.constData());
    return document.object();
}

inline QJsonObject pod(const QString& name, const QString& version, bool ready = true)
{
    QJsonObject labels { { QStringLiteral("app"), QStringLiteral("reviews") },
        { QStringLiteral("pod-template-hash"), QStringLiteral("abc12") } };
    if (!version.isEmpty())
        labels.insert(QStringLiteral("version"), version);
    const QString deployment
        = version.isEmpty() ? QStringLiteral("reviews-canary") : QStringLiteral("reviews-") + version;
    return QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("Pod") },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), QStringLiteral("bookinfo") },
                { QStringLiteral("labels"), labels },
                { QStringLiteral("ownerReferences"),
                    QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("ReplicaSet") },
                        { QStringLiteral("name"), QString(deployment + QStringLiteral("-abc12")) } } } } } },
        { QStringLiteral("status"),
            QJsonObject { { QStringLiteral("phase"), QStringLiteral("Running") },
                { QStringLiteral("conditions"),
                    QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("Ready") },
                        { QStringLiteral("status"), ready ? QStringLiteral("True") : QStringLiteral("False") } } } } } }
    };
}

inline QJsonObject service(const QString& name, const QString& version = {})
{
    QJsonObject selector { { QStringLiteral("app"), QStringLiteral("reviews") } };
    if (!version.isEmpty())
        selector.insert(QStringLiteral("version"), version);
    return QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("Service") },
        { QStringLiteral("metadata"),
            QJsonObject {
                { QStringLiteral("name"), name }, { QStringLiteral("namespace"), QStringLiteral("bookinfo") } } },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("selector"), selector },
                { QStringLiteral("ports"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("http") },
                        { QStringLiteral("port"), 9080 } } } } } } };
}

// The VirtualService of Istio's Bookinfo sample (jason → v2, else 50/25/25), with a timeout and retries on the
// default route.
inline const char* bookinfoVirtualService = R"({
  "apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
  "metadata": {"name": "reviews", "namespace": "bookinfo", "resourceVersion": "41", "uid": "u-vs",
               "creationTimestamp": "2024-01-01T00:00:00Z", "labels": {"team": "books"},
               "managedFields": [{"manager": "kubectl-client-side-apply"}]},
  "spec": {"hosts": ["reviews"], "http": [
    {"name": "jason", "match": [{"headers": {"end-user": {"exact": "jason"}}}],
     "route": [{"destination": {"host": "reviews", "subset": "v2"}}], "timeout": "2s"},
    {"route": [{"destination": {"host": "reviews", "subset": "v1"}, "weight": 50},
               {"destination": {"host": "reviews", "subset": "v2"}, "weight": 25,
                "headers": {"response": {"add": {"x-canary": "yes"}}}},
               {"destination": {"host": "reviews", "subset": "v3"}, "weight": 25}],
     "timeout": "10s", "retries": {"attempts": 3, "perTryTimeout": "2s", "retryOn": "5xx"},
     "fault": {"delay": {"percentage": {"value": 0.1}, "fixedDelay": "5s"}},
     "headers": {"request": {"set": {"x-route": "default"}}}}]}
})";

inline const char* bookinfoDestinationRule = R"({
  "apiVersion": "networking.istio.io/v1", "kind": "DestinationRule",
  "metadata": {"name": "reviews", "namespace": "bookinfo", "resourceVersion": "40", "uid": "u-dr",
               "creationTimestamp": "2024-01-01T00:00:00Z"},
  "spec": {"host": "reviews", "trafficPolicy": {"loadBalancer": {"simple": "LEAST_REQUEST"}},
           "subsets": [{"name": "v1", "labels": {"version": "v1"}}, {"name": "v2", "labels": {"version": "v2"}},
                       {"name": "v3", "labels": {"version": "v3"}}]}
})";

// The namespace without any routing object.
inline meshscope::traffic::ServiceRouting bare()
{
    meshscope::traffic::ServiceRouting routing;
    routing.service = service(QStringLiteral("reviews"));
    routing.services = { routing.service };
    routing.pods = { pod(QStringLiteral("reviews-v1-1"), QStringLiteral("v1")),
        pod(QStringLiteral("reviews-v2-1"), QStringLiteral("v2")),
        pod(QStringLiteral("reviews-v2-2"), QStringLiteral("v2")),
        pod(QStringLiteral("reviews-v3-1"), QStringLiteral("v3"), false),
        pod(QStringLiteral("reviews-canary-1"), QString()) };
    // Pods of other apps and namespaces are never versions of reviews.
    QJsonObject ratings = pod(QStringLiteral("ratings-v1-1"), QStringLiteral("v9"));
    QJsonObject metadata = ratings.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("labels"),
        QJsonObject { { QStringLiteral("app"), QStringLiteral("ratings") },
            { QStringLiteral("version"), QStringLiteral("v9") } });
    ratings.insert(QStringLiteral("metadata"), metadata);
    routing.pods << ratings;
    return routing;
}

inline meshscope::traffic::ServiceRouting bookinfo()
{
    meshscope::traffic::ServiceRouting routing = bare();
    routing.virtualServices = { json(bookinfoVirtualService) };
    routing.destinationRules = { json(bookinfoDestinationRule) };
    return routing;
}

// The plan's write of a kind, or an empty write.
inline meshscope::traffic::PlannedWrite writeOf(const meshscope::traffic::RoutingPlan& plan, const QString& kind)
{
    for (const meshscope::traffic::PlannedWrite& write : plan.writes) {
        if (write.kind() == kind)
            return write;
    }
    return {};
}

} // namespace routingfixture
