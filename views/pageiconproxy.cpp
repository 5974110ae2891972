#include "pageiconproxy.h"

#include "models/pagecatalog.h"

#include <QIcon>

namespace meshscope {

QVariant PageIconProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DecorationRole) {
        const QString path = QIdentityProxyModel::data(index, PageCatalog::IconNameRole).toString();
        return path.isEmpty() ? QVariant() : QVariant(QIcon(path));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace meshscope
