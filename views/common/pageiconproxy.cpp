#include "pageiconproxy.h"

#include "models/pagecatalog.h"

#include <QIcon>
#include <QPainter>

namespace meshscope {

namespace {

// The page icons are drawn in the accent colour; on a selected row (accent background) they
// would vanish, so the selected state gets a copy tinted in the highlighted-text colour.
QIcon sidebarIcon(const QString& path)
{
    const QIcon normal(path);
    QIcon icon;
    for (const int size : { 16, 22, 32, 44 }) {
        const QPixmap pixmap = normal.pixmap(size, size);
        icon.addPixmap(pixmap, QIcon::Normal);
        QPixmap tinted = pixmap;
        QPainter painter(&tinted);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(tinted.rect(), Qt::white);
        painter.end();
        icon.addPixmap(tinted, QIcon::Selected);
    }
    return icon;
}

} // namespace

QVariant PageIconProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DecorationRole) {
        const QString path = QIdentityProxyModel::data(index, PageCatalog::IconNameRole).toString();
        if (path.isEmpty())
            return {};
        auto cached = m_icons.constFind(path);
        if (cached == m_icons.constEnd())
            cached = m_icons.insert(path, sidebarIcon(path));
        return *cached;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace meshscope
