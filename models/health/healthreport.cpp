#include "healthreport.h"

namespace meshscope::health {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(HealthReport)
};

// Tolerance sets compiled once per distinct annotation, not once per object.
class Tolerances
{
public:
    explicit Tolerances(const QList<graph::RateTolerance>& configured)
        : m_configured(configured)
    { }

    // The set for an object with this annotation value (empty: the configured one); custom says which it was.
    const ToleranceSet& forAnnotation(const QString& annotation, bool* custom)
    {
        *custom = false;
        if (annotation.trimmed().isEmpty())
            return m_configured;
        auto it = m_custom.find(annotation);
        if (it == m_custom.end()) {
            const QList<graph::RateTolerance> parsed = annotationTolerances(annotation);
            it = m_custom.insert(annotation, parsed.isEmpty() ? std::optional<ToleranceSet>() : ToleranceSet(parsed));
        }
        if (!it->has_value())
            return m_configured; // nothing valid in it: Kiali falls back to the configuration
        *custom = true;
        return **it;
    }

private:
    ToleranceSet m_configured;
    QHash<QString, std::optional<ToleranceSet>> m_custom;
};

QString annotationOf(const QMap<QString, QString>& annotations)
{
    return annotations.value(QLatin1String(rateAnnotation));
}

void judge(EntityHealth& e, bool judgeRequests, bool requestDataAvailable, const ToleranceSet& tolerances)
{
    if (judgeRequests && requestDataAvailable)
        e.requests = requestHealth(e.rates, tolerances);
    e.status = worse(e.replicas.status, e.requests.status);
    // The reason of whichever part decided the status; replicas first when both are equally bad.
    if (e.status == e.replicas.status && !e.replicas.reason.isEmpty())
        e.reason = e.replicas.reason;
    else if (e.status == e.requests.status && !e.requests.reason.isEmpty())
        e.reason = e.requests.reason;
    if (e.status == Status::NA) {
        e.reason = !requestDataAvailable ? ReportText::tr("No request data: Prometheus did not answer")
            : judgeRequests              ? ReportText::tr("No requests in the rate window")
                                         : ReportText::tr("No sidecar: request health is not measured");
    }
}

} // namespace

QString kindId(Kind kind)
{
    switch (kind) {
    case Kind::Workload:
        return QStringLiteral("workload");
    case Kind::Service:
        return QStringLiteral("service");
    case Kind::App:
        break;
    }
    return QStringLiteral("app");
}

int StatusCounts::total() const
{
    int sum = 0;
    for (int n : byStatus)
        sum += n;
    return sum;
}

bool HealthReport::anyFailure() const
{
    for (const QList<EntityHealth>* list : { &apps, &workloads, &services }) {
        for (const EntityHealth& e : *list) {
            if (e.status == Status::Failure)
                return true;
        }
    }
    return false;
}

HealthReport computeHealth(const Inventory& inventory, const TrafficIndex& traffic,
    const QList<graph::RateTolerance>& configured, bool requestDataAvailable)
{
    Tolerances tolerances(configured);
    HealthReport report;
    report.hasRequestData = requestDataAvailable;

    report.workloads.reserve(inventory.workloads.size());
    for (const WorkloadInfo& w : inventory.workloads) {
        EntityHealth e;
        e.kind = Kind::Workload;
        e.namespace_ = w.namespace_;
        e.name = w.name;
        e.replicas = replicaHealth(w.replicas);
        e.rates = traffic.workloads.value(key(w.namespace_, w.name));
        const ToleranceSet& set = tolerances.forAnnotation(annotationOf(w.annotations), &e.customTolerances);
        // Kiali measures requests only where a proxy reports them.
        judge(e, w.podsWithSidecar + w.podsAmbient > 0 || w.gateway, requestDataAvailable, set);
        report.workloads.append(std::move(e));
    }

    report.apps.reserve(inventory.apps.size());
    for (const AppInfo& app : inventory.apps) {
        EntityHealth e;
        e.kind = Kind::App;
        e.namespace_ = app.namespace_;
        e.name = app.name;
        e.rates = traffic.apps.value(key(app.namespace_, app.name));
        bool proxied = false;
        QString annotation;
        for (int i : app.workloads) {
            const WorkloadInfo& w = inventory.workloads[i];
            const Verdict& replicas = report.workloads[i].replicas;
            if (int(replicas.status) > int(e.replicas.status) || e.replicas.status == Status::NA) {
                e.replicas = replicas;
                if (!replicas.reason.isEmpty())
                    e.replicas.reason = w.name + QStringLiteral(": ") + replicas.reason;
            }
            proxied = proxied || w.podsWithSidecar + w.podsAmbient > 0 || w.gateway;
            if (annotation.isEmpty())
                annotation = annotationOf(w.annotations);
        }
        const ToleranceSet& set = tolerances.forAnnotation(annotation, &e.customTolerances);
        judge(e, proxied, requestDataAvailable, set);
        report.appCountsByNamespace[app.namespace_].byStatus[e.status] += 1;
        report.apps.append(std::move(e));
    }

    report.services.reserve(inventory.services.size());
    for (const ServiceInfo& s : inventory.services) {
        EntityHealth e;
        e.kind = Kind::Service;
        e.namespace_ = s.namespace_;
        e.name = s.name;
        e.rates = traffic.services.value(key(s.namespace_, s.name));
        const ToleranceSet& set = tolerances.forAnnotation(annotationOf(s.annotations), &e.customTolerances);
        judge(e, true, requestDataAvailable, set);
        report.services.append(std::move(e));
    }
    return report;
}

} // namespace meshscope::health
