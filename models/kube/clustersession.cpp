#include "clustersession.h"

#include "models/connectionstatus.h"

#include <QCoreApplication>

namespace meshscope {

ClusterSession::ClusterSession(ConnectionStatus* status, QObject* parent)
    : QObject(parent)
    , m_status(status)
    , m_namespaces(KubeModels::namespaces(this))
    , m_pods(KubeModels::pods(this))
    , m_services(KubeModels::services(this))
    , m_workloads(KubeModels::workloads(this))
    , m_istio(KubeModels::istioConfigs(this))
{ }

ClusterSession::~ClusterSession() = default;

QString ClusterSession::defaultNamespace() const
{
    return m_api ? m_api->config().defaultNamespace : QStringLiteral("default");
}

void ClusterSession::close()
{
    qDeleteAll(m_informers);
    m_informers.clear();
    delete std::exchange(m_writer, nullptr);
    delete std::exchange(m_discovery, nullptr);
    delete std::exchange(m_api, nullptr);
    for (KubeObjectModel* model : { m_namespaces, m_pods, m_services, m_workloads, m_istio })
        model->clear();
    m_ready = false;
    m_readOnly = true;
    m_error.clear();
    if (m_status)
        m_status->setState(ConnectionStatus::State::NotConfigured);
}

void ClusterSession::open(const QStringList& files, const QString& context, bool explicitFile)
{
    close();
    const Kubeconfig::Result config = Kubeconfig::load(files, context, explicitFile);
    if (!config.ok()) {
        fail(config.error);
        return;
    }
    if (m_status) {
        m_status->setContext(config.selection->context);
        m_status->setState(ConnectionStatus::State::Connecting);
    }
    m_api = new KubeApi(*config.selection, this);
    // "Connecting…" says what it waits for while a credential plugin runs (a login, a hanging plugin).
    connect(m_api, &KubeApi::credentialPluginRunning, this, [this](const QString& command, bool running) {
        if (m_status && !m_ready && m_error.isEmpty())
            m_status->setState(ConnectionStatus::State::Connecting,
                running ? tr("waiting for the credential plugin \"%1\"").arg(command) : QString());
    });
    if (!m_api->setupError().isEmpty()) {
        fail(m_api->setupError());
        return;
    }
    m_writer = new KubeWriter(m_api, this);
    m_discovery = new KubeDiscovery(m_api, this);
    connect(m_discovery, &KubeDiscovery::finished, this, &ClusterSession::discovered);
    m_discovery->run();
}

void ClusterSession::fail(const QString& message)
{
    m_error = message;
    if (m_status)
        m_status->setState(ConnectionStatus::State::Failed, message);
    emit failed(message);
}

void ClusterSession::discovered()
{
    if (m_discovery->resources().isEmpty() || !m_discovery->resource(QString(), QStringLiteral("pods"))) {
        fail(m_discovery->error().isEmpty() ? tr("The cluster serves no pods") : m_discovery->error());
        return;
    }
    // Read-only unless the user may change Istio routing (the writes Meshscope offers).
    auto* review = new KubeAccessReview(m_api, m_api);
    review->check(QStringLiteral("patch"), QStringLiteral("networking.istio.io"), QStringLiteral("virtualservices"), {},
        this, [this, review](const KubeAccessReview::Answer& answer) {
            review->deleteLater();
            accessReviewed(answer.error.isEmpty() && answer.allowed);
        });
}

void ClusterSession::accessReviewed(bool allowed)
{
    m_readOnly = !allowed;
    emit readOnlyChanged(m_readOnly);
    const auto feed = [this](KubeObjectModel* model, const QString& group, const QString& plural) {
        if (KubeInformer* source = informer(group, plural))
            model->addSource(source);
    };
    feed(m_namespaces, {}, QStringLiteral("namespaces"));
    feed(m_pods, {}, QStringLiteral("pods"));
    feed(m_services, {}, QStringLiteral("services"));
    for (const char* kind : { "deployments", "statefulsets", "daemonsets" })
        feed(m_workloads, QStringLiteral("apps"), QString::fromLatin1(kind));
    // Every Istio kind, each in its own version (EnvoyFilter is v1alpha3 next to v1 VirtualServices).
    const QList<KubeResource> resources = m_discovery->resources();
    for (const KubeResource& resource : resources) {
        if (resource.group.endsWith(QLatin1String(".istio.io")))
            feed(m_istio, resource.group, resource.resource);
    }
    m_ready = true;
    updateStatus();
    emit ready();
}

KubeInformer* ClusterSession::informer(const QString& group, const QString& plural)
{
    const QString key = group + QLatin1Char('/') + plural;
    if (KubeInformer* existing = m_informers.value(key))
        return existing;
    if (!m_discovery)
        return nullptr;
    const auto resource = m_discovery->resource(group, plural);
    if (!resource)
        return nullptr;
    auto* created = new KubeInformer(m_api, *resource, {}, this);
    connect(created, &KubeInformer::stateChanged, this, &ClusterSession::updateStatus);
    m_informers.insert(key, created);
    created->start();
    return created;
}

void ClusterSession::updateStatus()
{
    if (!m_status || !m_ready)
        return;
    QString staleError;
    bool stale = false;
    for (const KubeInformer* informer : std::as_const(m_informers)) {
        if (informer->staleSince().isValid()) {
            stale = true;
            staleError = informer->lastError();
        }
    }
    if (stale)
        m_status->setState(ConnectionStatus::State::Reconnecting, staleError);
    else
        m_status->setState(ConnectionStatus::State::Connected, m_readOnly ? tr("read-only") : QString());
}

} // namespace meshscope
