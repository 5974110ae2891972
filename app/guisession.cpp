#include "guisession.h"

#include "demomesh.h"
#include "models/appsettings.h"
#include "models/connectionstatus.h"
#include "models/kubeconfigcontexts.h"
#include "models/pagecatalog.h"
#include "ui/clusterpicker.h"
#include "ui/mainwindow.h"

namespace meshscope {

GuiSession::GuiSession(const StartupOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<AppSettings>())
    , m_pages(new PageCatalog(this))
    , m_status(new ConnectionStatus(this))
    , m_window(std::make_unique<MainWindow>(m_pages, m_status, m_settings.get()))
{
    if (m_options.screenshotFile.isEmpty())
        m_window->restoreFromSettings();
    if (!m_options.page.isEmpty())
        m_window->showPage(m_options.page);

    if (m_options.demo) {
        startDemoMesh();
    } else {
        loadContexts();
        markSettled();
    }
    connect(m_window->clusterPicker(), &ClusterPicker::contextChosen, this, [this](const QString& context) {
        m_settings->setLastContext(context);
        m_status->setContext(context);
    });
}

GuiSession::~GuiSession() = default;

void GuiSession::startDemoMesh()
{
    m_demo = new DemoMesh(this);
    m_status->setContext(tr("demo mesh"));
    connect(m_demo, &DemoMesh::progress, this,
        [this](const QString& message) { m_status->setState(ConnectionStatus::State::Connecting, message); });
    connect(m_demo, &DemoMesh::failed, this, [this](const QString& message) {
        m_status->setState(ConnectionStatus::State::Failed, message);
        markSettled();
    });
    connect(m_demo, &DemoMesh::ready, this, [this] {
        m_options.kubeconfig = m_demo->endpoints().kubeconfig;
        if (m_options.prometheus.isEmpty())
            m_options.prometheus = m_demo->endpoints().prometheus;
        loadContexts();
        m_status->setState(
            ConnectionStatus::State::Connected, tr("demo mesh at %1").arg(m_demo->endpoints().api.toString()));
        markSettled();
    });
    m_demo->start();
}

void GuiSession::markSettled()
{
    if (m_settled)
        return;
    m_settled = true;
    // Queued, so a caller connecting right after construction still hears it.
    QMetaObject::invokeMethod(this, &GuiSession::settled, Qt::QueuedConnection);
}

void GuiSession::loadContexts()
{
    const auto found = KubeconfigContexts::read(KubeconfigContexts::defaultFiles(m_options.kubeconfig));
    QString context = m_options.context;
    if (context.isEmpty())
        context = found.contexts.contains(m_settings->lastContext()) ? m_settings->lastContext() : found.currentContext;
    m_window->clusterPicker()->setContexts(found.contexts, context);
    m_status->setContext(found.contexts.isEmpty() ? QString() : context);
    if (!found.error.isEmpty())
        m_status->setState(ConnectionStatus::State::Failed, found.error);
    else if (!m_options.context.isEmpty() && !found.contexts.contains(m_options.context))
        m_status->setState(ConnectionStatus::State::Failed, tr("context \"%1\" is not in the kubeconfig").arg(context));
}

} // namespace meshscope
