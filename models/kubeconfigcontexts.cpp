#include "kubeconfigcontexts.h"

#include "models/kube/kubeconfig.h"

#include <QDir>

namespace meshscope {

QStringList KubeconfigContexts::defaultFiles(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return { explicitPath };
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty()) {
        QStringList files;
        for (const QString& path : env.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
            if (!files.contains(path))
                files << path;
        }
        return files;
    }
    return { QDir::homePath() + QStringLiteral("/.kube/config") };
}

KubeconfigContexts KubeconfigContexts::read(const QStringList& files, bool explicitFile)
{
    const Kubeconfig::Overview overview = Kubeconfig::overview(files, explicitFile);
    KubeconfigContexts result;
    result.contexts = overview.contexts;
    result.currentContext = overview.currentContext;
    result.files = overview.files;
    result.error = overview.error;
    result.warning = overview.warning;
    result.nothingFound = overview.nothingFound;
    return result;
}

} // namespace meshscope
