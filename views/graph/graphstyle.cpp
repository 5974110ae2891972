#include "graphstyle.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace meshscope {

namespace {

// The translation context of the texts below (free functions have no tr() of their own).
struct GraphStyle
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::GraphStyle)
};

QString tr(const char* text)
{
    return GraphStyle::tr(text);
}

// Two significant digits, like Kiali's edge labels.
QString twoDigits(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    const double magnitude = std::floor(std::log10(std::abs(value)));
    const int decimals = std::max(0, int(1 - magnitude));
    return QString::number(value, 'f', std::min(decimals, 4));
}

} // namespace

GraphColors GraphColors::fromPalette(const QPalette& palette)
{
    GraphColors c;
    c.background = palette.color(QPalette::Base);
    c.dark = c.background.lightness() < 128;
    c.text = palette.color(QPalette::Text);
    c.dimText = palette.color(QPalette::PlaceholderText);
    // PatternFly's colours, as Kiali uses them; a little brighter on dark backgrounds.
    c.healthy = c.dark ? QColor(0x5b, 0xa3, 0x52) : QColor(0x3e, 0x86, 0x35);
    c.degraded = c.dark ? QColor(0xf4, 0xb6, 0x78) : QColor(0xec, 0x7a, 0x08);
    c.failure = c.dark ? QColor(0xf0, 0x56, 0x56) : QColor(0xc9, 0x19, 0x0b);
    c.idle = c.dark ? QColor(0x6a, 0x6e, 0x73) : QColor(0xb8, 0xbb, 0xbe);
    c.tcp = c.dark ? QColor(0x73, 0xbc, 0xf7) : QColor(0x00, 0x66, 0xcc);
    c.find = QColor(0xf0, 0xab, 0x00);
    c.selection = palette.color(QPalette::Highlight);
    c.nodeFill = c.dark ? QColor(0x2e, 0x31, 0x36) : QColor(0xff, 0xff, 0xff);
    c.nodeBorder = c.dark ? QColor(0xb8, 0xbb, 0xbe) : QColor(0x4f, 0x52, 0x55);
    c.labelBackground = c.background;
    c.labelBackground.setAlpha(215);
    c.badge = c.dark ? QColor(0x8b, 0x43, 0xd6).lighter(130) : QColor(0x5e, 0x40, 0xbe);
    return c;
}

QColor GraphColors::forHealth(graph::Health health) const
{
    switch (health) {
    case graph::Health::Healthy:
        return healthy;
    case graph::Health::Degraded:
        return degraded;
    case graph::Health::Failure:
        return failure;
    case graph::Health::None:
        break;
    }
    return idle;
}

QColor GraphColors::forEdge(const graph::Edge& edge) const
{
    return forEdge(edge.requestRate(), edge.protocol == QLatin1String("tcp"), edge.health);
}

QColor GraphColors::forEdge(double requestRate, bool isTcp, graph::Health health) const
{
    if (requestRate <= 0)
        return idle;
    if (isTcp)
        return tcp;
    return health == graph::Health::None ? healthy : forHealth(health);
}

const QFont& graphLabelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(8.5);
        return f;
    }();
    return font;
}

const QFont& graphSmallFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(7);
        return f;
    }();
    return font;
}

double GraphDetail::labelPixels()
{
    static const double pixels = QFontInfo(graphLabelFont()).pixelSize();
    return pixels;
}

GraphDetail GraphDetail::at(double zoom, qsizetype nodeCount)
{
    GraphDetail detail;
    if (nodeCount > SmallGraphNodes) {
        detail.overview = zoom < OverviewZoom;
        detail.labels = zoom >= LargeGraphLabelZoom;
        return detail;
    }
    const double natural = labelPixels() * zoom;
    detail.overview = zoom < SmallGraphOverviewZoom;
    detail.labelScale = natural > 0 ? std::clamp(MinLabelPixels / natural, 1.0, MaxLabelScale) : 1.0;
    detail.labels = !detail.overview && natural * detail.labelScale >= MinLabelPixels * 0.999;
    return detail;
}

QString formatBytesPerSecond(double bytes)
{
    // Kiali shows bits: bps, kbps, Mbps.
    const double bits = bytes * 8;
    if (bits >= 1e6)
        return twoDigits(bits / 1e6) + QStringLiteral(" Mbps");
    if (bits >= 1e3)
        return twoDigits(bits / 1e3) + QStringLiteral(" kbps");
    return twoDigits(bits) + QStringLiteral(" bps");
}

QString formatRate(double perSecond, const QString& protocol)
{
    if (protocol == QLatin1String("tcp"))
        return formatBytesPerSecond(perSecond);
    return twoDigits(perSecond) + QStringLiteral(" rps");
}

QString formatMilliseconds(double ms)
{
    if (ms >= 1000)
        return twoDigits(ms / 1000) + QStringLiteral(" s");
    return QString::number(ms < 10 ? std::round(ms * 10) / 10 : std::round(ms)) + QStringLiteral(" ms");
}

QString formatDuration(int seconds)
{
    if (seconds > 0 && seconds % 86400 == 0)
        return QStringLiteral("%1d").arg(seconds / 86400);
    if (seconds > 0 && seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

QString formatPercent(double percent)
{
    return twoDigits(percent) + QLatin1Char('%');
}

QString edgeLabelText(const graph::Edge& edge, EdgeLabel mode)
{
    const bool tcp = edge.protocol == QLatin1String("tcp");
    auto responseTime = [&](const char* key) -> QString {
        const double ms = edge.responseTimes.value(QString::fromLatin1(key), -1);
        return ms >= 0 ? formatMilliseconds(ms) : QString();
    };
    switch (mode) {
    case EdgeLabel::None:
        return {};
    case EdgeLabel::RequestRate: {
        if (edge.requestRate() <= 0)
            return {};
        QString text = formatRate(edge.requestRate(), edge.protocol);
        if (edge.errorPercent() > 0)
            text += QLatin1Char('\n') + formatPercent(edge.errorPercent());
        return text;
    }
    case EdgeLabel::RequestPercent: {
        const double percent = edge.requestPercent();
        return !tcp && percent > 0 && percent < 99.95 ? formatPercent(percent) : QString();
    }
    case EdgeLabel::ResponseTimeAvg:
        return responseTime("avg");
    case EdgeLabel::ResponseTimeP50:
        return responseTime("0.5");
    case EdgeLabel::ResponseTimeP95:
        return responseTime("0.95");
    case EdgeLabel::ResponseTimeP99:
        return responseTime("0.99");
    case EdgeLabel::Throughput:
        return edge.throughput > 0 ? formatBytesPerSecond(edge.throughput) : QString();
    case EdgeLabel::ErrorPercent:
        return edge.errorPercent() > 0 ? formatPercent(edge.errorPercent()) : QString();
    }
    return {};
}

QString nodeTypeTitle(graph::NodeType type, bool serviceEntry)
{
    if (serviceEntry)
        return GraphStyle::tr("Service entry");
    switch (type) {
    case graph::NodeType::App:
        return GraphStyle::tr("App");
    case graph::NodeType::Service:
        return GraphStyle::tr("Service");
    case graph::NodeType::Workload:
        return GraphStyle::tr("Workload");
    case graph::NodeType::Unknown:
        return GraphStyle::tr("Unknown");
    case graph::NodeType::Aggregate:
        return GraphStyle::tr("Operation");
    case graph::NodeType::Box:
        return GraphStyle::tr("Box");
    }
    return {};
}

QString healthTitle(graph::Health health)
{
    switch (health) {
    case graph::Health::None:
        break;
    case graph::Health::Healthy:
        return GraphStyle::tr("Healthy");
    case graph::Health::Degraded:
        return GraphStyle::tr("Degraded");
    case graph::Health::Failure:
        return GraphStyle::tr("Failure");
    }
    return {};
}

QString nodeTooltip(const graph::Node& node)
{
    QString html = QStringLiteral("<b>%1</b> <i>%2</i>")
                       .arg(node.displayName().toHtmlEscaped(),
                           nodeTypeTitle(node.type, !node.isServiceEntry.isEmpty()).toHtmlEscaped());
    html += QStringLiteral("<table>");
    auto row = [&html](const QString& name, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td>%1&nbsp;</td><td>%2</td></tr>").arg(name, value.toHtmlEscaped());
    };
    row(GraphStyle::tr("Namespace"), node.namespace_);
    row(GraphStyle::tr("Cluster"), node.cluster == QLatin1String("unknown") ? QString() : node.cluster);
    row(GraphStyle::tr("Workload"), node.type == graph::NodeType::Workload ? QString() : node.workload);
    row(GraphStyle::tr("App"), node.type == graph::NodeType::App ? QString() : node.app);
    row(GraphStyle::tr("Version"), node.version);
    row(GraphStyle::tr("Service"), node.type == graph::NodeType::Service ? QString() : node.service);
    row(GraphStyle::tr("Health"), healthTitle(node.health));
    row(GraphStyle::tr("Hosts"), node.serviceEntryHosts.join(QStringLiteral(", "))); // a ServiceEntry's
    row(node.virtualServices.size() > 1 ? GraphStyle::tr("Virtual services") : GraphStyle::tr("Virtual service"),
        node.virtualServices.join(QStringLiteral(", ")));
    // The VirtualService's traffic shifting: what share each subset (or host) is meant to get.
    QStringList weights;
    for (auto it = node.trafficWeights.cbegin(); it != node.trafficWeights.cend(); ++it)
        weights << QStringLiteral("%1 %2%").arg(it.key()).arg(it.value());
    row(GraphStyle::tr("Traffic weights"), weights.join(QStringLiteral(", ")));
    for (auto it = node.rates.cbegin(); it != node.rates.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        const bool tcp = it.key().startsWith(QLatin1String("tcp"));
        row(it.key(), tcp ? formatBytesPerSecond(it.value()) : twoDigits(it.value()) + QStringLiteral(" rps"));
    }
    QStringList flags;
    if (node.isRoot)
        flags << GraphStyle::tr("traffic source");
    if (node.isGateway)
        flags << GraphStyle::tr("gateway");
    if (node.isOutside)
        flags << GraphStyle::tr("outside the selected namespaces");
    if (node.isInaccessible)
        flags << GraphStyle::tr("inaccessible");
    if (node.isIdle)
        flags << GraphStyle::tr("idle");
    if (node.isDead)
        flags << GraphStyle::tr("no pods");
    if (node.hasVirtualService)
        flags << GraphStyle::tr("virtual service");
    if (node.hasCircuitBreaker)
        flags << GraphStyle::tr("circuit breaker");
    if (node.hasFaultInjection)
        flags << GraphStyle::tr("fault injection");
    if (node.hasTrafficShifting)
        flags << GraphStyle::tr("traffic shifting");
    if (node.hasRequestRouting)
        flags << GraphStyle::tr("request routing");
    if (node.hasMissingSidecar)
        flags << GraphStyle::tr("missing sidecar");
    if (!node.isServiceEntry.isEmpty())
        flags << node.isServiceEntry;
    row(GraphStyle::tr("Flags"), flags.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");
    return html;
}

QString edgeTooltip(const graph::Edge& edge, const graph::Node* source, const graph::Node* dest)
{
    const QString from = source ? source->displayName() : edge.source;
    const QString to = dest ? dest->displayName() : edge.dest;
    QString html = QStringLiteral("<b>%1 → %2</b> <i>%3</i><table>")
                       .arg(from.toHtmlEscaped(), to.toHtmlEscaped(), edge.protocol.toHtmlEscaped());
    auto row = [&html](const QString& name, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td>%1&nbsp;</td><td>%2</td></tr>").arg(name, value.toHtmlEscaped());
    };
    row(GraphStyle::tr("Rate"), formatRate(edge.requestRate(), edge.protocol));
    if (edge.protocol != QLatin1String("tcp")) {
        row(GraphStyle::tr("Of source traffic"), formatPercent(edge.requestPercent()));
        row(GraphStyle::tr("Errors"), formatPercent(edge.errorPercent()));
    }
    for (const auto& [key, label] :
        { std::pair { "avg", QT_TRANSLATE_NOOP("meshscope::GraphStyle", "Response time (avg)") },
            { "0.5", QT_TRANSLATE_NOOP("meshscope::GraphStyle", "Response time (p50)") },
            { "0.95", QT_TRANSLATE_NOOP("meshscope::GraphStyle", "Response time (p95)") },
            { "0.99", QT_TRANSLATE_NOOP("meshscope::GraphStyle", "Response time (p99)") } }) {
        const double ms = edge.responseTimes.value(QString::fromLatin1(key), -1);
        if (ms >= 0)
            row(tr(label), formatMilliseconds(ms));
    }
    if (edge.responseTimes.isEmpty() && edge.responseTimeMs >= 0)
        row(GraphStyle::tr("Response time"), formatMilliseconds(edge.responseTimeMs));
    if (edge.throughput >= 0)
        row(GraphStyle::tr("Throughput"), formatBytesPerSecond(edge.throughput));
    if (edge.mtlsPercent >= 0)
        row(GraphStyle::tr("mTLS"), formatPercent(edge.mtlsPercent));
    row(GraphStyle::tr("Health"), healthTitle(edge.health));
    QStringList codes;
    for (auto it = edge.responses.cbegin(); it != edge.responses.cend(); ++it) {
        double percent = 0;
        for (double value : it.value().flags)
            percent += value;
        codes << it.key() + QStringLiteral(": ") + formatPercent(percent);
    }
    row(GraphStyle::tr("Responses"), codes.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");
    return html;
}

void paintNodeShape(QPainter* painter, const QRectF& rect, graph::NodeType type, bool serviceEntry)
{
    const double w = rect.width();
    const double h = rect.height();
    const QPointF c = rect.center();
    if (serviceEntry) {
        const QPolygonF trapezoid { QPointF(rect.left() + w * 0.22, rect.top() + h * 0.15),
            QPointF(rect.right() - w * 0.22, rect.top() + h * 0.15), QPointF(rect.right(), rect.bottom() - h * 0.15),
            QPointF(rect.left(), rect.bottom() - h * 0.15) };
        painter->drawPolygon(trapezoid);
        return;
    }
    switch (type) {
    case graph::NodeType::App:
        painter->drawRoundedRect(rect.adjusted(w * 0.06, h * 0.14, -w * 0.06, -h * 0.14), 3, 3);
        return;
    case graph::NodeType::Service: {
        const QPolygonF rhombus { QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
            QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y()) };
        painter->drawPolygon(rhombus);
        return;
    }
    case graph::NodeType::Aggregate: {
        QPolygonF hexagon;
        for (int i = 0; i < 6; ++i) {
            const double angle = M_PI / 3 * i;
            hexagon << QPointF(c.x() + w / 2 * std::cos(angle), c.y() + h / 2 * std::sin(angle) * 0.9);
        }
        painter->drawPolygon(hexagon);
        return;
    }
    case graph::NodeType::Workload:
    case graph::NodeType::Unknown:
    case graph::NodeType::Box:
        break;
    }
    painter->drawEllipse(rect.adjusted(w * 0.1, h * 0.1, -w * 0.1, -h * 0.1));
}

} // namespace meshscope
