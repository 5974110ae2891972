#pragma once

// Runs the real `meshscope graph` binary and parses its Kiali JSON.

#include "support/processes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace graphcommand {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline QString meshscopeExe()
{
    return meshscope::testing::meshscopeExecutable();
}

inline Run meshscopeGraph(const QStringList& arguments)
{
    const meshscope::testing::CommandResult result
        = meshscope::testing::runMeshscope(QStringList { QStringLiteral("graph") } + arguments);
    Run run;
    run.exitCode = result.exitCode;
    run.out = result.out;
    run.err = result.err;
    return run;
}

// "source display → dest display protocol" → edge data, with node displays like Kiali's UI (app:version,
// workload, or service name).
inline QHash<QString, QJsonObject> edgesByName(const QJsonObject& graph, QStringList* nodeNames = nullptr)
{
    const QJsonObject elements = graph.value(QStringLiteral("elements")).toObject();
    QHash<QString, QString> names;
    for (const QJsonValue& n : elements.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject d = n[QStringLiteral("data")].toObject();
        const QString type = d.value(QStringLiteral("nodeType")).toString();
        QString name;
        if (type == QLatin1String("app"))
            name = d.value(QStringLiteral("app")).toString() + QLatin1Char(':')
                + d.value(QStringLiteral("version")).toString();
        else if (type == QLatin1String("workload"))
            name = d.value(QStringLiteral("workload")).toString();
        else if (type == QLatin1String("service"))
            name = QStringLiteral("svc:") + d.value(QStringLiteral("service")).toString();
        else
            name = type;
        names.insert(d.value(QStringLiteral("id")).toString(), name);
        if (nodeNames && type != QLatin1String("box"))
            nodeNames->append(name);
    }
    QHash<QString, QJsonObject> edges;
    for (const QJsonValue& e : elements.value(QStringLiteral("edges")).toArray()) {
        const QJsonObject d = e[QStringLiteral("data")].toObject();
        edges.insert(names.value(d.value(QStringLiteral("source")).toString()) + QStringLiteral(" -> ")
                + names.value(d.value(QStringLiteral("target")).toString()) + QLatin1Char(' ')
                + d[QStringLiteral("traffic")][QStringLiteral("protocol")].toString(),
            d);
    }
    return edges;
}

inline double rate(const QJsonObject& edge, const QString& key)
{
    return edge[QStringLiteral("traffic")][QStringLiteral("rates")][key].toString().toDouble();
}

} // namespace graphcommand
