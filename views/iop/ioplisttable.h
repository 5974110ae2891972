#pragma once

#include <QStringList>
#include <QWidget>

class QTableWidget;
class QToolButton;

namespace meshscope::iop {

class IopEditorDocument;

// A list of small objects in the IstioOperator (service ports, tolerations) as an editable table. Any change
// writes the whole list back, as istioctl treats lists: replaced, never merged.
class IopListTable : public QWidget
{
    Q_OBJECT
public:
    struct ColumnSpec
    {
        QString key;
        QString title;
        bool numeric = false; // written as a number when it reads as one
    };

    IopListTable(IopEditorDocument* document, QList<ColumnSpec> columns, QWidget* parent = nullptr);

    void setPath(const QString& path); // "" disables the table
    void refresh();
    QTableWidget* table() const { return m_table; }

signals:
    void editFailed(const QString& message);

private:
    void commit();

    IopEditorDocument* m_document;
    QList<ColumnSpec> m_columns;
    QString m_path;
    QTableWidget* m_table;
    QToolButton* m_add;
    QToolButton* m_remove;
    bool m_refreshing = false;
};

} // namespace meshscope::iop
