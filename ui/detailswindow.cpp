#include "detailswindow.h"

#include "ui_detailswindow.h"
#include "views/details/logstab.h"
#include "views/details/metricstab.h"
#include "views/details/overviewtab.h"
#include "views/overview/healthstyle.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QUrl>

namespace meshscope {

using health::Kind;

namespace {

metrics::EntityKind entityKind(Kind kind)
{
    switch (kind) {
    case Kind::App:
        return metrics::EntityKind::App;
    case Kind::Service:
        return metrics::EntityKind::Service;
    case Kind::Workload:
        break;
    }
    return metrics::EntityKind::Workload;
}

QString kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::App:
        return DetailsWindow::tr("Application");
    case Kind::Service:
        return DetailsWindow::tr("Service");
    case Kind::Workload:
        break;
    }
    return DetailsWindow::tr("Workload");
}

} // namespace

DetailsWindow::DetailsWindow(
    Kind kind, const QString& ns, const QString& name, details::PodLogsModel* logs, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::DetailsWindow>())
    , m_kind(kind)
    , m_namespace(ns)
    , m_name(name)
    , m_overview(new DetailsOverviewTab)
    , m_traffic(new QTableWidget)
    , m_inbound(new MetricsTab(metrics::Direction::Inbound))
    , m_outbound(new MetricsTab(metrics::Direction::Outbound))
    , m_logs(new LogsTab(logs))
    , m_envoyMessage(new QLabel)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("detailsWindow"));
    setWindowTitle(tr("%1 %2 (%3) — Meshscope").arg(kindTitle(kind), name, ns));
    m_ui->titleLabel->setText(QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span> %2 · %3")
                                  .arg(name.toHtmlEscaped(), kindTitle(kind), ns.toHtmlEscaped()));
    m_ui->bannerLabel->hide();
    m_ui->overviewTabLayout->addWidget(m_overview);
    m_traffic->setObjectName(QStringLiteral("trafficTable"));
    m_traffic->setColumnCount(8);
    m_traffic->setHorizontalHeaderLabels({ tr("Direction"), tr("Peer"), tr("Namespace"), tr("Protocol"), tr("Rate"),
        tr("Errors"), tr("p95"), tr("mTLS") });
    m_traffic->verticalHeader()->hide();
    m_traffic->horizontalHeader()->setStretchLastSection(true);
    m_traffic->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_traffic->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->trafficTabLayout->addWidget(m_traffic);
    m_ui->inboundTabLayout->addWidget(m_inbound);
    m_ui->outboundTabLayout->addWidget(m_outbound);
    m_ui->logsTabLayout->addWidget(m_logs);
    m_envoyMessage->setWordWrap(true);
    m_envoyMessage->setAlignment(Qt::AlignCenter);
    m_envoyMessage->setTextFormat(Qt::RichText);
    connect(m_envoyMessage, &QLabel::linkActivated, this, &DetailsWindow::proxyConfigRequested);
    m_ui->envoyTabLayout->addWidget(m_envoyMessage);
    if (kind == Kind::Service)
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->outboundTab), tr("Outbound metrics (none)"));

    connect(m_overview, &DetailsOverviewTab::openRequested, this, &DetailsWindow::openRequested);
    connect(m_overview, &DetailsOverviewTab::configRequested, this, &DetailsWindow::configRequested);
    connect(m_inbound, &MetricsTab::queryChanged, this, &DetailsWindow::metricsQueryChanged);
    connect(m_outbound, &MetricsTab::queryChanged, this, &DetailsWindow::metricsQueryChanged);
    connect(m_logs, &LogsTab::logQueryChanged, this, &DetailsWindow::logQueryChanged);
    connect(m_ui->graphButton, &QToolButton::clicked, this, &DetailsWindow::graphRequested);
    connect(m_ui->linksButton, &QToolButton::clicked, this, &DetailsWindow::linksEditRequested);
    connect(m_ui->tracesButton, &QToolButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl(m_tracesUrl)); });
    connect(m_ui->dashboardButton, &QToolButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl(m_dashboardUrl)); });
    m_inbound->setObject(entityKind(kind), ns, name);
    m_outbound->setObject(entityKind(kind), ns, name);
}

DetailsWindow::~DetailsWindow() = default;

MetricsTab* DetailsWindow::metricsTab(metrics::Direction direction) const
{
    return direction == metrics::Direction::Inbound ? m_inbound : m_outbound;
}

void DetailsWindow::setData(const details::DetailsData& data)
{
    if (!data.found) {
        m_ui->bannerLabel->setText(tr("%1 is not in the cluster (any more).").arg(m_name));
        m_ui->bannerLabel->show();
        return;
    }
    m_ui->bannerLabel->hide();
    m_ui->healthIcon->setPixmap(healthstyle::icon(data.health.status, palette(), 20).pixmap(20, 20));
    m_ui->healthLabel->setText(data.health.status == health::Status::Healthy
            ? health::statusText(data.health.status)
            : QStringLiteral("%1 — %2").arg(health::statusText(data.health.status), data.health.reason));
    m_overview->setData(data);
    QList<std::pair<QString, QStringList>> pods;
    for (const details::PodRow& pod : data.pods)
        pods.append({ pod.name, pod.containers });
    m_logs->setPods(m_namespace, pods);
}

void DetailsWindow::setTraffic(const QList<details::TrafficRow>& rows, const QString& error)
{
    m_overview->setTraffic(rows);
    m_traffic->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const details::TrafficRow& r = rows[i];
        const bool tcp = r.protocol == QLatin1String("tcp");
        const QStringList cells = { r.inbound ? tr("inbound") : tr("outbound"), r.peer, r.peerNamespace, r.protocol,
            tcp ? tr("%1 B/s").arg(r.rate, 0, 'f', 0) : tr("%1 req/s").arg(r.rate, 0, 'f', r.rate < 10 ? 2 : 1),
            tcp ? QStringLiteral("—") : QStringLiteral("%1 %").arg(r.errorPercent, 0, 'f', 1),
            r.p95Ms < 0 ? QStringLiteral("—") : tr("%1 ms").arg(r.p95Ms, 0, 'f', 0),
            r.mtlsPercent < 0 ? QStringLiteral("—") : QStringLiteral("%1 %").arg(r.mtlsPercent, 0, 'f', 0) };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 5 && r.errorPercent > 0)
                item->setForeground(healthstyle::color(health::Status::Degraded, palette()));
            m_traffic->setItem(i, c, item);
        }
    }
    m_traffic->resizeColumnsToContents();
    if (!error.isEmpty()) {
        m_ui->bannerLabel->setText(tr("Traffic: %1").arg(error));
        m_ui->bannerLabel->show();
    }
}

void DetailsWindow::showMetrics(metrics::Direction direction, const metrics::MetricsResultPtr& result)
{
    metricsTab(direction)->showResult(result);
}

void DetailsWindow::setLinks(const QString& traces, const QString& dashboard)
{
    m_tracesUrl = traces;
    m_dashboardUrl = dashboard;
    m_ui->tracesButton->setVisible(!traces.isEmpty());
    m_ui->dashboardButton->setVisible(!dashboard.isEmpty());
    m_ui->tracesButton->setToolTip(traces);
    m_ui->dashboardButton->setToolTip(dashboard);
}

void DetailsWindow::setEnvoyWidget(QWidget* widget)
{
    m_envoyMessage->hide();
    m_ui->envoyTabLayout->addWidget(widget);
}

void DetailsWindow::setEnvoyMessage(const QString& text)
{
    m_envoyMessage->setText(text);
    m_envoyMessage->show();
}

QString DetailsWindow::envoyText() const
{
    return m_envoyMessage->isVisible() ? m_envoyMessage->text() : QString();
}

void DetailsWindow::showTab(const QString& name)
{
    const QHash<QString, QWidget*> tabs
        = { { QStringLiteral("overview"), m_ui->overviewTab }, { QStringLiteral("traffic"), m_ui->trafficTab },
              { QStringLiteral("inbound"), m_ui->inboundTab }, { QStringLiteral("outbound"), m_ui->outboundTab },
              { QStringLiteral("logs"), m_ui->logsTab }, { QStringLiteral("envoy"), m_ui->envoyTab } };
    if (QWidget* tab = tabs.value(name))
        m_ui->tabs->setCurrentWidget(tab);
}

} // namespace meshscope
