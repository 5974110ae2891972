#include "emptystatewidget.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace meshscope {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_reason(new QLabel(this))
{
    // A fixed-width column in the middle, so long explanations wrap into a readable paragraph.
    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(10);
    for (QLabel* label : { m_icon, m_title, m_description, m_reason }) {
        label->setParent(column);
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        columnLayout->addWidget(label);
    }
    m_icon->setObjectName(QStringLiteral("emptyIcon"));
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    m_description->setObjectName(QStringLiteral("emptyDescription"));
    m_reason->setObjectName(QStringLiteral("emptyReason"));

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
}

void EmptyStateWidget::setIcon(const QString& resourcePath)
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = QIcon(resourcePath).pixmap(QSize(96, 96), dpr);
    m_icon->setPixmap(pixmap);
}

void EmptyStateWidget::setTitle(const QString& title)
{
    m_title->setText(title);
}
void EmptyStateWidget::setDescription(const QString& text)
{
    m_description->setText(text);
}
void EmptyStateWidget::setReason(const QString& text)
{
    m_reason->setText(text);
}
QString EmptyStateWidget::title() const
{
    return m_title->text();
}
QString EmptyStateWidget::reason() const
{
    return m_reason->text();
}

} // namespace meshscope
