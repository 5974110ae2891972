#include "kubejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace meshscope {
namespace {
// Texts outside QObject classes; lupdate files them under this context (it does not see through a
// plain tr() wrapper, so a wrapper's strings were catalogued under another context and never translated).
struct KubeJsonText
{
    Q_DECLARE_TR_FUNCTIONS(KubeJson)
};
} // namespace

QString KubeResource::path(const QString& ns, const QString& name) const
{
    QString result = group.isEmpty() ? QString(QStringLiteral("/api/") + version)
                                     : QString(QStringLiteral("/apis/") + group + QLatin1Char('/') + version);
    if (namespaced && !ns.isEmpty())
        result += QStringLiteral("/namespaces/") + ns;
    result += QLatin1Char('/') + resource;
    if (!name.isEmpty())
        result += QLatin1Char('/') + name;
    return result;
}

namespace {
QString proxyPath(const char* kind, const QString& ns, const QString& name, int port, const QString& path)
{
    const QString tail = path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
    return QStringLiteral("/api/v1/namespaces/%1/%2/%3:%4/proxy/%5")
        .arg(ns, QLatin1String(kind), name, QString::number(port), tail);
}
} // namespace

QString podProxyPath(const QString& ns, const QString& pod, int port, const QString& path)
{
    return proxyPath("pods", ns, pod, port, path);
}

QString serviceProxyPath(const QString& ns, const QString& service, int port, const QString& path)
{
    return proxyPath("services", ns, service, port, path);
}

QString objectKey(const QJsonObject& object)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    const QString name = metadata.value(QLatin1String("name")).toString();
    return ns.isEmpty() ? name : QString(ns + QLatin1Char('/') + name);
}

QString objectResourceVersion(const QJsonObject& object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
}

KubeListPage parseListPage(const QByteArray& body)
{
    KubeListPage page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        page.error = KubeJsonText::tr("The list response is not a JSON object (%1 at offset %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return page;
    }
    const QJsonObject root = document.object();
    const QJsonValue items = root.value(QLatin1String("items"));
    if (!items.isArray() && !items.isNull()) {
        page.error = KubeJsonText::tr("The list response has no items array");
        return page;
    }
    const QJsonObject metadata = root.value(QLatin1String("metadata")).toObject();
    page.resourceVersion = metadata.value(QLatin1String("resourceVersion")).toString();
    page.continueToken = metadata.value(QLatin1String("continue")).toString();
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue& item : array) {
        if (!item.isObject() || objectKey(item.toObject()).isEmpty()) {
            page.error = KubeJsonText::tr("The list response holds an item without metadata.name");
            page.items.clear();
            return page;
        }
        page.items.append(item.toObject());
    }
    return page;
}

std::optional<KubeWatchEvent> WatchStreamParser::parseEvent(const QByteArray& line, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject()) {
        *error = KubeJsonText::tr("A watch event is not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QString type = root.value(QLatin1String("type")).toString();
    KubeWatchEvent event;
    event.object = root.value(QLatin1String("object")).toObject();
    if (type == QLatin1String("ADDED"))
        event.type = KubeWatchEvent::Type::Added;
    else if (type == QLatin1String("MODIFIED"))
        event.type = KubeWatchEvent::Type::Modified;
    else if (type == QLatin1String("DELETED"))
        event.type = KubeWatchEvent::Type::Deleted;
    else if (type == QLatin1String("BOOKMARK"))
        event.type = KubeWatchEvent::Type::Bookmark;
    else if (type == QLatin1String("ERROR"))
        event.type = KubeWatchEvent::Type::Error;
    else {
        *error = KubeJsonText::tr("A watch event has an unknown type \"%1\"").arg(type.left(40));
        return std::nullopt;
    }
    const bool needsName = event.type == KubeWatchEvent::Type::Added || event.type == KubeWatchEvent::Type::Modified
        || event.type == KubeWatchEvent::Type::Deleted;
    if (needsName && objectKey(event.object).isEmpty()) {
        *error = KubeJsonText::tr("A watch event carries an object without metadata.name");
        return std::nullopt;
    }
    return event;
}

QList<KubeWatchEvent> WatchStreamParser::feed(const QByteArray& bytes)
{
    // Only the new bytes can hold the next newline: a long event arriving in small chunks is not rescanned.
    qsizetype searchFrom = m_buffer.size();
    m_buffer += bytes;
    QList<KubeWatchEvent> events;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', searchFrom);
        searchFrom = newline + 1;
        if (newline < 0)
            break;
        const QByteArray line = m_buffer.mid(start, newline - start).trimmed();
        start = newline + 1;
        if (line.isEmpty())
            continue;
        if (auto event = parseEvent(line, &m_error))
            events.append(*event);
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > maxEventBytes) {
        // A line that never ends must not fill the memory: the stream is useless from here on.
        m_error = KubeJsonText::tr("A watch event is larger than %1 MB; the watch was dropped")
                      .arg(maxEventBytes / (1024 * 1024));
        m_buffer.clear();
        m_overflowed = true;
    }
    return events;
}

} // namespace meshscope
