// Which resources the API server serves: the built-in kinds plus every CustomResourceDefinition in the
// store (as the real API server, discovery follows the CRDs).
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshscope::sim {

class ObjectStore;

struct ResourceType
{
    QString group; // "" = core
    QStringList versions; // by Kubernetes version priority; the first is preferred
    QString resource; // plural
    QString singular;
    QString kind;
    bool namespaced = true;
    QStringList shortNames;
    QStringList categories;
    QStringList verbs;
    bool hasStatus = false;
    QJsonArray printerColumns; // CRD additionalPrinterColumns (of the preferred version)

    QString apiVersion(const QString& version) const
    {
        return group.isEmpty() ? version : group + QLatin1Char('/') + version;
    }
    bool serves(const QString& version) const { return versions.contains(version); }
    bool isVirtual() const { return verbs == QStringList { QStringLiteral("create") }; }
};

class ResourceCatalog
{
public:
    explicit ResourceCatalog(ObjectStore& store);

    QList<ResourceType> all() const;
    const ResourceType* find(const QString& group, const QString& resource) const;
    // Groups with their versions, in the order discovery lists them.
    QList<std::pair<QString, QStringList>> groups() const;

    static QStringList sortedByPriority(QStringList versions);

private:
    void rebuild() const;

    ObjectStore& m_store;
    mutable bool m_dirty = true;
    mutable QList<ResourceType> m_types;
};

} // namespace meshscope::sim
