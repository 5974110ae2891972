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
    QString error; // a user-facing message when the files are not a usable kubeconfig (Kubeconfig::overview)
    QString warning; // something odd that does not stop the listing
    bool nothingFound = false; // none of the files exists

    static QStringList defaultFiles(const QString& explicitPath);
    // explicitFile: the path came from --kubeconfig (it must exist).
    static KubeconfigContexts read(const QStringList& files, bool explicitFile = false);
};

} // namespace meshscope
