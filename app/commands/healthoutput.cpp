#include "healthoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshscope {

namespace {

using health::EntityHealth;

QString rateText(double rate)
{
    return QString::number(rate, 'f', 2);
}

QString percentText(double percent)
{
    return percent < 0 ? QStringLiteral("-") : QString::number(percent, 'f', 1) + QLatin1Char('%');
}

// By namespace and name, whatever order the caches held them in.
QList<const EntityHealth*> sorted(const QList<EntityHealth>& list)
{
    QList<const EntityHealth*> all;
    for (const EntityHealth& e : list)
        all.append(&e);
    std::sort(all.begin(), all.end(), [](const EntityHealth* a, const EntityHealth* b) {
        return std::tie(a->namespace_, a->name) < std::tie(b->namespace_, b->name);
    });
    return all;
}

QList<const EntityHealth*> everything(const health::HealthReport& report)
{
    return sorted(report.apps) + sorted(report.workloads) + sorted(report.services);
}

QJsonObject direction(double rate, double errorPercent)
{
    QJsonObject o { { QStringLiteral("requestRate"), rate } };
    if (errorPercent >= 0)
        o.insert(QStringLiteral("errorPercent"), errorPercent);
    return o;
}

QJsonObject toJson(const EntityHealth& e, const health::Inventory& inventory)
{
    QJsonObject o { { QStringLiteral("namespace"), e.namespace_ }, { QStringLiteral("name"), e.name },
        { QStringLiteral("status"), health::statusId(e.status) },
        { QStringLiteral("inbound"), direction(e.inboundRate(), e.inboundErrorPercent()) } };
    if (e.kind != health::Kind::Service)
        o.insert(QStringLiteral("outbound"), direction(e.outboundRate(), e.outboundErrorPercent()));
    if (!e.reason.isEmpty() && e.status != health::Status::Healthy)
        o.insert(QStringLiteral("reason"), e.reason);
    if (e.customTolerances)
        o.insert(QStringLiteral("customTolerances"), true);
    if (e.kind == health::Kind::Workload) {
        if (const health::WorkloadInfo* w = inventory.workload(e.namespace_, e.name)) {
            QJsonObject replicas { { QStringLiteral("desired"), w->replicas.desired },
                { QStringLiteral("current"), w->replicas.current },
                { QStringLiteral("available"), w->replicas.available } };
            if (w->replicas.syncedProxies >= 0)
                replicas.insert(QStringLiteral("syncedProxies"), w->replicas.syncedProxies);
            o.insert(QStringLiteral("kind"), w->kind);
            o.insert(QStringLiteral("replicas"), replicas);
        }
    }
    return o;
}

} // namespace

QByteArray healthTable(const health::HealthSnapshot& snapshot)
{
    const QStringList header = { QStringLiteral("KIND"), QStringLiteral("NAMESPACE"), QStringLiteral("NAME"),
        QStringLiteral("STATUS"), QStringLiteral("IN RPS"), QStringLiteral("IN ERR"), QStringLiteral("OUT RPS"),
        QStringLiteral("OUT ERR"), QStringLiteral("REASON") };
    QList<QStringList> rows { header };
    for (const EntityHealth* e : everything(snapshot.report)) {
        const bool service = e->kind == health::Kind::Service;
        rows.append(
            { health::kindId(e->kind), e->namespace_, e->name, health::statusId(e->status), rateText(e->inboundRate()),
                percentText(e->inboundErrorPercent()), service ? QStringLiteral("-") : rateText(e->outboundRate()),
                service ? QStringLiteral("-") : percentText(e->outboundErrorPercent()),
                e->status == health::Status::Healthy ? QString() : e->reason });
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 == row.size() ? row[c] : row[c].leftJustified(widths[c] + 2);
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray healthJson(const health::HealthSnapshot& snapshot)
{
    QJsonObject root;
    root.insert(QStringLiteral("time"), snapshot.time.toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("rateWindowSeconds"), snapshot.query.rateSeconds);
    const std::pair<const char*, const QList<EntityHealth>*> lists[] = { { "apps", &snapshot.report.apps },
        { "workloads", &snapshot.report.workloads }, { "services", &snapshot.report.services } };
    for (const auto& [name, list] : lists) {
        QJsonArray array;
        for (const EntityHealth* e : sorted(*list))
            array.append(toJson(*e, snapshot.inventory));
        root.insert(QLatin1String(name), array);
    }
    QJsonArray warnings;
    for (const QString& warning : snapshot.warnings)
        warnings.append(warning);
    if (!snapshot.proxySyncError.isEmpty())
        warnings.append(QString(QStringLiteral("proxy sync status: ") + snapshot.proxySyncError));
    if (!warnings.isEmpty())
        root.insert(QStringLiteral("warnings"), warnings);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace meshscope
