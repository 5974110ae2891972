#include "analysisoutput.h"

#include <QRegularExpression>

namespace meshscope::analysis::AnalysisOutput {
namespace {

// The fields of a message in the order JSON and YAML print them (alphabetical, as Go sorts map keys).
QList<QPair<QString, QString>> fields(const AnalysisMessage& message)
{
    QList<QPair<QString, QString>> result { { QStringLiteral("code"), message.code() },
        { QStringLiteral("documentationUrl"), message.type->documentationUrl() },
        { QStringLiteral("level"), levelName(message.level()) }, { QStringLiteral("message"), message.text() } };
    if (message.resource) {
        result.append({ QStringLiteral("origin"), message.origin() });
        const QString reference = message.reference();
        if (!reference.isEmpty())
            result.append({ QStringLiteral("reference"), reference });
    }
    if (!message.path.isEmpty())
        result.append({ QStringLiteral("path"), message.path });
    std::sort(result.begin(), result.end());
    return result;
}

// A JSON string as Go's encoder writes it (<, > and & escaped too).
QString jsonString(const QString& text)
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
        case '\r':
            result += QLatin1String("\\r");
            break;
        case '\t':
            result += QLatin1String("\\t");
            break;
        case '<':
        case '>':
        case '&':
        case 0x2028:
        case 0x2029:
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            break;
        default:
            if (c.unicode() < 0x20)
                result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    return result + QLatin1Char('"');
}

// A YAML scalar: plain when that reads back as the same string, else single-quoted.
QString yamlString(const QString& text)
{
    static const QRegularExpression special(
        QStringLiteral(
            "^$|^[\\s\\-?:,\\[\\]{}#&*!|>'\"%@`]|: |\\s#|\\s$|^(true|false|yes|no|on|off|null|~|y|n)$|^[-+]?[0-9.]"),
        QRegularExpression::CaseInsensitiveOption);
    bool printable = true;
    for (const QChar c : text)
        printable = printable && (c.unicode() >= 0x20 || c == QLatin1Char('\t'));
    if (!printable)
        return jsonString(text);
    if (!special.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QByteArray log(const AnalysisMessages& messages, bool colorize)
{
    QStringList lines;
    for (const AnalysisMessage& message : messages) {
        QString line = message.toLogLine();
        if (colorize && message.level() != Level::Info) {
            const QString level = levelName(message.level());
            const QString color
                = message.level() == Level::Error ? QStringLiteral("\033[1;31m") : QStringLiteral("\033[33m");
            line = color + level + QStringLiteral("\033[0m") + line.mid(level.size());
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n')).toUtf8();
}

QByteArray json(const AnalysisMessages& messages)
{
    if (messages.isEmpty())
        return "[]";
    QStringList objects;
    for (const AnalysisMessage& message : messages) {
        QStringList members;
        for (const auto& [key, value] : fields(message))
            members << QStringLiteral("\t\t") + jsonString(key) + QStringLiteral(": ") + jsonString(value);
        objects << QStringLiteral("\t{\n") + members.join(QStringLiteral(",\n")) + QStringLiteral("\n\t}");
    }
    return (QStringLiteral("[\n") + objects.join(QStringLiteral(",\n")) + QStringLiteral("\n]")).toUtf8();
}

QByteArray yaml(const AnalysisMessages& messages)
{
    if (messages.isEmpty())
        return "[]\n";
    QString text;
    for (const AnalysisMessage& message : messages) {
        bool first = true;
        for (const auto& [key, value] : fields(message)) {
            text += (first ? QStringLiteral("- ") : QStringLiteral("  ")) + key + QStringLiteral(": ")
                + yamlString(value) + QLatin1Char('\n');
            first = false;
        }
    }
    return text.toUtf8();
}

} // namespace meshscope::analysis::AnalysisOutput
