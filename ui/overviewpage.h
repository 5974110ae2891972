#pragma once

#include "models/health/controlplane.h"
#include "models/health/namespacemodel.h"

#include <QWidget>
#include <memory>

namespace Ui {
class OverviewPage;
}

namespace meshscope {

// The Overview: a strip with the control plane (istiod revisions and versions, proxies in sync or stale, the
// mesh's mTLS), then one card — or one row, as the user prefers — per namespace, filtered by name or to those
// with problems and sorted by name, health, traffic or errors. A click offers the namespace's graph and lists.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(health::NamespaceModel* model, QWidget* parent = nullptr);
    ~OverviewPage() override;

    void setControlPlane(const health::ControlPlaneSummary& summary);
    void setWaiting(const QString& reason);
    void setLoaded();
    void setBanner(const QString& text, bool error = false);
    bool showsCards() const;
    void setShowCards(bool cards);
    health::NamespaceFilterProxy* proxy() const { return m_proxy; }
    QString controlPlaneText() const; // the strip, as plain text (for tests and accessibility)

signals:
    // pageId: graph, applications, workloads, services or istio-config.
    void openRequested(const QString& ns, const QString& pageId);
    void meshRequested();

private:
    void showMenu(const QModelIndex& proxyIndex, const QPoint& globalPosition);
    void updateState();

    std::unique_ptr<Ui::OverviewPage> m_ui;
    health::NamespaceModel* m_model;
    health::NamespaceFilterProxy* m_proxy;
    QString m_waitingReason;
    bool m_loaded = false;
};

} // namespace meshscope
