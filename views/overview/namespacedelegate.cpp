#include "namespacedelegate.h"

#include "healthstyle.h"
#include "models/health/namespacemodel.h"
#include "overviewpainting.h"
#include "views/graph/graphstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace meshscope {

using health::NamespaceModel;
using health::Status;

namespace {

QList<int> counts(const QModelIndex& index)
{
    QList<int> result;
    for (const QVariant& v : index.data(NamespaceModel::StatusCountsRole).toList())
        result.append(v.toInt());
    return result;
}

QList<QPointF> sparkline(const QModelIndex& index)
{
    QList<QPointF> points;
    for (const QVariant& v : index.data(NamespaceModel::SparklineRole).toList())
        points.append(v.toPointF());
    return points;
}

QString trafficText(const QModelIndex& index)
{
    const double rate = index.data(NamespaceModel::RateRole).toDouble();
    const double errors = index.data(NamespaceModel::ErrorPercentRole).toDouble();
    if (rate < 0)
        return NamespaceDelegate::tr("no traffic data");
    QString text = NamespaceDelegate::tr("%1 req/s").arg(rate, 0, 'f', rate < 10 ? 2 : 1);
    if (errors >= 0)
        text += NamespaceDelegate::tr(" · %1 % errors").arg(errors, 0, 'f', 1);
    return text;
}

// A rounded label ("STRICT", "sidecar injection").
qreal paintChip(QPainter* painter, const QPointF& topRight, const QString& text, const QColor& color, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const qreal width = metrics.horizontalAdvance(text) + 12;
    const QRectF chip(topRight.x() - width, topRight.y(), width, metrics.height() + 4);
    painter->setPen(QPen(color, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter, text);
    return width;
}

} // namespace

NamespaceDelegate::NamespaceDelegate(Mode mode, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_mode(mode)
{ }

QSize NamespaceDelegate::cardSize()
{
    return { 330, 150 };
}

QSize NamespaceDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (m_mode == Mode::Card)
        return cardSize();
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == NamespaceModel::HealthColumn)
        size.setWidth(size.width() + 30);
    if (index.column() == NamespaceModel::TrafficColumn)
        size.setWidth(std::max(size.width() + 110, 200));
    size.setHeight(std::max(size.height(), 30));
    return size;
}

void NamespaceDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (m_mode == Mode::Card)
        return paintCard(painter, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QColor accent = GraphColors::fromPalette(option.palette).tcp;
    if (index.column() == NamespaceModel::HealthColumn) {
        opt.rect.adjust(28, 0, 0, 0);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRectF donut(option.rect.left() + 3, option.rect.top() + 3, 22, option.rect.height() - 6);
        overviewpainting::paintDonut(painter, donut, counts(index), option.palette);
        return;
    }
    if (index.column() == NamespaceModel::TrafficColumn) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRectF line(option.rect.right() - 104, option.rect.top() + 5, 100, option.rect.height() - 10);
        overviewpainting::paintSparkline(painter, line, sparkline(index), accent);
        return;
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

void NamespaceDelegate::paintCard(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(5, 5, -5, -5);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const auto worst = Status(index.data(NamespaceModel::WorstStatusRole).toInt());
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight)
            : hovered             ? palette.color(QPalette::Mid).darker(120)
                                  : palette.color(QPalette::Mid),
        selected ? 2 : 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 6, 6);
    // A stripe in the colour of the worst app: the eye finds trouble before reading.
    painter->setPen(Qt::NoPen);
    painter->setBrush(healthstyle::color(worst, palette));
    painter->drawRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2, 2);

    const qreal left = card.left() + 16;
    QFont title = option.font;
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QColor dim = palette.color(QPalette::PlaceholderText);
    const QColor text = palette.color(QPalette::Text);

    painter->setFont(title);
    painter->setPen(text);
    const QFontMetricsF titleMetrics(title);
    const QString name = index.data(NamespaceModel::NameRole).toString();
    painter->drawText(QPointF(left, card.top() + 10 + titleMetrics.ascent()),
        titleMetrics.elidedText(name, Qt::ElideRight, card.width() * 0.55));
    const QVariantMap config = index.data(NamespaceModel::ConfigCountsRole).toMap();
    painter->setPen(dim);
    paintChip(painter, QPointF(card.right() - 10, card.top() + 10),
        index.data(NamespaceModel::MeshLabelRole).toString(), dim, small);

    const QRectF donut(left, card.top() + 40, 62, 62);
    overviewpainting::paintDonut(painter, donut, counts(index), palette);
    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(
        QRectF(donut.left() - 6, donut.bottom() + 2, donut.width() + 12, 16), Qt::AlignCenter, tr("apps"));

    const QRectF graphArea(donut.right() + 18, donut.top(), card.right() - donut.right() - 30, 40);
    overviewpainting::paintSparkline(painter, graphArea, sparkline(index), GraphColors::fromPalette(palette).tcp);
    const double errors = index.data(NamespaceModel::ErrorPercentRole).toDouble();
    painter->setFont(option.font);
    painter->setPen(errors > 0 ? healthstyle::color(Status::Degraded, palette) : text);
    painter->drawText(QRectF(graphArea.left(), graphArea.bottom() + 4, graphArea.width(), 18),
        Qt::AlignLeft | Qt::AlignVCenter, trafficText(index));

    painter->setFont(small);
    const int objects = config.value(QStringLiteral("objects")).toInt();
    const int configErrors = config.value(QStringLiteral("errors")).toInt();
    const int warnings = config.value(QStringLiteral("warnings")).toInt();
    QString configText = objects == 0 ? tr("No Istio config") : tr("%n Istio object(s)", nullptr, objects);
    if (configErrors + warnings > 0)
        configText += tr(": %1 errors, %2 warnings").arg(configErrors).arg(warnings);
    painter->setPen(configErrors > 0 ? healthstyle::color(Status::Failure, palette)
            : warnings > 0           ? healthstyle::color(Status::Degraded, palette)
                                     : dim);
    painter->drawText(QRectF(graphArea.left(), graphArea.bottom() + 24, graphArea.width(), 16),
        Qt::AlignLeft | Qt::AlignVCenter, configText);
    const QString mtls = index.data(NamespaceModel::MtlsRole).toString();
    const QColor mtlsColor = mtls == QLatin1String("STRICT") ? healthstyle::color(Status::Healthy, palette) : dim;
    painter->setPen(mtlsColor);
    paintChip(painter, QPointF(card.right() - 10, card.bottom() - 26), tr("mTLS %1").arg(mtls), mtlsColor, small);
    painter->restore();
}

bool NamespaceDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (m_mode != Mode::Card || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QList<int> c = counts(index);
    const QString tip = tr("<b>%1</b><br>%2 healthy, %3 degraded, %4 failing, %5 not ready, %6 without health "
                           "information<br>%7<br>mTLS: %8<br>Click for its graph and lists.")
                            .arg(index.data(NamespaceModel::NameRole).toString())
                            .arg(c.value(int(Status::Healthy)))
                            .arg(c.value(int(Status::Degraded)))
                            .arg(c.value(int(Status::Failure)))
                            .arg(c.value(int(Status::NotReady)))
                            .arg(c.value(int(Status::NA)))
                            .arg(trafficText(index))
                            .arg(index.siblingAtColumn(NamespaceModel::MtlsColumn).data(Qt::ToolTipRole).toString());
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace meshscope
