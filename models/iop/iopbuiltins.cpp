#include "iopbuiltins.h"

#include "ioptree.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace meshscope::iop {

extern const char* const kProfileText;
extern const char* const kChartDefaultsText;

namespace {

QVariant parseJsonValue(const QString& text, bool* ok)
{
    *ok = true;
    if (text == QStringLiteral("null"))
        return nullValue();
    if (text == QStringLiteral("true"))
        return true;
    if (text == QStringLiteral("false"))
        return false;
    if (text == QStringLiteral("{}"))
        return QVariantMap();
    if (text == QStringLiteral("[]"))
        return QVariantList();
    if (text.startsWith(u'"')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson((u'[' + text + u']').toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray()) {
            *ok = false;
            return {};
        }
        return document.array().at(0).toString();
    }
    if (text.contains(u'.') || text.contains(u'e') || text.contains(u'E'))
        return text.toDouble(ok);
    return text.toLongLong(ok);
}

struct Builtins
{
    QStringList names;
    QHash<QString, QVariant> profiles;
    QVariant chartDefaults;

    Builtins()
    {
        const QStringList rows = QString::fromUtf8(kProfileText).split(u'\n');
        QString current;
        QString section;
        const auto flush = [&] {
            if (!current.isEmpty()) {
                names << current;
                profiles.insert(current, treeFromFlatLines(section));
            }
            section.clear();
        };
        for (const QString& row : rows) {
            if (row.startsWith(u'[') && row.endsWith(u']')) {
                flush();
                current = row.mid(1, row.size() - 2);
            } else {
                section += row + u'\n';
            }
        }
        flush();
        chartDefaults = treeFromFlatLines(QString::fromUtf8(kChartDefaultsText));
    }
};

const Builtins& builtins()
{
    static const Builtins instance;
    return instance;
}

} // namespace

QVariant treeFromFlatLines(const QString& text, QString* error)
{
    QVariant root = QVariantMap();
    const QStringList rows = text.split(u'\n');
    for (int i = 0; i < rows.size(); ++i) {
        const QString row = rows.at(i).trimmed();
        if (row.isEmpty() || row.startsWith(u'#'))
            continue;
        const qsizetype equals = row.indexOf(QStringLiteral(" = "));
        bool ok = equals > 0;
        const QVariant value = ok ? parseJsonValue(row.mid(equals + 3), &ok) : QVariant();
        QString setError;
        if (!ok || !setValueAt(root, row.left(equals), value, &setError)) {
            if (error)
                *error = QStringLiteral("line %1: %2").arg(i + 1).arg(setError.isEmpty() ? row : setError);
            return {};
        }
    }
    return root;
}

QStringList profileNames()
{
    return builtins().names;
}

bool isProfileName(const QString& name)
{
    return builtins().profiles.contains(name);
}

QVariant profileOverlay(const QString& name)
{
    return builtins().profiles.value(name);
}

const QVariant& chartDefaults()
{
    return builtins().chartDefaults;
}

QVariant chartDefault(const QString& valuesPath)
{
    return valueAt(builtins().chartDefaults, valuesPath);
}

} // namespace meshscope::iop
