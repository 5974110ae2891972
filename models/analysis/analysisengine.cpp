#include "analysisengine.h"

#include <QRegularExpression>
#include <algorithm>
#include <ctime>
#include <optional>

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

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

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
    m_findings.clear();
    const double start = threadCpuMs();
    m_dependencies.rebuild(snapshot);
    const double indexMs = threadCpuMs() - start;
    AnalysisRun result = run(snapshot, nullptr);
    m_work.indexCpuMs += indexMs;
    return result;
}

AnalysisRun AnalysisEngine::reanalyze(const Snapshot& snapshot, const QList<ObjectChange>& changes)
{
    bool meshChanged = false;
    for (const ObjectChange& change : changes) {
        for (const ResourcePtr& version : { change.before, change.after })
            meshChanged = meshChanged
                || (version && (version->kind == Kind::MeshConfig || version->kind == Kind::MeshNetworks));
    }
    // The mesh configuration names the root namespace, which decides what is global.
    if (m_dependencies.isEmpty() || meshChanged)
        return analyze(snapshot);
    return run(snapshot, &changes);
}

// What a change touches: the objects sharing a token with a changed object (the subjects, whose findings are
// computed again), and a snapshot of the subjects with everything sharing a token with them and every global object.
struct AnalysisEngine::Partial
{
    QSet<Kind> kinds; // kinds of the changed objects
    bool global = false; // a change that can affect anything: the analyzers reading its kind run in full
    QSet<const Resource*> subjects;
    QSet<QString> subjectKeys; // of the subjects and of the objects removed or replaced
    std::optional<Snapshot> snapshot; // built on first use

    Partial(DependencyIndex& index, const QList<ObjectChange>& changes)
    {
        QSet<QString> tokens;
        const auto addTokens = [&](const DependencyTokens& of) {
            global = global || of.global;
            for (const QString& token : of.tokens)
                tokens.insert(token);
        };
        for (const ObjectChange& change : changes) {
            for (const ResourcePtr& version : { change.before, change.after }) {
                if (!version)
                    continue;
                kinds.insert(version->kind);
                subjectKeys.insert(subjectKey(*version));
            }
            if (change.before) {
                addTokens(index.tokensOf(*change.before));
                index.remove(change.before);
            }
            if (change.after) {
                index.add(change.after);
                addTokens(index.tokensOf(*change.after));
            }
        }
        if (global)
            return;
        index.collect(tokens, &subjects); // the changed objects themselves too: each has its own token
        for (const Resource* subject : std::as_const(subjects))
            subjectKeys.insert(subjectKey(*subject));
    }

    const Snapshot& of(const Snapshot& full, const DependencyIndex& index)
    {
        if (snapshot)
            return *snapshot;
        QSet<QString> tokens;
        for (const Resource* subject : std::as_const(subjects)) {
            for (const QString& token : index.tokensOf(*subject).tokens)
                tokens.insert(token);
        }
        QSet<const Resource*> seen = subjects;
        index.collect(tokens, &seen);
        for (const ResourcePtr& global : index.globals())
            seen.insert(global.get());
        snapshot.emplace();
        snapshot->setIstioNamespace(full.istioNamespace());
        snapshot->setMeshConfig(full.meshConfig());
        snapshot->setMeshNetworks(full.meshNetworks());
        for (const Kind kind : allKinds()) {
            if (kind != Kind::MeshConfig && kind != Kind::MeshNetworks)
                snapshot->setAvailable(kind, full.isAvailable(kind));
        }
        // In the full snapshot's order: some checks depend on which of two objects came first.
        QList<QPair<quint64, ResourcePtr>> ordered;
        ordered.reserve(seen.size());
        for (const Resource* resource : std::as_const(seen)) {
            if (resource->kind == Kind::MeshConfig || resource->kind == Kind::MeshNetworks)
                continue;
            const quint64 position = full.position(*resource);
            if (ResourcePtr pointer = index.pointer(resource); position > 0 && pointer)
                ordered.append({ position, std::move(pointer) });
        }
        std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [position, resource] : std::as_const(ordered))
            snapshot->insert(resource);
        return *snapshot;
    }
};

AnalysisRun AnalysisEngine::run(const Snapshot& snapshot, const QList<ObjectChange>* changes)
{
    AnalysisRun result;
    AnalysisMessages all;
    m_work = {};
    std::optional<Partial> partial;
    const double indexStart = threadCpuMs();
    if (changes)
        partial.emplace(m_dependencies, *changes);
    m_work.indexCpuMs = threadCpuMs() - indexStart;
    for (const auto& analyzer : std::as_const(m_analyzers)) {
        const QList<Kind> inputs = analyzer->inputs();
        bool available = true;
        bool affected = !partial || !m_findings.contains(analyzer.get());
        const bool whole = affected;
        for (const Kind kind : inputs) {
            available = available && snapshot.isAvailable(kind);
            affected = affected || partial->kinds.contains(kind);
        }
        if (!available) {
            result.skipped.append(analyzer->name());
            m_findings.remove(analyzer.get());
            continue;
        }
        result.executed.append(analyzer->name());
        double start = threadCpuMs();
        if (affected && (whole || partial->global || !analyzer->runsOnPart())) {
            AnalysisContext context(snapshot, analyzer->name());
            analyzer->analyze(context);
            m_findings.insert(analyzer.get(), byObject(context.takeMessages()));
            ++m_work.analyzersRun;
            m_work.analyzerCpuMs.append({ analyzer->name(), threadCpuMs() - start });
        } else if (affected) {
            const Snapshot& part = partial->of(snapshot, m_dependencies);
            m_work.indexCpuMs += threadCpuMs() - start;
            start = threadCpuMs();
            AnalysisContext context(part, analyzer->name());
            analyzer->analyze(context);
            Findings& findings = m_findings[analyzer.get()];
            for (const QString& key : std::as_const(partial->subjectKeys))
                findings.remove(key);
            for (AnalysisMessage& message : context.takeMessages()) {
                if (!message.resource)
                    continue; // about nothing in particular: kept from the last full run
                const QString key = subjectKey(*message.resource);
                if (partial->subjectKeys.contains(key))
                    findings[key].append(std::move(message));
            }
            ++m_work.analyzersRun;
            ++m_work.analyzersPartial;
            m_work.analyzerCpuMs.append({ analyzer->name(), threadCpuMs() - start });
        }
        for (const AnalysisMessages& messages : m_findings.value(analyzer.get())) {
            for (const AnalysisMessage& message : messages) {
                if (keep(message))
                    all.append(message);
            }
        }
    }
    if (partial && partial->snapshot) {
        m_work.subjects = int(partial->subjects.size());
        for (const Kind kind : allKinds())
            m_work.objectsSeen += int(partial->snapshot->count(kind));
    }
    result.messages = sortedAndDeduplicated(std::move(all));
    return result;
}

AnalysisEngine::Findings AnalysisEngine::byObject(AnalysisMessages messages)
{
    Findings findings;
    for (AnalysisMessage& message : messages) {
        const QString key = message.resource ? subjectKey(*message.resource) : QString();
        findings[key].append(std::move(message));
    }
    return findings;
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
