#pragma once

// The one kubeconfig loader, with kubectl's rules: reads every file in order (a file missing from $KUBECONFIG is
// skipped; --kubeconfig must exist; a directory, an unreadable file or invalid YAML is an error), checks the
// structure and the type of every field kubectl knows, and merges — the first file that defines a cluster, user
// or context name wins, and current-context comes from the first file that sets it. Both the context picker
// (`meshscope contexts`) and a connection (`Kubeconfig::load`) use it, so they agree on what is valid. Messages
// say FILE:LINE:COLUMN and never contain a credential.

#include "kubeconfigyaml.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace meshscope {

struct KubeconfigEntry
{
    QString name;
    std::shared_ptr<YamlNode> body; // the cluster/user/context map (a Null node when absent)
    QString file;
    QString baseDir; // relative paths in the entry resolve against it
    int line = 0; // where the entry starts
    int column = 0;

    QString where() const; // FILE:LINE:COLUMN
};

struct KubeconfigFiles
{
    QHash<QString, KubeconfigEntry> clusters;
    QHash<QString, KubeconfigEntry> users;
    QHash<QString, KubeconfigEntry> contexts;
    QStringList contextNames; // in the order the files list them
    QString currentContext;
    QStringList files; // the files that were read (empty ones included)
    QStringList looked; // every file asked for
    bool empty = true; // no file had any content
    QString error; // the first problem; nothing else is valid then

    bool ok() const { return error.isEmpty(); }
    // explicitFile: the single file came from --kubeconfig and must exist.
    static KubeconfigFiles read(const QStringList& files, bool explicitFile = false);
    // Adds one file's contents (already read) by the same rules; false (and error) when it is not valid.
    bool add(const QByteArray& bytes, const QString& file);

    // Files larger than this are not kubeconfigs (and /dev/zero must not fill the memory).
    static constexpr qint64 maxFileBytes = 64LL * 1024 * 1024;
};

} // namespace meshscope
