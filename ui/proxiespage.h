#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class ProxiesPage;
}

namespace meshscope {

class EmptyStateWidget;
class ProxyDetailController;
class ProxyDetailTabs;
class ProxyRowFilter;
class ProxyStatusController;

// The Proxies page: every proxy's xDS sync (STALE and failing ones stand out, and can be shown alone) and the
// selected proxy's Envoy configuration in tabs. Renders what the two controllers hold.
class ProxiesPage : public QWidget
{
    Q_OBJECT
public:
    ProxiesPage(ProxyStatusController* status, ProxyDetailController* detail, QWidget* parent = nullptr);
    ~ProxiesPage() override;

    // Without a cluster the page says why it is empty.
    void setConnected(bool connected, const QString& reason = {});
    // Shows a proxy ("pod.namespace"), as the graph's "Show proxy config" does.
    void selectProxy(const QString& proxyId);
    QString selectedProxy() const;

    ProxyDetailTabs* detailTabs() const { return m_tabs; }
    ProxyRowFilter* proxyFilter() const { return m_filter; }
    QString bannerText() const;

signals:
    void openResourceRequested(const QString& kind, const QString& ns, const QString& name);

private:
    void showStatus();
    void showDetailHeader();
    void proxyChosen(const QModelIndex& current);
    void applyInterval();

    std::unique_ptr<Ui::ProxiesPage> m_ui;
    ProxyStatusController* m_status;
    ProxyDetailController* m_detail;
    ProxyRowFilter* m_filter;
    ProxyDetailTabs* m_tabs;
    EmptyStateWidget* m_empty;
    QString m_pending; // a proxy asked for before the list had it
};

} // namespace meshscope
