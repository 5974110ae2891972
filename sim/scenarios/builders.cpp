#include "sim/scenarios/builders.h"

#include "sim/store/objectstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace meshscope::sim {

namespace {
const QString istioVersion = QStringLiteral("1.24.2");

QJsonObject meta(const QString& ns, const QString& name, const QString& created)
{
    QJsonObject metadata { { QStringLiteral("name"), name }, { QStringLiteral("creationTimestamp"), created } };
    if (!ns.isEmpty())
        metadata.insert(QStringLiteral("namespace"), ns);
    return metadata;
}

QJsonObject object(const char* apiVersion, const char* kind, const QJsonObject& metadata)
{
    return { { QStringLiteral("apiVersion"), QLatin1String(apiVersion) },
        { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("metadata"), metadata } };
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject ownerReference(const char* apiVersion, const char* kind, const QString& name, const QString& uid)
{
    return { { QStringLiteral("apiVersion"), QLatin1String(apiVersion) },
        { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("name"), name },
        { QStringLiteral("uid"), uid }, { QStringLiteral("controller"), true },
        { QStringLiteral("blockOwnerDeletion"), true } };
}

QJsonObject condition(const char* type, const QString& time)
{
    return { { QStringLiteral("type"), QLatin1String(type) }, { QStringLiteral("status"), QStringLiteral("True") },
        { QStringLiteral("lastProbeTime"), QJsonValue::Null }, { QStringLiteral("lastTransitionTime"), time } };
}

QJsonObject containerStatus(
    const QString& name, const QString& image, int restarts, const QString& started, const QString& id)
{
    QJsonObject status { { QStringLiteral("name"), name }, { QStringLiteral("image"), image },
        { QStringLiteral("imageID"), QString(image + QStringLiteral("@sha256:") + id + id) },
        { QStringLiteral("containerID"), QString(QStringLiteral("containerd://") + id + id) },
        { QStringLiteral("ready"), true }, { QStringLiteral("started"), true },
        { QStringLiteral("restartCount"), restarts },
        { QStringLiteral("state"),
            QJsonObject { { QStringLiteral("running"), QJsonObject { { QStringLiteral("startedAt"), started } } } } } };
    if (restarts > 0) {
        status.insert(QStringLiteral("lastState"),
            QJsonObject { { QStringLiteral("terminated"),
                QJsonObject { { QStringLiteral("exitCode"), 137 },
                    { QStringLiteral("reason"), QStringLiteral("OOMKilled") }, { QStringLiteral("startedAt"), started },
                    { QStringLiteral("finishedAt"), started } } } });
    }
    return status;
}
} // namespace

QJsonObject labelsJson(const QMap<QString, QString>& labels)
{
    QJsonObject object;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

ScenarioBuilder::ScenarioBuilder(ObjectStore& store, int nodes)
    : m_store(store)
    , m_nodes(std::max(1, nodes))
    , m_created(QDateTime::currentDateTimeUtc().addSecs(-3 * 24 * 3600).toString(Qt::ISODate))
{
    m_rootCert = QStringLiteral("-----BEGIN "
                                "CERTIFICATE-----\nMIIC/"
                                "DCCAeSgAwIBAgIQMeshscopeSimRootCertificateAoGCCqGSM49BAMCMBgx\nFjAUBgNVBAoTDWNsdXN0ZXI"
                                "ubG9jYWwwHhcNMjQwMTAxMDAwMDAwWhcNMzQwMTAx\n-----END CERTIFICATE-----\n");
    for (int i = 1; i <= m_nodes; ++i) {
        const QString name = QStringLiteral("sim-node-%1").arg(i);
        QJsonObject node = object("v1", "Node", meta(QString(), name, m_created));
        QJsonObject metadata = node.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("labels"),
            QJsonObject { { QStringLiteral("kubernetes.io/hostname"), name },
                { QStringLiteral("kubernetes.io/os"), QStringLiteral("linux") },
                { QStringLiteral("topology.kubernetes.io/zone"),
                    QStringLiteral("sim-zone-%1").arg((i - 1) % 3 + 1) } });
        node.insert(QStringLiteral("metadata"), metadata);
        node.insert(QStringLiteral("status"),
            QJsonObject { { QStringLiteral("addresses"),
                              QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("InternalIP") },
                                  { QStringLiteral("address"), QStringLiteral("172.18.0.%1").arg(i + 1) } } } },
                { QStringLiteral("conditions"),
                    QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("Ready") },
                        { QStringLiteral("status"), QStringLiteral("True") } } } } });
        m_store.create(QString(), QStringLiteral("nodes"), node);
    }
}

QString ScenarioBuilder::nextPodIp()
{
    const int n = m_podCounter++;
    return QStringLiteral("10.244.%1.%2").arg(n / 250).arg(n % 250 + 2);
}

QString ScenarioBuilder::nextServiceIp()
{
    const int n = m_serviceCounter++;
    return QStringLiteral("10.96.%1.%2").arg(n / 250).arg(n % 250 + 10);
}

QString ScenarioBuilder::hash(const QString& seed, int length) const
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    QString result;
    for (int i = 0; i < length; ++i)
        result += QLatin1Char(alphabet[quint8(digest.at(i % digest.size())) % (sizeof alphabet - 1)]);
    return result;
}

void ScenarioBuilder::addNamespace(const QString& name, const QMap<QString, QString>& labels)
{
    QMap<QString, QString> all = labels;
    all.insert(QStringLiteral("kubernetes.io/metadata.name"), name);
    QJsonObject metadata = meta(QString(), name, m_created);
    metadata.insert(QStringLiteral("labels"), labelsJson(all));
    QJsonObject ns = object("v1", "Namespace", metadata);
    ns.insert(QStringLiteral("spec"),
        QJsonObject { { QStringLiteral("finalizers"), QJsonArray { QStringLiteral("kubernetes") } } });
    ns.insert(QStringLiteral("status"), QJsonObject { { QStringLiteral("phase"), QStringLiteral("Active") } });
    m_store.create(QString(), QStringLiteral("namespaces"), ns);
    addServiceAccount(name, QStringLiteral("default"));
    addConfigMap(name, QStringLiteral("kube-root-ca.crt"), { { QStringLiteral("ca.crt"), m_rootCert } });
    if (all.contains(QStringLiteral("istio-injection")) || all.contains(QStringLiteral("istio.io/rev"))
        || name == QStringLiteral("istio-system"))
        addConfigMap(name, QStringLiteral("istio-ca-root-cert"), { { QStringLiteral("root-cert.pem"), m_rootCert } },
            { { QStringLiteral("istio.io/config"), QStringLiteral("true") } });
}

void ScenarioBuilder::addServiceAccount(const QString& ns, const QString& name)
{
    m_store.create(
        QString(), QStringLiteral("serviceaccounts"), object("v1", "ServiceAccount", meta(ns, name, m_created)));
}

void ScenarioBuilder::addConfigMap(
    const QString& ns, const QString& name, const QJsonObject& data, const QMap<QString, QString>& labels)
{
    QJsonObject metadata = meta(ns, name, m_created);
    if (!labels.isEmpty())
        metadata.insert(QStringLiteral("labels"), labelsJson(labels));
    QJsonObject configMap = object("v1", "ConfigMap", metadata);
    configMap.insert(QStringLiteral("data"), data);
    m_store.create(QString(), QStringLiteral("configmaps"), configMap);
}

void ScenarioBuilder::addObject(const QString& group, const QString& resource, const QJsonObject& object)
{
    QJsonObject copy = object;
    QJsonObject metadata = copy.value(QStringLiteral("metadata")).toObject();
    if (!metadata.contains(QStringLiteral("creationTimestamp")))
        metadata.insert(QStringLiteral("creationTimestamp"), m_created);
    copy.insert(QStringLiteral("metadata"), metadata);
    m_store.create(group, resource, copy);
}

QJsonObject ScenarioBuilder::podObject(
    const WorkloadSpec& spec, const QString& replicaSet, const QString& rsUid, const QString& podHash, int index)
{
    const QString name = replicaSet + QLatin1Char('-') + hash(replicaSet + QString::number(index), 5);
    const QString containerName = spec.containerName.isEmpty() ? spec.app : spec.containerName;
    QMap<QString, QString> labels = spec.extraLabels;
    labels.insert(QStringLiteral("app"), spec.app);
    if (!spec.version.isEmpty())
        labels.insert(QStringLiteral("version"), spec.version);
    labels.insert(QStringLiteral("pod-template-hash"), podHash);
    labels.insert(QStringLiteral("service.istio.io/canonical-name"), spec.app);
    labels.insert(QStringLiteral("service.istio.io/canonical-revision"),
        spec.version.isEmpty() ? QStringLiteral("latest") : spec.version);
    if (spec.sidecar)
        labels.insert(QStringLiteral("security.istio.io/tlsMode"), QStringLiteral("istio"));
    QJsonObject metadata = meta(spec.ns, name, m_created);
    metadata.insert(QStringLiteral("generateName"), QString(replicaSet + QLatin1Char('-')));
    metadata.insert(QStringLiteral("labels"), labelsJson(labels));
    metadata.insert(
        QStringLiteral("ownerReferences"), QJsonArray { ownerReference("apps/v1", "ReplicaSet", replicaSet, rsUid) });
    QJsonObject annotations { { QStringLiteral("kubectl.kubernetes.io/default-container"), containerName } };
    const QString proxyImage = QStringLiteral("docker.io/istio/proxyv2:") + istioVersion;
    QJsonArray containerPorts;
    for (int port : spec.containerPorts)
        containerPorts.append(QJsonObject {
            { QStringLiteral("containerPort"), port }, { QStringLiteral("protocol"), QStringLiteral("TCP") } });
    QJsonArray containers { QJsonObject { { QStringLiteral("name"), containerName },
        { QStringLiteral("image"), spec.image }, { QStringLiteral("imagePullPolicy"), QStringLiteral("IfNotPresent") },
        { QStringLiteral("ports"), containerPorts } } };
    const int restarts = spec.restarts.value(index, 0);
    const QString id = hash(name, 32);
    QJsonArray statuses { containerStatus(containerName, spec.image, restarts, m_created, id) };
    if (spec.sidecar) {
        annotations.insert(QStringLiteral("sidecar.istio.io/status"),
            QStringLiteral(
                "{\"initContainers\":[\"istio-init\"],\"containers\":[\"istio-proxy\"],\"volumes\":[\"workload-"
                "socket\",\"credential-socket\",\"workload-certs\",\"istio-envoy\",\"istio-data\",\"istio-podinfo\","
                "\"istio-token\",\"istiod-ca-cert\"],\"imagePullSecrets\":null,\"revision\":\"default\"}"));
        annotations.insert(QStringLiteral("prometheus.io/path"), QStringLiteral("/stats/prometheus"));
        annotations.insert(QStringLiteral("prometheus.io/port"), QStringLiteral("15020"));
        annotations.insert(QStringLiteral("prometheus.io/scrape"), QStringLiteral("true"));
        annotations.insert(QStringLiteral("istio.io/rev"), QStringLiteral("default"));
        QJsonArray args;
        for (const QString& arg : spec.proxyArgs)
            args.append(arg);
        containers.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("istio-proxy") },
            { QStringLiteral("image"), proxyImage }, { QStringLiteral("args"), args },
            { QStringLiteral("ports"),
                QJsonArray { QJsonObject { { QStringLiteral("containerPort"), 15090 },
                    { QStringLiteral("name"), QStringLiteral("http-envoy-prom") },
                    { QStringLiteral("protocol"), QStringLiteral("TCP") } } } },
            { QStringLiteral("env"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("ISTIO_META_WORKLOAD_NAME") },
                                 { QStringLiteral("value"), spec.name } },
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("ISTIO_META_CLUSTER_ID") },
                        { QStringLiteral("value"), QStringLiteral("Kubernetes") } } } } });
        statuses.append(containerStatus(
            QStringLiteral("istio-proxy"), proxyImage, 0, m_created, hash(name + QStringLiteral("proxy"), 32)));
    }
    metadata.insert(QStringLiteral("annotations"), annotations);
    QJsonObject pod = object("v1", "Pod", metadata);
    const QString node = QStringLiteral("sim-node-%1").arg(m_podCounter % m_nodes + 1);
    QJsonObject podSpec { { QStringLiteral("containers"), containers },
        { QStringLiteral("serviceAccountName"), spec.serviceAccount },
        { QStringLiteral("serviceAccount"), spec.serviceAccount }, { QStringLiteral("nodeName"), node },
        { QStringLiteral("restartPolicy"), QStringLiteral("Always") },
        { QStringLiteral("dnsPolicy"), QStringLiteral("ClusterFirst") },
        { QStringLiteral("schedulerName"), QStringLiteral("default-scheduler") },
        { QStringLiteral("terminationGracePeriodSeconds"), 30 } };
    if (spec.sidecar) {
        podSpec.insert(QStringLiteral("initContainers"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("istio-init") },
                { QStringLiteral("image"), proxyImage },
                { QStringLiteral("args"),
                    QJsonArray { QStringLiteral("istio-iptables"), QStringLiteral("-p"), QStringLiteral("15001"),
                        QStringLiteral("-z"), QStringLiteral("15006"), QStringLiteral("-u"),
                        QStringLiteral("1337") } } } });
    }
    pod.insert(QStringLiteral("spec"), podSpec);
    const QString nodeIp = QStringLiteral("172.18.0.%1").arg(m_podCounter % m_nodes + 2);
    const QString ip = nextPodIp();
    pod.insert(QStringLiteral("status"),
        QJsonObject { { QStringLiteral("phase"), QStringLiteral("Running") }, { QStringLiteral("podIP"), ip },
            { QStringLiteral("podIPs"), QJsonArray { QJsonObject { { QStringLiteral("ip"), ip } } } },
            { QStringLiteral("hostIP"), nodeIp }, { QStringLiteral("startTime"), m_created },
            { QStringLiteral("qosClass"), QStringLiteral("BestEffort") },
            { QStringLiteral("conditions"),
                QJsonArray { condition("Initialized", m_created), condition("Ready", m_created),
                    condition("ContainersReady", m_created), condition("PodScheduled", m_created) } },
            { QStringLiteral("containerStatuses"), statuses } });
    return pod;
}

void ScenarioBuilder::addWorkload(const WorkloadSpec& spec)
{
    QMap<QString, QString> selector { { QStringLiteral("app"), spec.app } };
    if (!spec.version.isEmpty())
        selector.insert(QStringLiteral("version"), spec.version);
    for (auto it = spec.extraLabels.begin(); it != spec.extraLabels.end(); ++it)
        selector.insert(it.key(), it.value());
    const QString deploymentUid = uuid();
    const QString podHash = hash(spec.ns + spec.name, 10);
    const QString replicaSet = spec.name + QLatin1Char('-') + podHash;
    const QString rsUid = uuid();
    QJsonObject templateMeta { { QStringLiteral("labels"), labelsJson(selector) } };
    const QJsonObject status { { QStringLiteral("replicas"), spec.replicas },
        { QStringLiteral("readyReplicas"), spec.replicas }, { QStringLiteral("availableReplicas"), spec.replicas },
        { QStringLiteral("observedGeneration"), 1 } };

    QJsonObject deploymentMeta = meta(spec.ns, spec.name, m_created);
    deploymentMeta.insert(QStringLiteral("uid"), deploymentUid);
    deploymentMeta.insert(QStringLiteral("labels"), labelsJson(selector));
    deploymentMeta.insert(QStringLiteral("annotations"),
        QJsonObject { { QStringLiteral("deployment.kubernetes.io/revision"), QStringLiteral("1") } });
    QJsonObject deployment = object("apps/v1", "Deployment", deploymentMeta);
    const QJsonObject podTemplate { { QStringLiteral("metadata"), templateMeta },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("serviceAccountName"), spec.serviceAccount },
                { QStringLiteral("containers"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("name"), spec.containerName.isEmpty() ? spec.app : spec.containerName },
                        { QStringLiteral("image"), spec.image } } } } } } };
    deployment.insert(QStringLiteral("spec"),
        QJsonObject { { QStringLiteral("replicas"), spec.replicas },
            { QStringLiteral("selector"), QJsonObject { { QStringLiteral("matchLabels"), labelsJson(selector) } } },
            { QStringLiteral("template"), podTemplate },
            { QStringLiteral("strategy"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("RollingUpdate") } } } });
    QJsonObject deploymentStatus = status;
    deploymentStatus.insert(QStringLiteral("updatedReplicas"), spec.replicas);
    deploymentStatus.insert(QStringLiteral("conditions"),
        QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("Available") },
            { QStringLiteral("status"), QStringLiteral("True") },
            { QStringLiteral("reason"), QStringLiteral("MinimumReplicasAvailable") } } });
    deployment.insert(QStringLiteral("status"), deploymentStatus);
    m_store.create(QStringLiteral("apps"), QStringLiteral("deployments"), deployment);

    QMap<QString, QString> rsLabels = selector;
    rsLabels.insert(QStringLiteral("pod-template-hash"), podHash);
    QJsonObject rsMeta = meta(spec.ns, replicaSet, m_created);
    rsMeta.insert(QStringLiteral("uid"), rsUid);
    rsMeta.insert(QStringLiteral("labels"), labelsJson(rsLabels));
    rsMeta.insert(QStringLiteral("ownerReferences"),
        QJsonArray { ownerReference("apps/v1", "Deployment", spec.name, deploymentUid) });
    QJsonObject rs = object("apps/v1", "ReplicaSet", rsMeta);
    rs.insert(QStringLiteral("spec"),
        QJsonObject { { QStringLiteral("replicas"), spec.replicas },
            { QStringLiteral("selector"), QJsonObject { { QStringLiteral("matchLabels"), labelsJson(rsLabels) } } },
            { QStringLiteral("template"), podTemplate } });
    QJsonObject rsStatus = status;
    rsStatus.insert(QStringLiteral("fullyLabeledReplicas"), spec.replicas);
    rs.insert(QStringLiteral("status"), rsStatus);
    m_store.create(QStringLiteral("apps"), QStringLiteral("replicasets"), rs);

    for (int i = 0; i < spec.replicas; ++i) {
        const StoredObjectPtr pod
            = m_store.create(QString(), QStringLiteral("pods"), podObject(spec, replicaSet, rsUid, podHash, i));
        const QJsonObject podMeta = pod->object.value(QStringLiteral("metadata")).toObject();
        m_podsByApp[spec.ns + QLatin1Char('/') + spec.app].append(
            { podMeta.value(QStringLiteral("name")).toString(), podMeta.value(QStringLiteral("uid")).toString(),
                pod->object.value(QStringLiteral("status")).toObject().value(QStringLiteral("podIP")).toString(),
                pod->object.value(QStringLiteral("spec")).toObject().value(QStringLiteral("nodeName")).toString(),
                podMeta.value(QStringLiteral("labels")).toObject() });
    }
}

void ScenarioBuilder::addService(const QString& ns, const QString& name, const QMap<QString, QString>& selector,
    const QList<PortSpec>& ports, const QString& type, const QMap<QString, QString>& labels)
{
    QMap<QString, QString> serviceLabels = labels;
    serviceLabels.insert(QStringLiteral("app"), selector.value(QStringLiteral("app"), name));
    serviceLabels.insert(QStringLiteral("service"), name);
    QJsonObject metadata = meta(ns, name, m_created);
    metadata.insert(QStringLiteral("labels"), labelsJson(serviceLabels));
    QJsonObject service = object("v1", "Service", metadata);
    QJsonArray servicePorts;
    QJsonArray endpointPorts;
    for (const PortSpec& port : ports) {
        const int target = port.targetPort ? port.targetPort : port.port;
        servicePorts.append(QJsonObject { { QStringLiteral("name"), port.name }, { QStringLiteral("port"), port.port },
            { QStringLiteral("targetPort"), target }, { QStringLiteral("protocol"), QStringLiteral("TCP") } });
        endpointPorts.append(QJsonObject { { QStringLiteral("name"), port.name }, { QStringLiteral("port"), target },
            { QStringLiteral("protocol"), QStringLiteral("TCP") } });
    }
    const QString clusterIp = nextServiceIp();
    service.insert(QStringLiteral("spec"),
        QJsonObject { { QStringLiteral("type"), type }, { QStringLiteral("clusterIP"), clusterIp },
            { QStringLiteral("clusterIPs"), QJsonArray { clusterIp } }, { QStringLiteral("ports"), servicePorts },
            { QStringLiteral("selector"), labelsJson(selector) },
            { QStringLiteral("sessionAffinity"), QStringLiteral("None") },
            { QStringLiteral("ipFamilies"), QJsonArray { QStringLiteral("IPv4") } } });
    service.insert(QStringLiteral("status"),
        type == QStringLiteral("LoadBalancer") ? QJsonObject { { QStringLiteral("loadBalancer"),
            QJsonObject { { QStringLiteral("ingress"),
                QJsonArray { QJsonObject { { QStringLiteral("ip"), QStringLiteral("172.18.255.200") } } } } } } }
                                               : QJsonObject { { QStringLiteral("loadBalancer"), QJsonObject() } });
    m_store.create(QString(), QStringLiteral("services"), service);

    QJsonArray addresses;
    QJsonArray sliceEndpoints;
    for (const PodRef& pod : m_podsByApp.value(ns + QLatin1Char('/') + selector.value(QStringLiteral("app")))) {
        bool matches = !selector.isEmpty();
        for (auto it = selector.begin(); it != selector.end() && matches; ++it)
            matches = pod.labels.value(it.key()).toString() == it.value();
        if (!matches)
            continue;
        const QString& ip = pod.ip;
        const QString& node = pod.node;
        const QJsonObject targetRef { { QStringLiteral("kind"), QStringLiteral("Pod") },
            { QStringLiteral("namespace"), ns }, { QStringLiteral("name"), pod.name },
            { QStringLiteral("uid"), pod.uid } };
        addresses.append(QJsonObject { { QStringLiteral("ip"), ip }, { QStringLiteral("nodeName"), node },
            { QStringLiteral("targetRef"), targetRef } });
        sliceEndpoints.append(
            QJsonObject { { QStringLiteral("addresses"), QJsonArray { ip } }, { QStringLiteral("nodeName"), node },
                { QStringLiteral("conditions"),
                    QJsonObject { { QStringLiteral("ready"), true }, { QStringLiteral("serving"), true },
                        { QStringLiteral("terminating"), false } } },
                { QStringLiteral("targetRef"), targetRef } });
    }
    QJsonObject endpoints = object("v1", "Endpoints", metadata);
    if (!addresses.isEmpty())
        endpoints.insert(QStringLiteral("subsets"),
            QJsonArray { QJsonObject {
                { QStringLiteral("addresses"), addresses }, { QStringLiteral("ports"), endpointPorts } } });
    m_store.create(QString(), QStringLiteral("endpoints"), endpoints);

    QJsonObject sliceMeta = meta(ns, name + QLatin1Char('-') + hash(ns + name, 5), m_created);
    QMap<QString, QString> sliceLabels = serviceLabels;
    sliceLabels.insert(QStringLiteral("kubernetes.io/service-name"), name);
    sliceLabels.insert(
        QStringLiteral("endpointslice.kubernetes.io/managed-by"), QStringLiteral("endpointslice-controller.k8s.io"));
    sliceMeta.insert(QStringLiteral("labels"), labelsJson(sliceLabels));
    sliceMeta.insert(QStringLiteral("generateName"), QString(name + QLatin1Char('-')));
    QJsonObject slice = object("discovery.k8s.io/v1", "EndpointSlice", sliceMeta);
    slice.insert(QStringLiteral("addressType"), QStringLiteral("IPv4"));
    slice.insert(QStringLiteral("endpoints"), sliceEndpoints);
    slice.insert(QStringLiteral("ports"), endpointPorts);
    m_store.create(QStringLiteral("discovery.k8s.io"), QStringLiteral("endpointslices"), slice);
}

} // namespace meshscope::sim
