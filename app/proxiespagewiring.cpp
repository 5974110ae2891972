#include "proxiespagewiring.h"

#include "models/istio/istioclient.h"
#include "models/kube/clustersession.h"
#include "models/pagecatalog.h"
#include "models/proxy/graphnodepod.h"
#include "models/proxy/proxydetailcontroller.h"
#include "models/proxy/proxystatuscontroller.h"
#include "ui/clusterpicker.h"
#include "ui/istioconfigpage.h"
#include "ui/mainwindow.h"
#include "ui/proxiespage.h"
#include "views/common/resourcetablepage.h"

#include <QLineEdit>
#include <QStatusBar>

namespace meshscope {

ProxiesPageWiring::ProxiesPageWiring(MainWindow* window, ClusterSession* session, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_status(new ProxyStatusController(this))
    , m_detail(new ProxyDetailController(this))
    , m_page(new ProxiesPage(m_status, m_detail))
{
    m_page->setObjectName(QStringLiteral("proxiesPage"));
    window->setPageWidget(QStringLiteral("proxies"), m_page);
    connect(session, &ClusterSession::ready, this, &ProxiesPageWiring::connected);
    connect(session, &ClusterSession::failed, this, &ProxiesPageWiring::disconnected);
    connect(window->clusterPicker(), &ClusterPicker::namespaceChosen, m_status, &ProxyStatusController::setNamespace);
    connect(m_page, &ProxiesPage::openResourceRequested, this, &ProxiesPageWiring::openResource);
    if (session->isReady())
        connected();
}

ProxiesPageWiring::~ProxiesPageWiring()
{
    m_status->setClient(nullptr);
    m_detail->setClient(nullptr, nullptr);
}

bool ProxiesPageWiring::isSettled() const
{
    if (!m_status->hasData())
        return !m_status->error().isEmpty();
    if (m_detail->proxy().pod.isEmpty())
        return m_status->model()->rowCount() == 0;
    return m_detail->snapshot()->fetched.isValid();
}

void ProxiesPageWiring::connected()
{
    m_istio = std::make_unique<IstioClient>(m_session->api());
    m_review = std::make_unique<KubeAccessReview>(m_session->api());
    m_status->setNamespace(m_window->clusterPicker()->namespaceFilter());
    m_detail->setClient(m_istio.get(), m_review.get());
    m_status->setClient(m_istio.get());
    m_page->setConnected(true);
}

void ProxiesPageWiring::disconnected(const QString& reason)
{
    m_status->setClient(nullptr);
    m_detail->setClient(nullptr, nullptr);
    m_istio.reset();
    m_review.reset();
    m_page->setConnected(false, reason);
}

void ProxiesPageWiring::showGraphNode(const QString& nodeId)
{
    QList<QJsonObject> pods, services;
    if (KubeInformer* informer = m_session->informer({}, QStringLiteral("pods")))
        pods = informer->objects().values();
    if (KubeInformer* informer = m_session->informer({}, QStringLiteral("services")))
        services = informer->objects().values();
    const QString proxyId = podForGraphNode(nodeId, pods, services);
    if (proxyId.isEmpty()) {
        m_window->statusBar()->showMessage(tr("No pod with a proxy found for %1").arg(nodeId), 8000);
        return;
    }
    m_window->showPage(QStringLiteral("proxies"));
    m_page->selectProxy(proxyId);
}

void ProxiesPageWiring::openResource(const QString& kind, const QString& ns, const QString& name)
{
    // The links name the kind in lower case, as Istio's filter metadata does; the Istio Config page keys by Kind.
    static const QHash<QString, QString> kinds { { QStringLiteral("destinationrule"),
                                                     QStringLiteral("DestinationRule") },
        { QStringLiteral("virtualservice"), QStringLiteral("VirtualService") },
        { QStringLiteral("httproute"), QStringLiteral("HTTPRoute") } };
    const QString kindName = kinds.value(kind, kind);
    QWidget* widget = m_window->pageWidget(QStringLiteral("istio-config"));
    if (auto* config = qobject_cast<IstioConfigPage*>(widget)) {
        if (config->selectObject(kindName + QLatin1Char(':') + ns + QLatin1Char('/') + name)) {
            m_window->showPage(QStringLiteral("istio-config"));
            return;
        }
    } else if (auto* table = qobject_cast<ResourceTablePage*>(widget)) {
        m_window->showPage(QStringLiteral("istio-config"));
        table->filterEdit()->setText(name);
        return;
    }
    m_window->statusBar()->showMessage(tr("%1 %2 in namespace %3 is not in the cluster").arg(kindName, name, ns), 8000);
}

} // namespace meshscope
