#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

namespace meshscope {

// Turns the page catalogue's icon paths into icons for the sidebar (the catalogue itself has no QtGui).
class PageIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace meshscope
