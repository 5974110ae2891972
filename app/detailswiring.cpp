#include "detailswiring.h"

#include "healthpageswiring.h"
#include "models/appsettings.h"
#include "models/details/podlogsfetcher.h"
#include "models/graph/graphpromquery.h"
#include "models/graph/graphservice.h"
#include "models/kube/clustersession.h"
#include "models/metrics/metricsrefresh.h"
#include "models/prometheus/promclient.h"
#include "ui/clusterpicker.h"
#include "ui/detailswindow.h"
#include "ui/mainwindow.h"
#include "views/details/logstab.h"
#include "views/details/metricstab.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meshscope {

using health::Kind;

namespace {

constexpr int metricsRefreshSeconds = 30;
constexpr int trafficWindowSeconds = 600;

QString entryKey(Kind kind, const QString& ns, const QString& name)
{
    return health::kindId(kind) + QLatin1Char('/') + ns + QLatin1Char('/') + name;
}

} // namespace

struct DetailsWiring::Entry
{
    QPointer<DetailsWindow> window;
    Kind kind = Kind::Workload;
    QString ns, name, app;
    metrics::MetricsRefresh* inbound = nullptr;
    metrics::MetricsRefresh* outbound = nullptr;
    graph::GraphService* traffic = nullptr;
    graph::GraphOptions trafficOptions;
    details::PodLogsModel* logs = nullptr;
    details::PodLogsFetcher* fetcher = nullptr;

    // The traffic tab's edges: a node graph around the object (no inventory: only its traffic is shown).
    void fetchTraffic()
    {
        traffic->fetch(trafficOptions, std::nullopt, false,
            [w = window, kind = kind, ns = ns, name = name](const graph::GraphResult& result) {
                if (!w)
                    return;
                if (!result.ok())
                    w->setTraffic({}, result.error);
                else
                    w->setTraffic(details::trafficRows(*result.graph, kind, ns, name), {});
            });
    }
};

DetailsWiring::DetailsWiring(MainWindow* window, ClusterSession* session, HealthPagesWiring* health, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_health(health)
{
    connect(health, &HealthPagesWiring::detailsRequested, this,
        [this](Kind kind, const QString& ns, const QString& name) { open(kind, ns, name); });
    connect(health, &HealthPagesWiring::snapshotShown, this, [this](const health::HealthSnapshotPtr& snapshot) {
        for (Entry* entry : std::as_const(m_entries))
            update(entry, snapshot);
    });
}

DetailsWiring::~DetailsWiring()
{
    for (Entry* entry : std::as_const(m_entries)) {
        delete entry->window;
        delete entry;
    }
}

DetailsWindow* DetailsWiring::window(Kind kind, const QString& ns, const QString& name) const
{
    const Entry* entry = m_entries.value(entryKey(kind, ns, name));
    return entry ? entry->window.data() : nullptr;
}

QString DetailsWiring::expandLink(
    const QString& pattern, Kind kind, const QString& ns, const QString& name, const QString& app, qint64 endSeconds)
{
    const qint64 start = endSeconds - 3600;
    QString url = pattern;
    url.replace(QStringLiteral("{namespace}"), ns)
        .replace(QStringLiteral("{name}"), name)
        .replace(QStringLiteral("{app}"), app.isEmpty() ? name : app)
        .replace(QStringLiteral("{workload}"), kind == Kind::Workload ? name : app)
        .replace(QStringLiteral("{service}"), kind == Kind::Service ? name : app)
        .replace(QStringLiteral("{startMs}"), QString::number(start * 1000))
        .replace(QStringLiteral("{endMs}"), QString::number(endSeconds * 1000))
        .replace(QStringLiteral("{startUs}"), QString::number(start * 1000000))
        .replace(QStringLiteral("{endUs}"), QString::number(endSeconds * 1000000));
    return url;
}

DetailsWindow* DetailsWiring::open(Kind kind, const QString& ns, const QString& name)
{
    const QString key = entryKey(kind, ns, name);
    Entry* entry = m_entries.value(key);
    if (entry && entry->window) {
        entry->window->show();
        entry->window->raise();
        entry->window->activateWindow();
        return entry->window;
    }
    if (!entry) {
        entry = new Entry;
        m_entries.insert(key, entry);
    }
    entry->kind = kind;
    entry->ns = ns;
    entry->name = name;
    entry->logs = new details::PodLogsModel(this);
    auto* w = new DetailsWindow(kind, ns, name, entry->logs);
    w->setAttribute(Qt::WA_DeleteOnClose);
    entry->window = w;
    // Everything of this window goes when it closes.
    entry->inbound = new metrics::MetricsRefresh(w);
    entry->outbound = new metrics::MetricsRefresh(w);
    entry->logs->setParent(w);
    if (m_session->api())
        entry->fetcher = new details::PodLogsFetcher(m_session->api(), w);
    for (metrics::MetricsRefresh* refresh : { entry->inbound, entry->outbound }) {
        refresh->setPromClient(m_health->promClient());
        refresh->setIntervalSeconds(metricsRefreshSeconds);
        const auto direction = refresh == entry->inbound ? metrics::Direction::Inbound : metrics::Direction::Outbound;
        connect(refresh, &metrics::MetricsRefresh::resultReady, w,
            [w, direction](const metrics::MetricsResultPtr& result) { w->showMetrics(direction, result); });
    }
    connect(w, &DetailsWindow::metricsQueryChanged, w, [entry](const metrics::MetricsQuery& query) {
        (query.direction == metrics::Direction::Inbound ? entry->inbound : entry->outbound)->setQuery(query);
    });
    // Both tabs asked while the window was being built: now the refreshers exist, ask again.
    entry->inbound->setQuery(w->metricsTab(metrics::Direction::Inbound)->query());
    entry->outbound->setQuery(w->metricsTab(metrics::Direction::Outbound)->query());

    if (PromClient* prom = m_health->promClient()) {
        QPointer<PromClient> client = prom;
        entry->traffic = new graph::GraphService(
            graph::instantQuery(prom),
            [client](const QString& key) {
                if (client)
                    client->cancel(key);
            },
            w);
        graph::GraphOptions options;
        options.type = kind == Kind::Workload ? graph::GraphType::Workload
            : kind == Kind::Service           ? graph::GraphType::Service
                                              : graph::GraphType::VersionedApp;
        options.namespaces = { ns };
        options.durationSeconds = trafficWindowSeconds;
        options.node = details::nodeFocus(kind, ns, name);
        options.health = graph::healthConfigFromText(AppSettings().graphHealthTolerances());
        entry->trafficOptions = options;
        entry->fetchTraffic();
    } else {
        w->setTraffic({}, tr("no Prometheus to ask"));
    }

    if (entry->fetcher) {
        connect(w, &DetailsWindow::logQueryChanged, w, [entry](const details::LogQuery& query) {
            entry->logs->clear();
            entry->fetcher->start(query);
        });
        connect(entry->fetcher, &details::PodLogsFetcher::linesArrived, entry->logs, &details::PodLogsModel::add);
        connect(
            entry->fetcher, &details::PodLogsFetcher::failed, w, [w](const QString& container, const QString& message) {
                w->logsTab()->setMessage(tr("%1: %2").arg(container, message));
            });
    }
    connect(
        w, &DetailsWindow::openRequested, this, [this](Kind k, const QString& n, const QString& o) { open(k, n, o); });
    connect(w, &DetailsWindow::configRequested, this, &DetailsWiring::showConfig);
    connect(w, &DetailsWindow::linksEditRequested, this, &DetailsWiring::editLinks);
    connect(w, &DetailsWindow::graphRequested, this, [this, ns] {
        m_window->clusterPicker()->chooseNamespace(ns);
        m_window->showPage(QStringLiteral("graph"));
        m_window->raise();
        m_window->activateWindow();
    });
    w->setEnvoyMessage(tr("The Envoy configuration of its pods (clusters, listeners, routes, endpoints, secrets, "
                          "istiod vs Envoy) is on the Proxies page: <a href=\"proxies\">open it there</a>."));
    connect(w, &DetailsWindow::proxyConfigRequested, this, [this, kind, ns, name] {
        // The graph's node ids (kind_cluster_namespace_name): the Proxies page picks a pod the same way for both.
        const QString prefix = kind == Kind::Service ? QStringLiteral("svc")
            : kind == Kind::Workload                 ? QStringLiteral("wl")
                                                     : QStringLiteral("app");
        emit proxyConfigRequested(QStringList { prefix, QStringLiteral("cluster"), ns, name }.join(QLatin1Char('_')));
    });
    if (health::HealthSnapshotPtr snapshot = m_health->controller()->snapshot())
        update(entry, snapshot);
    refreshLinks();
    w->resize(1150, 780);
    w->show();
    return w;
}

void DetailsWiring::update(Entry* entry, const health::HealthSnapshotPtr& snapshot)
{
    if (!entry->window)
        return;
    const details::DetailsData data = details::detailsData(*snapshot, entry->kind, entry->ns, entry->name);
    entry->app = data.app;
    entry->window->setData(data);
    if (entry->traffic && !entry->traffic->isBusy())
        entry->fetchTraffic();
}

void DetailsWiring::refreshLinks()
{
    const AppSettings settings;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (Entry* entry : std::as_const(m_entries)) {
        if (!entry->window)
            continue;
        const QString traces = settings.traceUrlTemplate();
        const QString dashboard = settings.dashboardUrlTemplate();
        entry->window->setLinks(
            traces.isEmpty() ? QString() : expandLink(traces, entry->kind, entry->ns, entry->name, entry->app, now),
            dashboard.isEmpty() ? QString()
                                : expandLink(dashboard, entry->kind, entry->ns, entry->name, entry->app, now));
    }
}

void DetailsWiring::editLinks()
{
    AppSettings settings;
    QDialog dialog(qobject_cast<QWidget*>(sender()));
    dialog.setWindowTitle(tr("Trace and dashboard links"));
    auto* traces = new QLineEdit(settings.traceUrlTemplate(), &dialog);
    auto* dashboard = new QLineEdit(settings.dashboardUrlTemplate(), &dialog);
    for (QLineEdit* edit : { traces, dashboard })
        edit->setMinimumWidth(560);
    auto* form = new QFormLayout;
    form->addRow(tr("Traces (Jaeger, Tempo):"), traces);
    form->addRow(tr("Dashboard (Grafana):"), dashboard);
    auto* help = new QLabel(tr("{namespace}, {name}, {app}, {workload}, {service}, {startMs}, {endMs}, {startUs} and "
                               "{endUs} are filled in. Leave a field empty to hide its link."),
        &dialog);
    help->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, &dialog, [traces, dashboard] {
        traces->setText(AppSettings::defaultTraceUrlTemplate());
        dashboard->setText(AppSettings::defaultDashboardUrlTemplate());
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setTraceUrlTemplate(traces->text().trimmed());
    settings.setDashboardUrlTemplate(dashboard->text().trimmed());
    refreshLinks();
}

void DetailsWiring::showConfig(const QString& kind, const QString& ns, const QString& name)
{
    const health::HealthSnapshotPtr snapshot = m_health->controller()->snapshot();
    if (!snapshot)
        return;
    for (const health::IstioObject& o : snapshot->istioObjects) {
        const QJsonObject meta = o.object.value(QLatin1String("metadata")).toObject();
        if (o.kind != kind || meta.value(QLatin1String("namespace")).toString() != ns
            || meta.value(QLatin1String("name")).toString() != name)
            continue;
        if (m_openConfig) {
            m_openConfig(o.object);
            return;
        }
        auto* dialog = new QDialog(qobject_cast<QWidget*>(sender()));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(QStringLiteral("%1 %2/%3").arg(kind, ns, name));
        auto* text = new QPlainTextEdit(dialog);
        text->setReadOnly(true);
        text->setFont(QFont(QStringLiteral("monospace")));
        QJsonObject shown = o.object;
        QJsonObject shownMeta = meta;
        shownMeta.remove(QStringLiteral("managedFields"));
        shown.insert(QStringLiteral("metadata"), shownMeta);
        text->setPlainText(QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)));
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        dialog->resize(640, 520);
        dialog->show();
        return;
    }
}

} // namespace meshscope
