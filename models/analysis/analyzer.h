#pragma once

#include "analysismessage.h"
#include "snapshot.h"

#include <QList>
#include <memory>

namespace meshscope::analysis {

class ServiceHostIndex;

// What an analyzer sees while it runs: the snapshot, and a place to put its findings.
class AnalysisContext
{
public:
    AnalysisContext(const Snapshot& snapshot, const QString& analyzerName);
    ~AnalysisContext();

    const Snapshot& snapshot() const { return m_snapshot; }
    // Reports code on resource; line is the line of the offending field (0: the resource's first line).
    void report(const char* code, const ResourcePtr& resource, const QVariantList& args = {}, int line = 0);
    // The same, with the line looked up from an istioctl field path ("{.spec.gateways[0]}").
    void reportAt(
        const char* code, const ResourcePtr& resource, const QString& fieldPath, const QVariantList& args = {});
    // A Kiali check at a path of the object ("spec/http[0]/route[0]/destination"), with its severity overridden when
    // the checker downgrades it.
    void reportCheck(const char* code, const ResourcePtr& resource, const QString& path, int levelOverride = -1);
    void addRelated(const QStringList& keys); // to the last message reported

    // Built once and shared by the analyzers that need it, until Services or ServiceEntries change.
    const ServiceHostIndex& serviceHosts();

    AnalysisMessages takeMessages() { return std::move(m_messages); }

private:
    const Snapshot& m_snapshot;
    QString m_analyzer;
    AnalysisMessages m_messages;
    std::shared_ptr<const ServiceHostIndex> m_serviceHosts;
};

// One check over the snapshot, with istioctl's name for it ("virtualservice.DestinationRuleAnalyzer") and the kinds it
// reads: it is run again when an object of one of those kinds changes, and skipped when no source provides them.
class Analyzer
{
public:
    virtual ~Analyzer() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual QList<Kind> inputs() const = 0;
    virtual void analyze(AnalysisContext& context) const = 0;
    // False for analyzers istioctl only runs when asked for by name (annotations.AlphaAnalyzer).
    virtual bool inDefaultSet() const { return true; }
    virtual bool isKiali() const { return false; }
    // False for analyzers whose findings on an object can depend on objects it shares no dependency token with
    // (dependencies.h): they run over the whole snapshot after every change of a kind they read.
    virtual bool runsOnPart() const { return true; }
};

using AnalyzerList = QList<std::shared_ptr<const Analyzer>>;

// istioctl's analyzers, including one schema validation analyzer per Istio kind and the ones outside the default set.
const AnalyzerList& istioAnalyzers();
// Kiali's validation checkers.
const AnalyzerList& kialiCheckers();
// Analyzers by name (istioctl's or a Kiali checker's); unknown names are returned in unknown.
AnalyzerList analyzersNamed(const QStringList& names, QStringList* unknown = nullptr);

} // namespace meshscope::analysis
