#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace meshscope {

// The workload a pod belongs to, as Kiali names it: the Deployment of its ReplicaSet, or its owner
// (StatefulSet, DaemonSet, Job, …), or the pod itself.
QString workloadOfPod(const QJsonObject& pod);

// A pod ("pod.namespace") behind a traffic graph node, to show its proxy: a workload node's pod, an app node's
// (label app, and version for versioned apps), a service node's (its selector). Running pods with an istio-proxy
// container first. Node ids are Kiali's: "wl_<cluster>_<ns>_<workload>", "app_…_<app>", "vapp_…_<workload>" or
// "vapp_…_<app>_<version>", "svc_…_<service>". Empty when no pod fits.
QString podForGraphNode(const QString& nodeId, const QList<QJsonObject>& pods, const QList<QJsonObject>& services);

} // namespace meshscope
