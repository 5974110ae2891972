#include "analysisengine.h"

#include <QRegularExpression>

namespace meshscope::analysis {
namespace {

bool globMatches(const QString& pattern, const QString& text)
{
    const QRegularExpression expression(
        QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion));
    return QRegularExpression(QLatin1Char('^') + expression.pattern() + QLatin1Char('$')).match(text).hasMatch();
}

// The namespace a message is about: a Namespace's own name, the object's namespace, or none (cluster-scoped).
QString messageNamespace(const AnalysisMessage& message)
{
    if (!message.resource)
        return {};
    return message.resource->kind == Kind::Namespace ? message.resource->name : message.resource->ns;
}

} // namespace

AnalysisEngine::AnalysisEngine(AnalyzerList analyzers)
    : m_analyzers(std::move(analyzers))
{ }

AnalyzerList AnalysisEngine::defaultAnalyzers(bool withKiali)
{
    AnalyzerList result;
    for (const auto& analyzer : istioAnalyzers()) {
        if (analyzer->inDefaultSet())
            result.append(analyzer);
    }
    if (withKiali)
        result += kialiCheckers();
    return result;
}

AnalysisRun AnalysisEngine::analyze(const Snapshot& snapshot)
{
    return run(snapshot, nullptr);
}

AnalysisRun AnalysisEngine::reanalyze(const Snapshot& snapshot, const QSet<Kind>& changed)
{
    return run(snapshot, &changed);
}

AnalysisRun AnalysisEngine::run(const Snapshot& snapshot, const QSet<Kind>* changed)
{
    AnalysisRun result;
    AnalysisMessages all;
    m_lastRunCount = 0;
    for (const auto& analyzer : std::as_const(m_analyzers)) {
        const QList<Kind> inputs = analyzer->inputs();
        bool available = true;
        bool affected = !changed || !m_findings.contains(analyzer.get());
        for (const Kind kind : inputs) {
            available = available && snapshot.isAvailable(kind);
            affected = affected || changed->contains(kind);
        }
        if (!available) {
            result.skipped.append(analyzer->name());
            m_findings.remove(analyzer.get());
            continue;
        }
        result.executed.append(analyzer->name());
        if (affected) {
            AnalysisContext context(snapshot, analyzer->name());
            analyzer->analyze(context);
            m_findings.insert(analyzer.get(), context.takeMessages());
            ++m_lastRunCount;
        }
        for (const AnalysisMessage& message : m_findings.value(analyzer.get())) {
            if (keep(message))
                all.append(message);
        }
    }
    result.messages = sortedAndDeduplicated(std::move(all));
    return result;
}

bool AnalysisEngine::keep(const AnalysisMessage& message) const
{
    if (!m_namespace.isEmpty()) {
        const QString ns = messageNamespace(message);
        if (!ns.isEmpty() && ns != m_namespace)
            return false;
    }
    if (!message.resource)
        return true;
    const QString suppressed = message.resource->annotations.value(QStringLiteral("galley.istio.io/analyze-suppress"));
    if (!suppressed.isEmpty()) {
        for (const QString& code : suppressed.split(QLatin1Char(','))) {
            if (code == QLatin1String("*") || code == message.code())
                return false;
        }
    }
    for (const Suppression& suppression : m_suppressions) {
        if (suppression.code == message.code() && globMatches(suppression.resourcePattern, message.origin()))
            return false;
    }
    return true;
}

} // namespace meshscope::analysis
