#pragma once

#include "models/health/entitylistmodel.h"

#include <QWidget>
#include <memory>

class QMenu;
class QTableView;
class QTimer;

namespace Ui {
class ListPage;
}

namespace meshscope {

// The Applications, Workloads and Services pages: a filter row (name, labels, health, Istio config kind, only
// problems), the sortable list with health icons and config badges, a banner for stale or partial data, and an
// empty state that says why there is nothing to show. Renders what its model holds; a double-click or the
// context menu asks for details, the graph or (Services) a traffic shift.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    explicit ListPage(health::EntityListModel* model, QWidget* parent = nullptr);
    ~ListPage() override;

    health::EntityFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const;
    health::EntityListModel* model() const { return m_model; }

    void setNamespace(const QString& ns); // empty: every namespace
    // Before the first data: why there is none (no cluster, still listing, …).
    void setWaiting(const QString& reason);
    void setLoaded(); // data has arrived (possibly none)
    // A line above the list: stale caches, Prometheus errors. Empty hides it.
    void setBanner(const QString& text, bool error = false);
    QString bannerText() const;
    bool isShowingEmptyState() const;
    // Services: offer "Shift traffic…" in the context menu (wired by whoever implements it).
    void setShiftTrafficEnabled(bool enabled) { m_shiftTraffic = enabled; }

signals:
    void detailsRequested(const QString& ns, const QString& name);
    void graphRequested(const QString& ns, const QString& name);
    void shiftTrafficRequested(const QString& ns, const QString& name);
    void refreshRequested();

private:
    void setupFilters();
    void showContextMenu(const QPoint& position);
    void updateState();
    QModelIndex sourceIndexAt(const QModelIndex& viewIndex) const;

    std::unique_ptr<Ui::ListPage> m_ui;
    health::EntityListModel* m_model;
    health::EntityFilterProxy* m_proxy;
    QTimer* m_debounce;
    QString m_waitingReason;
    bool m_loaded = false;
    bool m_columnsSized = false;
    bool m_shiftTraffic = false;
};

} // namespace meshscope
