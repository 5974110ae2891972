#pragma once

// What the istiod and Envoy responders share: the live topology (through the traffic model, which also
// holds the metrics), the xDS push state and the certificates shown in secrets.

#include "sim/mesh/xdsstate.h"
#include "sim/traffic/trafficmodel.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMap>

namespace meshscope::sim {

struct MeshContext
{
    TrafficModel* traffic = nullptr;
    XdsState* xds = nullptr;
    QByteArray workloadCertificatePem; // shown (base64) as the "default" secret's chain
    QByteArray rootCertificatePem; // the "ROOTCA" secret
    QDateTime started = QDateTime::currentDateTimeUtc();
    // Envoy logger levels per proxy ("pod.namespace" → logger → level) once changed through /logging.
    QHash<QString, QMap<QString, QString>> loggerLevels;
};

// "connection refused" as the API server's proxy reports it, for a port nothing listens on.
SimHttpReply connectionRefused(const MeshPod* pod, int port);

} // namespace meshscope::sim
