#include "sim/apiserver/tables.h"

#include "sim/apiserver/resourcecatalog.h"

#include <QDateTime>
#include <QJsonDocument>

namespace meshscope::sim {

namespace {
QJsonObject column(const char* name, const char* type, const char* description, int priority = 0)
{
    return { { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("type"), QLatin1String(type) },
        { QStringLiteral("format"), name == QByteArrayView("Name") ? QStringLiteral("name") : QString() },
        { QStringLiteral("description"), QLatin1String(description) }, { QStringLiteral("priority"), priority } };
}

QJsonValue at(const QJsonObject& object, std::initializer_list<const char*> path)
{
    QJsonValue value = object;
    for (const char* key : path)
        value = value.toObject().value(QLatin1String(key));
    return value;
}

QString orNone(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("<none>") : text;
}

QString humanDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 minutes = seconds / 60, hours = minutes / 60, days = hours / 24;
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    if (minutes < 10)
        return seconds % 60 ? QStringLiteral("%1m%2s").arg(minutes).arg(seconds % 60)
                            : QStringLiteral("%1m").arg(minutes);
    if (minutes < 180)
        return QStringLiteral("%1m").arg(minutes);
    if (hours < 8)
        return minutes % 60 ? QStringLiteral("%1h%2m").arg(hours).arg(minutes % 60) : QStringLiteral("%1h").arg(hours);
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (days < 8)
        return hours % 24 ? QStringLiteral("%1d%2h").arg(days).arg(hours % 24) : QStringLiteral("%1d").arg(days);
    if (days < 365 * 2)
        return QStringLiteral("%1d").arg(days);
    return QStringLiteral("%1y").arg(days / 365);
}

QJsonArray podCells(const QJsonObject& pod)
{
    const QJsonArray statuses = at(pod, { "status", "containerStatuses" }).toArray();
    int ready = 0;
    qint64 restarts = 0;
    for (const QJsonValue& status : statuses) {
        ready += status.toObject().value(QStringLiteral("ready")).toBool() ? 1 : 0;
        restarts += status.toObject().value(QStringLiteral("restartCount")).toInteger();
    }
    const int containers = int(at(pod, { "spec", "containers" }).toArray().size());
    return { QStringLiteral("%1/%2").arg(ready).arg(containers), at(pod, { "status", "phase" }).toString(), restarts,
        QString(), orNone(at(pod, { "status", "podIP" }).toString()),
        orNone(at(pod, { "spec", "nodeName" }).toString()) };
}

QJsonArray serviceCells(const QJsonObject& service)
{
    QStringList ports;
    for (const QJsonValue& port : at(service, { "spec", "ports" }).toArray()) {
        const QJsonObject p = port.toObject();
        ports.append(QStringLiteral("%1/%2")
                         .arg(p.value(QStringLiteral("port")).toInt())
                         .arg(p.value(QStringLiteral("protocol")).toString(QStringLiteral("TCP"))));
    }
    QStringList selector;
    const QJsonObject selectorObject = at(service, { "spec", "selector" }).toObject();
    for (auto it = selectorObject.begin(); it != selectorObject.end(); ++it)
        selector.append(it.key() + QLatin1Char('=') + it.value().toString());
    return { at(service, { "spec", "type" }).toString(QStringLiteral("ClusterIP")),
        at(service, { "spec", "clusterIP" }).toString(), QStringLiteral("<none>"), orNone(ports.join(QLatin1Char(','))),
        QString(), orNone(selector.join(QLatin1Char(','))) };
}

// The simple JSONPaths CRDs use in printer columns: ".spec.host", ".spec.hosts".
QJsonValue evaluate(const QJsonObject& object, const QString& path)
{
    QJsonValue value = object;
    for (const QString& key : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        if (key.contains(QLatin1Char('[')))
            return QJsonValue();
        value = value.toObject().value(key);
    }
    return value;
}

QJsonValue cellOf(const QJsonValue& value, const QString& type)
{
    if (type == QStringLiteral("date"))
        return value.isString() ? ageOf(value.toString()) : QJsonValue(QStringLiteral("<unknown>"));
    if (value.isArray() || value.isObject()) {
        const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    return value.isUndefined() ? QJsonValue() : value;
}
} // namespace

QString ageOf(const QString& timestamp)
{
    const QDateTime created = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!created.isValid())
        return QStringLiteral("<unknown>");
    return humanDuration(created.secsTo(QDateTime::currentDateTimeUtc()));
}

QJsonArray tableColumns(const ResourceType& type)
{
    const char* nameHelp = "Name must be unique within a namespace.";
    const char* ageHelp = "CreationTimestamp is a timestamp representing the server time when this object was created.";
    if (type.group.isEmpty() && type.resource == QStringLiteral("pods")) {
        return { column("Name", "string", nameHelp),
            column("Ready", "string", "The aggregate readiness state of this pod for accepting traffic."),
            column("Status", "string", "The aggregate status of the containers in this pod."),
            column("Restarts", "string",
                "The number of times the containers in this pod have been restarted and when the last container in "
                "this pod has restarted."),
            column("Age", "string", ageHelp), column("IP", "string", "IP address allocated to the pod.", 1),
            column("Node", "string", "Name of the node this pod is running on.", 1) };
    }
    if (type.group.isEmpty() && type.resource == QStringLiteral("services")) {
        return { column("Name", "string", nameHelp), column("Type", "string", "The type of the service."),
            column("Cluster-IP", "string", "The cluster IP of the service."),
            column("External-IP", "string", "The external IP of the service."),
            column("Port(s)", "string", "The ports of the service."), column("Age", "string", ageHelp),
            column("Selector", "string",
                "Route service traffic to pods with label keys and values matching this selector.", 1) };
    }
    if (type.group == QStringLiteral("apps") && type.resource == QStringLiteral("deployments")) {
        return { column("Name", "string", nameHelp), column("Ready", "string", "Number of the pod with ready state"),
            column("Up-to-date", "string",
                "Total number of non-terminated pods targeted by this deployment that have the desired template spec."),
            column("Available", "string",
                "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."),
            column("Age", "string", ageHelp) };
    }
    if (type.group.isEmpty() && type.resource == QStringLiteral("namespaces"))
        return { column("Name", "string", nameHelp), column("Status", "string", "The status of the namespace"),
            column("Age", "string", ageHelp) };
    if (type.group.isEmpty() && type.resource == QStringLiteral("endpoints"))
        return { column("Name", "string", nameHelp), column("Endpoints", "string", "Endpoints of the resource."),
            column("Age", "string", ageHelp) };
    if (type.group.isEmpty() && type.resource == QStringLiteral("configmaps"))
        return { column("Name", "string", nameHelp), column("Data", "string", "Number of data entries."),
            column("Age", "string", ageHelp) };
    if (type.group == QStringLiteral("apps") && type.resource == QStringLiteral("replicasets"))
        return { column("Name", "string", nameHelp), column("Desired", "integer", "Number of desired pods."),
            column("Current", "integer", "Number of actual running pods."),
            column("Ready", "integer", "Number of ready pods."), column("Age", "string", ageHelp) };
    QJsonArray columns { column("Name", "string", nameHelp) };
    bool hasAge = false;
    for (const QJsonValue& value : type.printerColumns) {
        const QJsonObject printer = value.toObject();
        hasAge = hasAge || printer.value(QStringLiteral("name")).toString() == QStringLiteral("Age");
        columns.append(QJsonObject { { QStringLiteral("name"), printer.value(QStringLiteral("name")) },
            { QStringLiteral("type"),
                printer.value(QStringLiteral("type")).toString() == QStringLiteral("date")
                    ? QStringLiteral("date")
                    : printer.value(QStringLiteral("type")).toString() },
            { QStringLiteral("format"), QString() },
            { QStringLiteral("description"), printer.value(QStringLiteral("description")).toString() },
            { QStringLiteral("priority"), printer.value(QStringLiteral("priority")).toInt() } });
    }
    if (!hasAge)
        columns.append(column("Age", "date", ageHelp));
    return columns;
}

QJsonObject tableRow(const ResourceType& type, const QJsonObject& object, const QString& includeObject)
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    const QString name = metadata.value(QStringLiteral("name")).toString();
    const QString age = ageOf(metadata.value(QStringLiteral("creationTimestamp")).toString());
    QJsonArray cells { name };
    if (type.group.isEmpty() && type.resource == QStringLiteral("pods")) {
        const QJsonArray pod = podCells(object);
        cells = { name, pod[0], pod[1], pod[2], age, pod[4], pod[5] };
    } else if (type.group.isEmpty() && type.resource == QStringLiteral("services")) {
        const QJsonArray service = serviceCells(object);
        cells = { name, service[0], service[1], service[2], service[3], age, service[5] };
    } else if (type.group == QStringLiteral("apps") && type.resource == QStringLiteral("deployments")) {
        const int replicas = at(object, { "spec", "replicas" }).toInt(1);
        cells = { name, QStringLiteral("%1/%2").arg(at(object, { "status", "readyReplicas" }).toInt()).arg(replicas),
            at(object, { "status", "updatedReplicas" }).toInt(), at(object, { "status", "availableReplicas" }).toInt(),
            age };
    } else if (type.group.isEmpty() && type.resource == QStringLiteral("namespaces")) {
        cells = { name, at(object, { "status", "phase" }).toString(QStringLiteral("Active")), age };
    } else if (type.group.isEmpty() && type.resource == QStringLiteral("endpoints")) {
        QStringList addresses;
        for (const QJsonValue& subset : object.value(QStringLiteral("subsets")).toArray()) {
            for (const QJsonValue& address : subset[QStringLiteral("addresses")].toArray()) {
                for (const QJsonValue& port : subset[QStringLiteral("ports")].toArray())
                    addresses.append(address[QStringLiteral("ip")].toString() + QLatin1Char(':')
                        + QString::number(port[QStringLiteral("port")].toInt()));
            }
        }
        // kubectl shows the first three and counts the rest.
        QString text = addresses.mid(0, 3).join(QLatin1Char(','));
        if (addresses.size() > 3)
            text += QStringLiteral(" + %1 more...").arg(addresses.size() - 3);
        cells = { name, orNone(text), age };
    } else if (type.group.isEmpty() && type.resource == QStringLiteral("configmaps")) {
        cells = { name,
            object.value(QStringLiteral("data")).toObject().size()
                + object.value(QStringLiteral("binaryData")).toObject().size(),
            age };
    } else if (type.group == QStringLiteral("apps") && type.resource == QStringLiteral("replicasets")) {
        cells = { name, at(object, { "spec", "replicas" }).toInt(1), at(object, { "status", "replicas" }).toInt(),
            at(object, { "status", "readyReplicas" }).toInt(), age };
    } else {
        bool hasAge = false;
        for (const QJsonValue& value : type.printerColumns) {
            const QJsonObject printer = value.toObject();
            hasAge = hasAge || printer.value(QStringLiteral("name")).toString() == QStringLiteral("Age");
            cells.append(cellOf(evaluate(object, printer.value(QStringLiteral("jsonPath")).toString()),
                printer.value(QStringLiteral("type")).toString()));
        }
        if (!hasAge)
            cells.append(age);
    }
    QJsonObject row { { QStringLiteral("cells"), cells } };
    if (includeObject == QStringLiteral("Object")) {
        row.insert(QStringLiteral("object"), object);
    } else if (includeObject != QStringLiteral("None")) {
        row.insert(QStringLiteral("object"),
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("PartialObjectMetadata") },
                { QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1") },
                { QStringLiteral("metadata"), metadata } });
    }
    return row;
}

} // namespace meshscope::sim
