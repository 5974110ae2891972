#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

class QComboBox;
class QLineEdit;
class QWidget;

namespace meshscope::iop {

class IopEditorDocument;

// Ties form fields to paths of the IstioOperator being edited. A field shows what the file sets; when the file
// sets nothing it is empty and its placeholder tells the effective value and who set it ("true — demo profile").
// Editing a field changes that one value in the YAML (clearing it removes the key).
class IopFieldBinder : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Text,
        Integer,
        Number,
        Boolean,
        Choice,
        KeyValues
    };

    explicit IopFieldBinder(IopEditorDocument* document, QObject* parent = nullptr);

    // path may contain "{}", replaced by prefix() (the selected component).
    void bindLineEdit(QLineEdit* edit, const QString& path, Kind kind = Kind::Text);
    void bindCombo(QComboBox* combo, const QString& path, Kind kind, const QStringList& choices = {});
    void setPrefix(const QString& prefix);
    QString prefix() const { return m_prefix; }

    void refresh(); // from the document's latest analysis

signals:
    void editFailed(const QString& message);

private:
    struct Field
    {
        QWidget* widget = nullptr;
        QString path;
        Kind kind = Kind::Text;
        QStringList choices;
    };
    QString resolve(const QString& path) const;
    void commit(const Field& field);
    void show(const Field& field);

    IopEditorDocument* m_document;
    QList<Field> m_fields;
    QString m_prefix;
    bool m_refreshing = false;
};

} // namespace meshscope::iop
