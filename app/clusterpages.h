#pragma once

#include <QHash>
#include <QAbstractItemModel>
#include <QObject>

namespace meshscope {

class ClusterSession;
class MainWindow;
class ResourceTablePage;

// Puts the cluster's object lists (workloads, services, Istio config) into the main window's pages and
// keeps the namespace picker and the namespace filter in step with the cluster.
class ClusterPages : public QObject
{
    Q_OBJECT
public:
    ClusterPages(MainWindow* window, ClusterSession* session, QObject* parent = nullptr);

    ResourceTablePage* page(const QString& pageId) const { return m_pages.value(pageId); }

private:
    ResourceTablePage* addPage(const QString& pageId, QAbstractItemModel* model);
    void updateNamespaceChoices();
    void applyNamespace(const QString& ns);

    MainWindow* m_window;
    ClusterSession* m_session;
    QHash<QString, ResourceTablePage*> m_pages;
};

} // namespace meshscope
