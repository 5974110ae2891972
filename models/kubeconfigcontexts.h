#pragma once

#include <QString>
#include <QStringList>

namespace meshscope {

// The context names a kubeconfig offers, for the context picker. Reads only names, never credentials.
// Files are taken the way kubectl takes them: --kubeconfig wins, else every file in $KUBECONFIG
// (first current-context wins), else ~/.kube/config.
struct KubeconfigContexts
{
    QStringList contexts;
    QString currentContext;
    QStringList files; // the files that were read
    QString error; // a user-facing message when a file could not be read

    static QStringList defaultFiles(const QString& explicitPath);
    static KubeconfigContexts read(const QStringList& files);
};

} // namespace meshscope
