#include "guisession.h"

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
        m_status->setContext(tr("demo mesh"));
        m_status->setState(ConnectionStatus::State::NotConfigured, tr("the demo mesh simulator is not available yet"));
    } else {
        loadContexts();
    }
    connect(m_window->clusterPicker(), &ClusterPicker::contextChosen, this, [this](const QString& context) {
        m_settings->setLastContext(context);
        m_status->setContext(context);
    });
}

GuiSession::~GuiSession() = default;

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
