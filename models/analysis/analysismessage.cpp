#include "analysismessage.h"

#include <algorithm>

namespace meshscope::analysis {
namespace {

QString quoted(const QString& text)
{
    QString result = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            result += QLatin1String("\\\"");
            break;
        case '\\':
            result += QLatin1String("\\\\");
            break;
        case '\n':
            result += QLatin1String("\\n");
            break;
        case '\t':
            result += QLatin1String("\\t");
            break;
        case '\r':
            result += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    return result + QLatin1Char('"');
}

QString formatValue(const QVariant& value, QChar verb)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        if (value.typeId() == QMetaType::QStringList) {
            for (const QString& item : value.toStringList())
                parts << (verb == QLatin1Char('q') ? quoted(item) : item);
        } else {
            for (const QVariant& item : value.toList())
                parts << formatValue(item, verb);
        }
        return QLatin1Char('[') + parts.join(QLatin1Char(' ')) + QLatin1Char(']');
    }
    const bool isNumber = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong;
    if (verb == QLatin1Char('q') && !isNumber)
        return quoted(value.toString());
    return value.toString();
}

} // namespace

QString renderTemplate(const char* format, const QVariantList& args)
{
    const QString text = QString::fromUtf8(format);
    QString result;
    int next = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%') || i + 1 >= text.size()) {
            result += c;
            continue;
        }
        const QChar verb = text.at(++i);
        if (verb == QLatin1Char('%')) {
            result += verb;
            continue;
        }
        if (next < args.size())
            result += formatValue(args.at(next++), verb);
        else
            result += QStringLiteral("%!") + verb + QStringLiteral("(MISSING)");
    }
    return result;
}

QString AnalysisMessage::text() const
{
    if (type->isKiali())
        return QString::fromUtf8(type->text);
    return renderTemplate(type->text, args);
}

QString AnalysisMessage::origin() const
{
    return resource ? resource->friendlyName() : QString();
}

QString AnalysisMessage::reference() const
{
    return resource ? resource->reference(line) : QString();
}

QString AnalysisMessage::toLogLine() const
{
    QString where;
    if (resource) {
        const QString ref = reference();
        where = QStringLiteral(" (") + origin() + (ref.isEmpty() ? QString() : QString(QLatin1Char(' ') + ref))
            + QLatin1Char(')');
    }
    return levelName(level()) + QStringLiteral(" [") + code() + QLatin1Char(']') + where + QLatin1Char(' ') + text();
}

AnalysisMessages sortedAndDeduplicated(AnalysisMessages messages)
{
    struct Keyed
    {
        AnalysisMessage message;
        QString comparator; // Kind/name/namespace, as istioctl compares origins
        QString line;
    };
    QList<Keyed> keyed;
    keyed.reserve(messages.size());
    for (AnalysisMessage& message : messages) {
        QString comparator;
        if (message.resource) {
            comparator = kindName(message.resource->kind) + QLatin1Char('/') + message.resource->name + QLatin1Char('/')
                + message.resource->ns;
        }
        // Kiali reports the same check at several paths of one object; those are different findings.
        const QString line = message.toLogLine() + message.path;
        keyed.append({ std::move(message), comparator, line });
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        const QString clusterA = a.message.resource ? a.message.resource->cluster : QString();
        const QString clusterB = b.message.resource ? b.message.resource->cluster : QString();
        if (clusterA != clusterB)
            return clusterA < clusterB;
        if (a.message.level() != b.message.level())
            return int(a.message.level()) < int(b.message.level());
        const int codes = qstrcmp(a.message.type->code, b.message.type->code);
        if (codes != 0)
            return codes < 0;
        if (!a.message.resource != !b.message.resource)
            return !a.message.resource;
        if (a.comparator != b.comparator)
            return a.comparator < b.comparator;
        return a.line < b.line;
    });
    AnalysisMessages result;
    result.reserve(keyed.size());
    const QString* previous = nullptr;
    for (Keyed& entry : keyed) {
        if (previous && *previous == entry.line)
            continue;
        result.append(std::move(entry.message));
        previous = &entry.line;
    }
    return result;
}

} // namespace meshscope::analysis
