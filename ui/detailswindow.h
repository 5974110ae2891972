#pragma once

#include "models/details/detailsdata.h"
#include "models/details/podlogsfetcher.h"
#include "models/metrics/metricsrefresh.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableWidget;

namespace Ui {
class DetailsWindow;
}

namespace meshscope {

class DetailsOverviewTab;
class LogsTab;
class MetricsTab;

// The detail page of one app, workload or service, in a window of its own: health and what it is (Overview),
// its edges with rate, errors, p95 and mTLS (Traffic), inbound and outbound metric charts, its pods' logs, the
// Envoy tab, and links to traces and dashboards. Renders what it is given; asks with signals.
class DetailsWindow : public QWidget
{
    Q_OBJECT
public:
    DetailsWindow(health::Kind kind, const QString& ns, const QString& name, details::PodLogsModel* logs,
        QWidget* parent = nullptr);
    ~DetailsWindow() override;

    health::Kind kind() const { return m_kind; }
    QString namespace_() const { return m_namespace; }
    QString name() const { return m_name; }

    void setData(const details::DetailsData& data);
    void setTraffic(const QList<details::TrafficRow>& rows, const QString& error);
    void showMetrics(metrics::Direction direction, const metrics::MetricsResultPtr& result);
    void setLinks(const QString& traces, const QString& dashboard); // URLs, empty hides the button
    // The Envoy tab: a widget that inspects the proxy, or a message why there is none.
    void setEnvoyWidget(QWidget* widget);
    void setEnvoyMessage(const QString& text);
    void showTab(const QString& name); // overview, traffic, inbound, outbound, logs, envoy

    DetailsOverviewTab* overviewTab() const { return m_overview; }
    QTableWidget* trafficTable() const { return m_traffic; }
    MetricsTab* metricsTab(metrics::Direction direction) const;
    LogsTab* logsTab() const { return m_logs; }
    QString envoyText() const;

signals:
    void openRequested(health::Kind kind, const QString& ns, const QString& name);
    void configRequested(const QString& kind, const QString& ns, const QString& name);
    void graphRequested();
    void proxyConfigRequested(); // the Envoy tab's link to the Proxies page
    void linksEditRequested();
    void metricsQueryChanged(const meshscope::metrics::MetricsQuery& query);
    void logQueryChanged(const meshscope::details::LogQuery& query);

private:
    std::unique_ptr<Ui::DetailsWindow> m_ui;
    health::Kind m_kind;
    QString m_namespace;
    QString m_name;
    DetailsOverviewTab* m_overview;
    QTableWidget* m_traffic;
    MetricsTab* m_inbound;
    MetricsTab* m_outbound;
    LogsTab* m_logs;
    QLabel* m_envoyMessage;
    QString m_tracesUrl, m_dashboardUrl;
};

} // namespace meshscope
