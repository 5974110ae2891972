#include "analyzer.h"

#include "hostnames.h"
#include "istio/istioanalyzers.h"
#include "kiali/kialicheckers.h"

namespace meshscope::analysis {

AnalysisContext::AnalysisContext(const Snapshot& snapshot, const QString& analyzerName)
    : m_snapshot(snapshot)
    , m_analyzer(analyzerName)
{ }

AnalysisContext::~AnalysisContext() = default;

void AnalysisContext::report(const char* code, const ResourcePtr& resource, const QVariantList& args, int line)
{
    const MessageType* type = messageType(QString::fromLatin1(code));
    Q_ASSERT_X(type, "AnalysisContext::report", code);
    if (!type)
        return;
    AnalysisMessage message;
    message.type = type;
    message.args = args;
    message.resource = resource;
    message.severity = type->level;
    message.line = line;
    message.analyzer = m_analyzer;
    m_messages.append(std::move(message));
}

void AnalysisContext::reportAt(
    const char* code, const ResourcePtr& resource, const QString& fieldPath, const QVariantList& args)
{
    report(code, resource, args, resource ? resource->lineOf(fieldPath) : 0);
}

void AnalysisContext::reportCheck(const char* code, const ResourcePtr& resource, const QString& path, int levelOverride)
{
    report(code, resource);
    if (m_messages.isEmpty())
        return;
    AnalysisMessage& message = m_messages.last();
    message.path = path;
    if (levelOverride >= 0)
        message.severity = Level(levelOverride); // Kiali downgrades some checks when nothing depends on them
}

void AnalysisContext::addRelated(const QStringList& keys)
{
    if (!m_messages.isEmpty())
        m_messages.last().related += keys;
}

const ServiceHostIndex& AnalysisContext::serviceHosts()
{
    if (!m_serviceHosts) {
        m_serviceHosts = m_snapshot.derived<ServiceHostIndex>(QStringLiteral("serviceHosts"),
            { Kind::Service, Kind::ServiceEntry },
            [&] { return std::make_shared<const ServiceHostIndex>(m_snapshot); });
    }
    return *m_serviceHosts;
}

const AnalyzerList& istioAnalyzers()
{
    static const AnalyzerList all = createIstioAnalyzers();
    return all;
}

const AnalyzerList& kialiCheckers()
{
    static const AnalyzerList all = createKialiCheckers();
    return all;
}

AnalyzerList analyzersNamed(const QStringList& names, QStringList* unknown)
{
    AnalyzerList result;
    for (const QString& name : names) {
        bool found = false;
        for (const AnalyzerList* list : { &istioAnalyzers(), &kialiCheckers() }) {
            for (const auto& analyzer : *list) {
                if (analyzer->name() == name && !result.contains(analyzer)) {
                    result.append(analyzer);
                    found = true;
                }
            }
        }
        if (!found && unknown)
            unknown->append(name);
    }
    return result;
}

} // namespace meshscope::analysis
