#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QAbstractItemView;
class QWidget;

namespace meshscope {

class ClusterSession;
class GraphPage;
class PromClient;
class TrafficShiftDialog;

namespace traffic {
class ChangeHistory;
}

// Opens the traffic wizards (TrafficShiftDialog) from where a service is shown: the Graph page's "Shift traffic…"
// (a service node, or a versioned app's box) and the Services list's action. One dialog per service; the change
// history is shared by them and kept on disk.
class TrafficWiring : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over dialogParent (the main window).
    TrafficWiring(QWidget* dialogParent, ClusterSession* session, QObject* parent = nullptr);
    ~TrafficWiring() override;

    // Where the live split comes from (the Graph page's Prometheus, once it has one).
    void setPrometheusSource(std::function<PromClient*()> source) { m_prometheus = std::move(source); }
    void attachGraphPage(GraphPage* page);
    // Adds "Shift traffic…" to a list of services whose model has KubeObjectModel's roles.
    void attachServiceList(QAbstractItemView* view);

    TrafficShiftDialog* openDialog(const QString& ns, const QString& service);
    traffic::ChangeHistory* history() const { return m_history.get(); }

signals:
    void changeApplied(const QString& ns, const QString& service);

private:
    QString serviceOfApp(const QString& ns, const QString& app) const;

    QPointer<QWidget> m_dialogParent;
    ClusterSession* m_session;
    std::unique_ptr<traffic::ChangeHistory> m_history;
    std::function<PromClient*()> m_prometheus;
    QHash<QString, QPointer<TrafficShiftDialog>> m_dialogs; // by "namespace/service"
};

} // namespace meshscope
