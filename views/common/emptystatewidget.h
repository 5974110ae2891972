#pragma once

#include <QWidget>

class QLabel;

namespace meshscope {

// The centred "nothing here yet, and this is why" panel every page shows before it has data.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    void setIcon(const QString& resourcePath);
    void setTitle(const QString& title);
    void setDescription(const QString& text);
    void setReason(const QString& text);

    QString title() const;
    QString reason() const;

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_reason;
};

} // namespace meshscope
