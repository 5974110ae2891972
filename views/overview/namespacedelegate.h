#pragma once

#include <QStyledItemDelegate>

namespace meshscope {

// Draws the Overview's namespaces from NamespaceModel's roles: as cards (name and mesh mode, a donut of app
// health, the inbound traffic sparkline with rate and error share, Istio config and mTLS) or, in the table,
// the donut and sparkline inside their cells.
class NamespaceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Mode
    {
        Card,
        Row,
    };
    explicit NamespaceDelegate(Mode mode, QObject* parent = nullptr);

    static QSize cardSize();
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

private:
    void paintCard(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;

    Mode m_mode;
};

} // namespace meshscope
