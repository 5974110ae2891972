#include "weightrowswidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <cmath>

namespace meshscope {
namespace {

QString number(double value, const QString& unit, int decimals = 0)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return QString::number(value, 'f', decimals) + unit;
}

} // namespace

WeightRowsWidget::WeightRowsWidget(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    const QStringList headers { tr("Version"), tr("Pods"), tr("Share now"), tr("Errors"), tr("p95"), tr("Weight") };
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = new QLabel(headers.at(column), this);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        m_grid->addWidget(header, 0, column == 5 ? 5 : column, 1, column == 5 ? 4 : 1);
    }
    m_grid->setColumnStretch(5, 1);
}

QSlider* WeightRowsWidget::slider(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).slider : nullptr;
}
QSpinBox* WeightRowsWidget::spinBox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).spin : nullptr;
}
QToolButton* WeightRowsWidget::lockButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).lock : nullptr;
}
QToolButton* WeightRowsWidget::allButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).all : nullptr;
}

QString WeightRowsWidget::shareText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).share->text() : QString();
}

void WeightRowsWidget::setEditable(bool editable)
{
    m_editable = editable;
    for (int row = 0; row < m_views.size() && row < m_rows.size(); ++row)
        update(row, m_views.at(row));
}

void WeightRowsWidget::setRows(const QList<WeightRowView>& rows)
{
    QStringList versions;
    for (const WeightRowView& row : rows)
        versions << row.version;
    if (versions != m_versions)
        rebuild(rows);
    m_views = rows;
    for (int row = 0; row < rows.size(); ++row)
        update(row, rows.at(row));
}

void WeightRowsWidget::rebuild(const QList<WeightRowView>& rows)
{
    for (const RowWidgets& widgets : std::as_const(m_rows)) {
        for (QWidget* widget : { static_cast<QWidget*>(widgets.version), static_cast<QWidget*>(widgets.pods),
                 static_cast<QWidget*>(widgets.share), static_cast<QWidget*>(widgets.errors),
                 static_cast<QWidget*>(widgets.p95), static_cast<QWidget*>(widgets.slider),
                 static_cast<QWidget*>(widgets.spin), static_cast<QWidget*>(widgets.lock),
                 static_cast<QWidget*>(widgets.all) })
            delete widget;
    }
    m_rows.clear();
    m_versions.clear();
    for (int row = 0; row < rows.size(); ++row) {
        const int line = row + 1;
        RowWidgets widgets;
        widgets.version = new QLabel(this);
        widgets.pods = new QLabel(this);
        widgets.share = new QLabel(this);
        widgets.errors = new QLabel(this);
        widgets.p95 = new QLabel(this);
        for (QLabel* label : { widgets.share, widgets.errors, widgets.p95, widgets.pods })
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        widgets.slider = new QSlider(Qt::Horizontal, this);
        widgets.slider->setRange(0, 100);
        widgets.slider->setMinimumWidth(160);
        widgets.slider->setObjectName(QStringLiteral("weightSlider_") + rows.at(row).version);
        widgets.spin = new QSpinBox(this);
        widgets.spin->setRange(0, 100);
        widgets.spin->setSuffix(tr(" %"));
        widgets.spin->setObjectName(QStringLiteral("weightSpin_") + rows.at(row).version);
        widgets.lock = new QToolButton(this);
        widgets.lock->setCheckable(true);
        widgets.lock->setAutoRaise(true);
        widgets.lock->setObjectName(QStringLiteral("weightLock_") + rows.at(row).version);
        widgets.all = new QToolButton(this);
        widgets.all->setText(tr("All"));
        widgets.all->setToolTip(tr("Send all traffic to %1").arg(rows.at(row).version));
        widgets.all->setObjectName(QStringLiteral("weightAll_") + rows.at(row).version);
        m_grid->addWidget(widgets.version, line, 0);
        m_grid->addWidget(widgets.pods, line, 1);
        m_grid->addWidget(widgets.share, line, 2);
        m_grid->addWidget(widgets.errors, line, 3);
        m_grid->addWidget(widgets.p95, line, 4);
        m_grid->addWidget(widgets.slider, line, 5);
        m_grid->addWidget(widgets.spin, line, 6);
        m_grid->addWidget(widgets.lock, line, 7);
        m_grid->addWidget(widgets.all, line, 8);
        // Moving a slider or typing asks; the dialog answers with setRows().
        connect(
            widgets.slider, &QSlider::valueChanged, this, [this, row](int value) { emit weightRequested(row, value); });
        connect(
            widgets.spin, &QSpinBox::valueChanged, this, [this, row](int value) { emit weightRequested(row, value); });
        connect(widgets.lock, &QToolButton::toggled, this, [this, row](bool locked) { emit lockToggled(row, locked); });
        connect(widgets.all, &QToolButton::clicked, this, [this, row] { emit allToRequested(row); });
        m_rows << widgets;
        m_versions << rows.at(row).version;
    }
}

void WeightRowsWidget::update(int row, const WeightRowView& view)
{
    const RowWidgets& widgets = m_rows.at(row);
    widgets.version->setText(view.mirrored ? tr("%1 (mirror)").arg(view.version) : view.version);
    widgets.version->setToolTip(view.workloads);
    widgets.pods->setText(view.pods == view.readyPods ? QString::number(view.pods)
                                                      : tr("%1/%2 ready").arg(view.readyPods).arg(view.pods));
    widgets.pods->setToolTip(view.problem.isEmpty() ? view.workloads : view.problem);
    if (!view.problem.isEmpty())
        widgets.pods->setText(widgets.pods->text() + QStringLiteral(" !"));
    widgets.share->setText(number(view.liveShare, tr(" %")));
    widgets.errors->setText(number(view.liveErrorPercent, tr(" %"), 1));
    widgets.p95->setText(number(view.liveP95Ms, tr(" ms")));
    const QSignalBlocker blockSlider(widgets.slider);
    const QSignalBlocker blockSpin(widgets.spin);
    const QSignalBlocker blockLock(widgets.lock);
    widgets.slider->setValue(view.weight);
    widgets.spin->setValue(view.weight);
    // The range is the whole 0–100 scale; values outside [minimum, maximum] are pulled back by the arithmetic.
    const bool movable = !view.locked && !view.mirrored && view.minimum < view.maximum;
    widgets.slider->setEnabled(m_editable && movable);
    widgets.spin->setEnabled(m_editable && movable);
    widgets.lock->setChecked(view.locked);
    widgets.lock->setEnabled(m_editable && !view.mirrored);
    widgets.lock->setText(view.locked ? tr("Locked") : tr("Lock"));
    widgets.lock->setToolTip(view.locked ? tr("Unlock %1's weight").arg(view.version)
                                         : tr("Keep %1's weight while moving the others").arg(view.version));
    widgets.all->setEnabled(m_editable && view.problem.isEmpty());
    const QString tip = movable
        ? tr("%1: %2 % (%3–%4 % possible)").arg(view.version).arg(view.weight).arg(view.minimum).arg(view.maximum)
        : view.mirrored ? tr("%1 receives a copy of the requests, not a share").arg(view.version)
                        : tr("%1 is locked or nothing else can take its share").arg(view.version);
    widgets.slider->setToolTip(tip);
    widgets.spin->setToolTip(tip);
}

} // namespace meshscope
