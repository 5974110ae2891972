#include "analysisresults.h"

#include "hostnames.h"
#include "selectors.h"

#include <algorithm>

namespace meshscope::analysis {
namespace {

// The service FQDNs a message's object routes to or configures.
QStringList serviceHostsOf(const Resource& resource)
{
    QStringList hostList;
    const QJsonObject spec = resource.spec();
    switch (resource.kind) {
    case Kind::VirtualService:
        hostList = json::strings(spec.value(QLatin1String("hosts")));
        for (const char* kind : { "http", "tcp", "tls" }) {
            for (const QJsonValue& rule : json::arr(spec, kind)) {
                for (const QJsonValue& route : json::arr(rule.toObject(), "route"))
                    hostList << json::str(json::obj(route.toObject(), "destination"), "host");
            }
        }
        break;
    case Kind::DestinationRule:
        hostList << json::str(spec, "host");
        break;
    case Kind::ServiceEntry:
        hostList = json::strings(spec.value(QLatin1String("hosts")));
        break;
    case Kind::Service:
        hostList << resource.name;
        break;
    default:
        break;
    }
    QStringList result;
    for (const QString& host : std::as_const(hostList)) {
        if (!host.isEmpty())
            result << hosts::toFqdn(resource.ns, host);
    }
    return result;
}

Labels selectorOf(const Resource& resource)
{
    const QJsonObject spec = resource.spec();
    if (resource.kind == Kind::Gateway)
        return json::stringMap(spec.value(QLatin1String("selector")));
    if (json::has(spec, "workloadSelector"))
        return json::stringMap(json::obj(spec, "workloadSelector").value(QLatin1String("labels")));
    return json::stringMap(json::obj(spec, "selector").value(QLatin1String("matchLabels")));
}

} // namespace

void AnalysisResults::Summary::add(Level level)
{
    switch (level) {
    case Level::Error:
        ++errors;
        break;
    case Level::Warning:
        ++warnings;
        break;
    case Level::Info:
        ++infos;
        break;
    }
}

AnalysisResults::Summary& AnalysisResults::Summary::operator+=(const Summary& other)
{
    errors += other.errors;
    warnings += other.warnings;
    infos += other.infos;
    return *this;
}

AnalysisResults::AnalysisResults(QObject* parent)
    : QObject(parent)
{ }

void AnalysisResults::setMessages(const AnalysisMessages& messages)
{
    QHash<QString, QList<int>> byKey;
    QHash<QString, Summary> summaries;
    QHash<QString, Summary> byNamespace;
    Summary total;
    QHash<QString, QList<int>> byHost;
    QList<QPair<QString, int>> wildcardHosts;
    QHash<const Resource*, QStringList> hostsOf; // several messages are often about one object
    for (int i = 0; i < messages.size(); ++i) {
        const AnalysisMessage& message = messages.at(i);
        total.add(message.level());
        if (!message.resource)
            continue;
        auto known = hostsOf.constFind(message.resource.get());
        if (known == hostsOf.constEnd())
            known = hostsOf.insert(message.resource.get(), serviceHostsOf(*message.resource));
        for (const QString& host : *known) {
            if (host == QLatin1String("*"))
                continue;
            if (hosts::isWildcard(host))
                wildcardHosts.append({ host, i });
            else if (byHost.value(host).value(byHost.value(host).size() - 1, -1) != i)
                byHost[host].append(i);
        }
        const QString key = message.resource->key();
        byKey[key].append(i);
        summaries[key].add(message.level());
        const QString ns = message.resource->kind == Kind::Namespace ? message.resource->name : message.resource->ns;
        byNamespace[ns].add(message.level());
    }
    // The objects whose messages are not the same as before.
    QSet<QString> changedKeys;
    const auto lines = [](const AnalysisMessages& list, const QList<int>& indexes) {
        QStringList result;
        for (const int index : indexes)
            result << list.at(index).toLogLine() + list.at(index).path;
        return result;
    };
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        if (lines(messages, *it) != lines(m_all, m_byKey.value(it.key())))
            changedKeys.insert(it.key());
    }
    for (auto it = m_byKey.begin(); it != m_byKey.end(); ++it) {
        if (!byKey.contains(it.key()))
            changedKeys.insert(it.key());
    }
    const bool first = !m_hasResults;
    m_hasResults = true;
    m_all = messages;
    m_byKey = std::move(byKey);
    m_byHost = std::move(byHost);
    m_wildcardHosts = std::move(wildcardHosts);
    m_summaries = std::move(summaries);
    m_byNamespace = std::move(byNamespace);
    m_total = total;
    if (first)
        emit reset();
    else if (!changedKeys.isEmpty())
        emit changed(changedKeys);
}

void AnalysisResults::clear()
{
    m_hasResults = false;
    m_all.clear();
    m_byKey.clear();
    m_byHost.clear();
    m_wildcardHosts.clear();
    m_summaries.clear();
    m_byNamespace.clear();
    m_total = {};
    emit reset();
}

AnalysisMessages AnalysisResults::messagesFor(const QString& objectKey) const
{
    AnalysisMessages result;
    for (const int index : m_byKey.value(objectKey))
        result.append(m_all.at(index));
    return result;
}

AnalysisResults::Summary AnalysisResults::summarize(const AnalysisMessages& messages)
{
    Summary summary;
    for (const AnalysisMessage& message : messages)
        summary.add(message.level());
    return summary;
}

AnalysisResults::Summary AnalysisResults::summaryForService(const QString& ns, const QString& name) const
{
    return summarize(messagesForService(ns, name));
}

AnalysisResults::Summary AnalysisResults::summaryForWorkload(
    const QString& ns, const QHash<QString, QString>& labels) const
{
    return summarize(messagesForWorkload(ns, labels));
}

AnalysisMessages AnalysisResults::messagesForService(const QString& ns, const QString& name) const
{
    const QString fqdn = hosts::toFqdn(ns, name);
    QList<int> indexes = m_byHost.value(fqdn);
    for (const auto& [host, index] : m_wildcardHosts) {
        if (hosts::matches(host, fqdn))
            indexes.append(index);
    }
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    AnalysisMessages result;
    for (const int index : std::as_const(indexes))
        result.append(m_all.at(index));
    return result;
}

AnalysisMessages AnalysisResults::messagesForWorkload(const QString& ns, const QHash<QString, QString>& labels) const
{
    AnalysisMessages result;
    for (const AnalysisMessage& message : m_all) {
        if (!message.resource || message.resource->ns != ns)
            continue;
        const Labels selector = selectorOf(*message.resource);
        if (!selector.isEmpty() && containsAll(labels, selector))
            result.append(message);
    }
    return result;
}

} // namespace meshscope::analysis
