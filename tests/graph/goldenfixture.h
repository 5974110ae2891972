#pragma once

// Kiali's graph test data (../shared/fixtures/kiali/graph): the exact queries Kiali sends with their mocked
// responses, and the golden graph JSON. Read in place via MESHSCOPE_SHARED, never copied.

#include "models/graph/graphbuilder.h"
#include "models/graph/graphexport.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace goldenfixture {

inline QString graphDir()
{
    return QString::fromLocal8Bit(qgetenv("MESHSCOPE_SHARED")) + QStringLiteral("/fixtures/kiali/graph/");
}

inline QJsonDocument readJson(const QString& name, QString* error)
{
    QFile file(graphDir() + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString() + QStringLiteral(": ") + file.fileName();
        return {};
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        *error = parseError.errorString();
    return doc;
}

// A stub Prometheus that answers only the fixture's exact query strings.
struct PromStub
{
    QHash<QString, QByteArray> bodies;
    QStringList order;
    bool load(const QString& name, QString* error)
    {
        const QJsonDocument doc = readJson(name, error);
        if (!doc.isArray())
            return false;
        for (const QJsonValue& entry : doc.array()) {
            const QString query = entry[QStringLiteral("query")].toString();
            bodies.insert(
                query, QJsonDocument(entry[QStringLiteral("response")].toObject()).toJson(QJsonDocument::Compact));
            order.append(query);
        }
        return true;
    }
};

inline QString flagList(const QJsonObject& d)
{
    QStringList flags;
    for (auto it = d.begin(); it != d.end(); ++it) {
        if (it.key().startsWith(QLatin1String("is")) || it.key().startsWith(QLatin1String("has")))
            flags.append(it.key() + (it.value().isString() ? QLatin1Char('=') + it.value().toString() : QString()));
    }
    flags.sort();
    return flags.join(QLatin1Char(','));
}

inline QString identity(const QJsonObject& d)
{
    QStringList parts;
    for (const char* key : { "nodeType", "cluster", "namespace", "workload", "app", "version", "service" })
        parts.append(d.value(QLatin1String(key)).toString());
    return parts.join(QLatin1Char('/'));
}

inline QString sortedObject(const QJsonObject& o)
{
    QStringList entries;
    for (auto it = o.begin(); it != o.end(); ++it) {
        entries.append(it.key() + QLatin1Char('=')
            + (it.value().isObject() ? QLatin1Char('{') + sortedObject(it.value().toObject()) + QLatin1Char('}')
                                     : it.value().toString()));
    }
    entries.sort();
    return entries.join(QLatin1Char(','));
}

// Every node and edge of a Kiali graph JSON as one comparable line, by identity (not by Kiali's hash ids).
inline QStringList describe(const QJsonObject& graph, QStringList* idHashes = nullptr)
{
    const QJsonObject elements = graph.value(QStringLiteral("elements")).toObject();
    QHash<QString, QString> identityById;
    for (const QJsonValue& n : elements.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject d = n[QStringLiteral("data")].toObject();
        identityById.insert(d.value(QStringLiteral("id")).toString(), identity(d));
    }
    QStringList lines;
    for (const QJsonValue& n : elements.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject d = n[QStringLiteral("data")].toObject();
        QStringList traffic;
        for (const QJsonValue& t : d.value(QStringLiteral("traffic")).toArray()) {
            traffic.append(t[QStringLiteral("protocol")].toString() + QLatin1Char('{')
                + sortedObject(t[QStringLiteral("rates")].toObject()) + QLatin1Char('}'));
        }
        traffic.sort();
        lines.append(
            QStringLiteral("node %1 [%2] parent=%3 %4")
                .arg(identity(d), flagList(d), identityById.value(d.value(QStringLiteral("parent")).toString()),
                    traffic.join(QLatin1Char(';'))));
        if (idHashes)
            idHashes->append(d.value(QStringLiteral("id")).toString());
    }
    for (const QJsonValue& e : elements.value(QStringLiteral("edges")).toArray()) {
        const QJsonObject d = e[QStringLiteral("data")].toObject();
        const QJsonObject traffic = d.value(QStringLiteral("traffic")).toObject();
        lines.append(QStringLiteral("edge %1 -> %2 %3 rates{%4} responses{%5}")
                         .arg(identityById.value(d.value(QStringLiteral("source")).toString()),
                             identityById.value(d.value(QStringLiteral("target")).toString()),
                             traffic.value(QStringLiteral("protocol")).toString(),
                             sortedObject(traffic.value(QStringLiteral("rates")).toObject()),
                             sortedObject(traffic.value(QStringLiteral("responses")).toObject())));
        if (idHashes)
            idHashes->append(d.value(QStringLiteral("id")).toString());
    }
    lines.sort();
    return lines;
}

} // namespace goldenfixture

#include "models/graph/graphinventory.h"

namespace goldenfixture {

// Kiali's workload graph of bookinfo (test_workload_graph), built by Meshscope from Kiali's mocked responses.
inline meshscope::graph::GraphOptions bookinfoOptions(meshscope::graph::GraphType type)
{
    meshscope::graph::GraphOptions o;
    o.type = type;
    o.namespaces = { QStringLiteral("bookinfo") };
    o.queryTime = 1523364075;
    o.ambient = meshscope::graph::AmbientTraffic::None;
    o.responseTime = o.throughput = o.securityPolicy = false;
    return o;
}

inline meshscope::graph::Graph bookinfoGraph(meshscope::graph::GraphType type = meshscope::graph::GraphType::Workload)
{
    using namespace meshscope::graph;
    QString error;
    PromStub stub;
    if (!stub.load(QStringLiteral("namespace-bookinfo.prometheus.json"), &error))
        qFatal("%s", qPrintable(error));
    const GraphOptions options = bookinfoOptions(type);
    QList<QueryResponse> responses;
    for (const GraphQuery& query : graphQueries(options))
        responses.append({ query, meshscope::PromResult::parse(stub.bodies.value(query.promql)) });
    MeshInventory inventory;
    inventory.knowsNamespaces = true;
    inventory.namespaces = { QStringLiteral("bookinfo"), QStringLiteral("tutorial") };
    return buildGraph(options, responses, &inventory);
}

} // namespace goldenfixture
