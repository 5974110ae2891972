#pragma once

#include "analysisengine.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>

namespace meshscope::analysis {

// One finding about an object being edited, for an editor that shows it at the field while the user types.
struct DraftFinding
{
    Level level = Level::Error;
    QString code; // "IST0101", "KIA1104"
    QString text; // the rendered message, as `meshscope analyze` prints it
    // The offending field of the edited object as Kubernetes writes it ("spec.http[0].route[0].destination.host");
    // empty: the whole object (also for findings on other objects).
    QString field;
    QString fix; // how to fix it, a sentence or two (translated)
    QString documentationUrl;
    // Empty when the finding is about the edited object. Otherwise the other object the edit would break
    // ("VirtualService bookinfo/reviews"): a finding that the cluster does not have now.
    QString elsewhere;
    QStringList related; // keys ("Kind:ns/name") of the objects involved, the other object first
};
using DraftFindings = QList<DraftFinding>;

// Checks one edited object against the cluster as it was last analysed: the object replaces the cluster's object of
// the same kind, namespace and name, and only the analyzers that read its kind run again (the others' findings are
// reused), so a check costs a fraction of a full analysis. Thread-safe and synchronous: call it on a worker thread.
// An object of a kind the analysis does not know, or without a name, gives no findings.
using DraftChecker = std::function<DraftFindings(const QJsonObject& object)>;

// What a DraftChecker checks against: the analysed snapshot, the engine holding each analyzer's findings over it, and
// the messages of that analysis. Copies are cheap to make; check() does not modify it.
struct DraftBaseline
{
    Snapshot snapshot;
    AnalysisEngine engine { AnalysisEngine::defaultAnalyzers(true) };
    AnalysisMessages messages;
    bool analysed = false; // false: engine holds no findings yet, check() runs every analyzer

    // defaultNamespace: for an object without metadata.namespace.
    DraftFindings check(const QJsonObject& object, const QString& defaultNamespace) const;
};

} // namespace meshscope::analysis
