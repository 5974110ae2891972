#pragma once

// Fault knobs for the traffic model: a service answers part of its requests with a 5xx and/or adds latency.
// Set from the command line or the admin URL (see sim/README.md, "Traffic and faults").

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace meshscope::sim {

struct ServiceFault
{
    double errorRate = 0.0; // 0..1 of the requests answered with `errorCode`
    int errorCode = 503;
    int delayMs = 0; // added to every request's duration
};

class ServiceFaults
{
public:
    // An empty namespace applies to the service name in every namespace.
    void set(const QString& ns, const QString& name, const ServiceFault& fault);
    void clear(const QString& ns, const QString& name);
    void clearAll() { m_faults.clear(); }
    // The fault for a service, or nullptr when it behaves.
    const ServiceFault* find(const QString& ns, const QString& name) const;
    QJsonArray toJson() const;

    // Parses "name[.namespace]:errorRate=0.5,delayMs=200,code=500" (the --service-fault flag); false with
    // `error` set when malformed.
    bool applySpec(const QString& spec, QString* error);

private:
    QHash<QString, ServiceFault> m_faults; // "namespace/name", namespace may be empty
};

} // namespace meshscope::sim
