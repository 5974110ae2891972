#include "iopfieldbinder.h"

#include "models/iop/iopeditordocument.h"
#include "models/iop/ioptree.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>

namespace meshscope::iop {

namespace {

QString keyValuesText(const QVariant& value)
{
    QStringList pairs;
    const QVariantMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        pairs << it.key() + u'=' + it.value().toString();
    return pairs.join(QStringLiteral(", "));
}

QString plainText(const QVariant& value, IopFieldBinder::Kind kind)
{
    if (!value.isValid() || isNull(value))
        return {};
    if (kind == IopFieldBinder::Kind::KeyValues)
        return keyValuesText(value);
    if (isMap(value) || isList(value))
        return shortText(value);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

IopFieldBinder::IopFieldBinder(IopEditorDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{ }

QString IopFieldBinder::resolve(const QString& path) const
{
    QString resolved = path;
    resolved.replace(QStringLiteral("{}"), m_prefix);
    return resolved;
}

void IopFieldBinder::bindLineEdit(QLineEdit* edit, const QString& path, Kind kind)
{
    m_fields.append({ edit, path, kind, {} });
    const Field field = m_fields.last();
    connect(edit, &QLineEdit::editingFinished, this, [this, field] {
        if (!m_refreshing)
            commit(field);
    });
}

void IopFieldBinder::bindCombo(QComboBox* combo, const QString& path, Kind kind, const QStringList& choices)
{
    QStringList items = choices;
    if (kind == Kind::Boolean)
        items = { QStringLiteral("true"), QStringLiteral("false") };
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(QString()); // "not set": labelled with the effective value on refresh
        combo->addItems(items);
    }
    m_fields.append({ combo, path, kind, items });
    const Field field = m_fields.last();
    connect(combo, &QComboBox::activated, this, [this, field] {
        if (!m_refreshing)
            commit(field);
    });
}

void IopFieldBinder::setPrefix(const QString& prefix)
{
    m_prefix = prefix;
    refresh();
}

void IopFieldBinder::refresh()
{
    m_refreshing = true;
    for (const Field& field : std::as_const(m_fields))
        show(field);
    m_refreshing = false;
}

void IopFieldBinder::show(const Field& field)
{
    const QString path = resolve(field.path);
    const QVariant own = m_document->fileValue(path);
    const QVariant effective = m_document->effectiveValue(path);
    const QString setBy = m_document->analysis().merge.layerLabel(path);
    QString hint = plainText(effective, field.kind);
    if (!hint.isEmpty() && !setBy.isEmpty())
        hint = tr("%1 (%2)").arg(hint, setBy);
    const bool enabled = !m_prefix.isEmpty() || !field.path.contains(QStringLiteral("{}"));
    field.widget->setEnabled(enabled);
    field.widget->setToolTip(path);
    if (auto* edit = qobject_cast<QLineEdit*>(field.widget)) {
        const QSignalBlocker blocker(edit);
        if (!edit->hasFocus() || edit->text() != plainText(own, field.kind))
            edit->setText(plainText(own, field.kind));
        edit->setPlaceholderText(hint.isEmpty() ? tr("not set") : hint);
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(field.widget)) {
        const QSignalBlocker blocker(combo);
        combo->setItemText(0, hint.isEmpty() ? tr("(not set)") : tr("(not set: %1)").arg(hint));
        const QString current = plainText(own, field.kind);
        const int index = current.isEmpty() ? 0 : int(field.choices.indexOf(current)) + 1;
        if (index <= 0 && !current.isEmpty()) {
            // A value the list does not offer (e.g. a profile name with a typo): show it as it is.
            combo->setItemText(0, tr("%1 (unknown)").arg(current));
            combo->setCurrentIndex(0);
        } else {
            combo->setCurrentIndex(qMax(index, 0));
        }
    }
}

void IopFieldBinder::commit(const Field& field)
{
    const QString path = resolve(field.path);
    QVariant value;
    QString text;
    if (auto* edit = qobject_cast<QLineEdit*>(field.widget))
        text = edit->text().trimmed();
    else if (auto* combo = qobject_cast<QComboBox*>(field.widget))
        text = combo->currentIndex() <= 0 ? QString() : field.choices.value(combo->currentIndex() - 1);
    if (text.isEmpty()) {
        value = nullValue();
    } else {
        switch (field.kind) {
        case Kind::Text:
        case Kind::Choice:
            value = text;
            break;
        case Kind::Boolean:
            value = text == QStringLiteral("true");
            break;
        case Kind::Integer: {
            bool ok = false;
            value = text.toLongLong(&ok);
            if (!ok) {
                emit editFailed(tr("%1: \"%2\" is not a whole number").arg(path, text));
                show(field);
                return;
            }
            break;
        }
        case Kind::Number: {
            bool ok = false;
            value = text.toDouble(&ok);
            if (!ok) {
                emit editFailed(tr("%1: \"%2\" is not a number").arg(path, text));
                show(field);
                return;
            }
            break;
        }
        case Kind::KeyValues: {
            QVariantMap map;
            for (const QString& pair : text.split(u',', Qt::SkipEmptyParts)) {
                const qsizetype equals = pair.indexOf(u'=');
                if (equals <= 0) {
                    emit editFailed(tr("%1: write key=value pairs separated by commas").arg(path));
                    show(field);
                    return;
                }
                map.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
            }
            value = map;
            break;
        }
        }
    }
    if (sameValue(value, m_document->fileValue(path)) && value.typeId() == m_document->fileValue(path).typeId())
        return;
    if (isNull(value) && !m_document->fileValue(path).isValid())
        return;
    QString error;
    if (!m_document->setValue(path, value, &error))
        emit editFailed(tr("Cannot change %1: %2").arg(path, error));
}

} // namespace meshscope::iop
