#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QObject>

namespace meshscope {

class ClusterSession;
class ConnectionStatus;
class IstioConfigPage;
class MainWindow;
class ResourceTablePage;
namespace analysis {
class AnalysisResults;
}

// Puts the cluster's Istio config list into the main window's pages and keeps the namespace picker and the
// namespace filter in step with the cluster. The Istio Config page also shows the live analysis' findings.
class ClusterPages : public QObject
{
    Q_OBJECT
public:
    ClusterPages(MainWindow* window, ClusterSession* session, ConnectionStatus* status,
        analysis::AnalysisResults* analysis, QObject* parent = nullptr);

    ResourceTablePage* page(const QString& pageId) const { return m_pages.value(pageId); }
    IstioConfigPage* istioConfigPage() const { return m_istioConfig; }

private:
    ResourceTablePage* addPage(const QString& pageId, QAbstractItemModel* model);
    void prepare(const QString& pageId, ResourceTablePage* page);
    void updateNamespaceChoices();
    void applyNamespace(const QString& ns);
    // An empty list says why: no cluster, connecting (to what, waiting for what), the connection failed (why),
    // or the namespace has none.
    void updateEmptyStates();

    MainWindow* m_window;
    ClusterSession* m_session;
    ConnectionStatus* m_status;
    QHash<QString, ResourceTablePage*> m_pages;
    IstioConfigPage* m_istioConfig = nullptr;
};

} // namespace meshscope
