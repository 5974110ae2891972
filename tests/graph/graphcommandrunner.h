#pragma once

// Runs the real `meshscope graph` binary (MESHSCOPE_BINARY_DIR/app/meshscope) and parses its Kiali JSON.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    return QString::fromLocal8Bit(qgetenv("MESHSCOPE_BINARY_DIR")) + QStringLiteral("/app/meshscope");
}

inline Run meshscopeGraph(const QStringList& arguments)
{
    QProcess process;
    process.start(meshscopeExe(), QStringList { QStringLiteral("graph") } + arguments);
    Run run;
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
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
