#include "proxycommandsupport.h"

#include "models/istio/istioclient.h"
#include "models/kube/kubeapi.h"
#include "models/kube/kubeconfig.h"
#include "models/kubeconfigcontexts.h"

#include <cstdio>

namespace meshscope {

ProxyCommandCluster::ProxyCommandCluster(const QString& kubeconfig, const QString& context)
{
    const Kubeconfig::Result loaded
        = Kubeconfig::load(KubeconfigContexts::defaultFiles(kubeconfig), context, !kubeconfig.isEmpty());
    if (!loaded.ok()) {
        m_error = loaded.error;
        return;
    }
    m_api = std::make_unique<KubeApi>(*loaded.selection);
    if (!m_api->setupError().isEmpty()) {
        m_error = m_api->setupError();
        return;
    }
    m_istio = std::make_unique<IstioClient>(m_api.get());
}

ProxyCommandCluster::~ProxyCommandCluster()
{
    m_istio.reset();
    m_api.reset();
}

QString ProxyCommandCluster::defaultNamespace() const
{
    return m_api ? m_api->config().defaultNamespace : QStringLiteral("default");
}

QStringList normalizeGoBoolFlags(const QStringList& arguments, const QStringList& booleanFlags)
{
    QStringList out;
    for (const QString& argument : arguments) {
        bool handled = false;
        for (const QString& flag : booleanFlags) {
            const QString prefix = QStringLiteral("--") + flag + QLatin1Char('=');
            if (!argument.startsWith(prefix))
                continue;
            const QString value = argument.mid(prefix.size()).toLower();
            if (value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("t"))
                out << QStringLiteral("--") + flag;
            else if (value == QLatin1String("false") || value == QLatin1String("0") || value == QLatin1String("f"))
                out << QStringLiteral("--no-") + flag;
            else
                out << argument; // the parser reports it
            handled = true;
            break;
        }
        if (!handled)
            out << argument;
    }
    return out;
}

void writeStdout(const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

} // namespace meshscope
