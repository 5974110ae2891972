#include "kubeconfigcontexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <yaml-cpp/yaml.h>

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

KubeconfigContexts KubeconfigContexts::read(const QStringList& files)
{
    KubeconfigContexts result;
    for (const QString& file : files) {
        if (!QFileInfo::exists(file))
            continue; // kubectl ignores missing files in $KUBECONFIG
        try {
            const YAML::Node root = YAML::LoadFile(file.toStdString());
            result.files << file;
            if (result.currentContext.isEmpty() && root["current-context"] && root["current-context"].IsScalar())
                result.currentContext = QString::fromStdString(root["current-context"].as<std::string>());
            const YAML::Node contexts = root["contexts"];
            if (!contexts || !contexts.IsSequence())
                continue;
            for (const YAML::Node& entry : contexts) {
                if (!entry.IsMap() || !entry["name"] || !entry["name"].IsScalar())
                    continue;
                const QString name = QString::fromStdString(entry["name"].as<std::string>());
                if (!result.contexts.contains(name))
                    result.contexts << name;
            }
        } catch (const YAML::Exception& e) {
            result.error = QCoreApplication::translate("KubeconfigContexts", "Cannot read kubeconfig %1: %2")
                               .arg(file, QString::fromStdString(e.msg));
        }
    }
    return result;
}

} // namespace meshscope
