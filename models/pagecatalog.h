#pragma once

#include <QAbstractListModel>
#include <QList>

namespace meshscope {

// The pages of the main window, in sidebar order. Titles and empty-state texts are translatable,
// so the sidebar, the window title and `--page` all read from one table.
class PageCatalog : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // stable, untranslated page id ("graph", "istio-config", ...)
        DescriptionRole, // one line: what the page shows
        EmptyReasonRole, // why it is empty without a cluster
        IconNameRole, // resource path of the page icon
    };

    struct Page
    {
        QString id;
        QString title;
        QString description;
        QString emptyReason;
        QString icon;
    };

    explicit PageCatalog(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Page>& pages() const { return m_pages; }
    int rowOf(const QString& id) const; // -1 when unknown
    QStringList ids() const;

    // Re-reads the translated strings, e.g. after a translator was installed.
    void retranslate();

private:
    static QList<Page> buildPages();

    QList<Page> m_pages;
};

} // namespace meshscope
