#include "overviewtab.h"

#include "views/graph/graphstyle.h"
#include "views/overview/healthstyle.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTableWidget>
#include <QVBoxLayout>

namespace meshscope {

using health::Kind;

namespace {

QString labelsText(const health::Labels& labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

QString rateText(const details::TrafficRow& row)
{
    if (row.protocol == QLatin1String("tcp"))
        return NeighbourGraph::tr("%1 B/s").arg(row.rate, 0, 'f', 0);
    return NeighbourGraph::tr("%1 rps").arg(row.rate, 0, 'f', row.rate < 10 ? 2 : 1);
}

} // namespace

NeighbourGraph::NeighbourGraph(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(140);
}

QSize NeighbourGraph::sizeHint() const
{
    const qsizetype rows = std::max<qsizetype>(1,
        std::max(std::count_if(m_rows.begin(), m_rows.end(), [](const auto& r) { return r.inbound; }),
            std::count_if(m_rows.begin(), m_rows.end(), [](const auto& r) { return !r.inbound; })));
    return { 600, int(std::max<qsizetype>(140, rows * 34 + 20)) };
}

void NeighbourGraph::setEdges(const QString& self, const QList<details::TrafficRow>& rows)
{
    m_self = self;
    m_rows = rows;
    updateGeometry();
    update();
}

void NeighbourGraph::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const GraphColors colors = GraphColors::fromPalette(palette());
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    const QSizeF box(150, 26);
    const QRectF selfBox(
        area.center().x() - box.width() / 2, area.center().y() - box.height() / 2, box.width(), box.height());
    QList<details::TrafficRow> in, out;
    for (const details::TrafficRow& row : m_rows)
        (row.inbound ? in : out).append(row);
    const auto drawNode = [&](const QRectF& r, const QString& text, bool self) {
        painter.setPen(QPen(self ? palette().color(QPalette::Highlight) : colors.nodeBorder, self ? 2 : 1));
        painter.setBrush(colors.nodeFill);
        painter.drawRoundedRect(r, 4, 4);
        painter.setPen(colors.text);
        painter.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignCenter,
            painter.fontMetrics().elidedText(text, Qt::ElideMiddle, int(r.width()) - 8));
    };
    const auto column = [&](const QList<details::TrafficRow>& rows, qreal x, bool inbound) {
        const qreal spacing = rows.size() > 1 ? (area.height() - box.height()) / (rows.size() - 1) : 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qreal y = rows.size() > 1 ? area.top() + i * spacing : area.center().y() - box.height() / 2;
            const QRectF peer(x, y, box.width(), box.height());
            const QPointF from
                = inbound ? QPointF(peer.right(), peer.center().y()) : QPointF(selfBox.right(), selfBox.center().y());
            const QPointF to
                = inbound ? QPointF(selfBox.left(), selfBox.center().y()) : QPointF(peer.left(), peer.center().y());
            const QColor color
                = rows[i].protocol == QLatin1String("tcp") ? colors.tcp : colors.forHealth(rows[i].health);
            painter.setPen(QPen(color, 1.6));
            painter.drawLine(from, to);
            const QPointF direction = (to - from) / std::max(1.0, std::hypot(to.x() - from.x(), to.y() - from.y()));
            const QPointF normal(-direction.y(), direction.x());
            QPainterPath arrow;
            arrow.moveTo(to);
            arrow.lineTo(to - direction * 8 + normal * 4);
            arrow.lineTo(to - direction * 8 - normal * 4);
            arrow.closeSubpath();
            painter.fillPath(arrow, color);
            const QPointF middle = (from + to) / 2;
            painter.setPen(colors.dimText);
            painter.drawText(QRectF(middle.x() - 60, middle.y() - 16, 120, 14), Qt::AlignCenter, rateText(rows[i]));
            drawNode(peer, rows[i].peer, false);
        }
    };
    if (m_rows.isEmpty()) {
        drawNode(selfBox, m_self, true);
        painter.setPen(colors.dimText);
        painter.drawText(area.adjusted(0, selfBox.bottom() - area.top() + 6, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
            tr("No traffic in the window"));
        return;
    }
    column(in, area.left(), true);
    column(out, area.right() - box.width(), false);
    drawNode(selfBox, m_self, true);
}

DetailsOverviewTab::DetailsOverviewTab(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_related(new QLabel(this))
    , m_config(new QLabel(this))
    , m_pods(new QTableWidget(this))
    , m_graph(new NeighbourGraph(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* facts = new QGroupBox(tr("Details"), this);
    facts->setLayout(m_form);
    top->addWidget(facts, 1);
    auto* graphBox = new QGroupBox(tr("Neighbours"), this);
    auto* graphLayout = new QVBoxLayout(graphBox);
    graphLayout->addWidget(m_graph);
    top->addWidget(graphBox, 2);
    layout->addLayout(top, 3);
    for (QLabel* label : { m_related, m_config }) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setOpenExternalLinks(false);
    }
    m_related->setObjectName(QStringLiteral("relatedLabel"));
    m_config->setObjectName(QStringLiteral("configLabel"));
    m_pods->setObjectName(QStringLiteral("podsTable"));
    m_pods->setColumnCount(6);
    m_pods->setHorizontalHeaderLabels({ tr("Pod"), tr("Status"), tr("Restarts"), tr("Proxy"), tr("Node"), tr("IP") });
    m_pods->verticalHeader()->hide();
    m_pods->horizontalHeader()->setStretchLastSection(true);
    m_pods->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pods->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(new QLabel(tr("<b>Pods</b>"), this));
    layout->addWidget(m_pods, 2);
    layout->addWidget(m_related);
    layout->addWidget(m_config);
    connect(m_related, &QLabel::linkActivated, this, [this](const QString& link) {
        const QStringList parts = link.split(QLatin1Char('/'));
        if (parts.size() != 3)
            return;
        const Kind kind = parts[0] == QLatin1String("app") ? Kind::App
            : parts[0] == QLatin1String("service")         ? Kind::Service
                                                           : Kind::Workload;
        emit openRequested(kind, parts[1], parts[2]);
    });
    connect(m_config, &QLabel::linkActivated, this, [this](const QString& link) {
        const QStringList parts = link.split(QLatin1Char('/'));
        if (parts.size() == 3)
            emit configRequested(parts[0], parts[1], parts[2]);
    });
}

void DetailsOverviewTab::setData(const details::DetailsData& d)
{
    m_name = d.name;
    m_graph->setEdges(m_name, m_traffic);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto row = [this](const QString& label, const QString& value) {
        auto* text = new QLabel(value);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, text);
    };
    row(tr("Type"), d.type);
    if (!d.app.isEmpty())
        row(tr("App"), d.app);
    if (!d.versions.isEmpty())
        row(tr("Versions"), d.versions.join(QStringLiteral(", ")));
    if (d.kind == Kind::Workload) {
        row(tr("Replicas"),
            tr("%1 desired, %2 current, %3 available")
                .arg(d.replicas.desired)
                .arg(d.replicas.current)
                .arg(d.replicas.available));
        row(tr("Service account"), d.serviceAccount);
    }
    if (!d.ports.isEmpty()) {
        QStringList ports;
        for (const health::ServicePort& port : d.ports)
            ports.append(QStringLiteral("%1 %2/%3").arg(port.name).arg(port.port).arg(port.protocol));
        row(tr("Ports"), ports.join(QStringLiteral(", ")));
    }
    row(tr("Labels"), labelsText(d.labels));
    if (d.kind != Kind::App)
        row(tr("Selector"), labelsText(d.selector));
    row(tr("mTLS"), QStringLiteral("%1 (%2)").arg(d.mtls.mode, d.mtls.source));
    if (d.missingSidecar)
        row(tr("Mesh"), tr("Pods without the istio-proxy sidecar: their traffic is outside the mesh"));

    m_pods->setRowCount(int(d.pods.size()));
    for (int i = 0; i < d.pods.size(); ++i) {
        const details::PodRow& pod = d.pods[i];
        const QStringList cells = { pod.name, pod.ready ? pod.status : tr("%1 (not ready)").arg(pod.status),
            QString::number(pod.restarts), pod.proxy.isEmpty() ? tr("none") : pod.proxy, pod.node, pod.ip };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 1 && !pod.ready)
                item->setForeground(healthstyle::color(health::Status::Failure, palette()));
            m_pods->setItem(i, c, item);
        }
    }
    m_pods->resizeColumnsToContents();

    QStringList related;
    for (const details::RelatedObject& r : d.related) {
        related.append(QStringLiteral("<a href=\"%1/%2/%3\">%4 %3</a> (%5)")
                           .arg(health::kindId(r.kind), r.namespace_, r.name.toHtmlEscaped(), health::kindId(r.kind),
                               health::statusText(r.status)));
    }
    m_related->setText(
        tr("<b>Related</b>: %1").arg(related.isEmpty() ? tr("none") : related.join(QStringLiteral(", "))));
    QStringList config;
    for (const health::ConfigRef& ref : d.config) {
        config.append(QStringLiteral("<a href=\"%1/%2/%3\">%1 %2/%3</a>")
                          .arg(ref.kind, ref.namespace_, ref.name.toHtmlEscaped()));
    }
    m_config->setText(
        tr("<b>Istio config</b>: %1").arg(config.isEmpty() ? tr("none applies") : config.join(QStringLiteral(", "))));
}

void DetailsOverviewTab::setTraffic(const QList<details::TrafficRow>& rows)
{
    m_traffic = rows;
    m_graph->setEdges(m_name, rows);
}

QString DetailsOverviewTab::relatedText() const
{
    return m_related->text();
}

} // namespace meshscope
