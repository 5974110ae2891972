#pragma once

#include "analysismessage.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace meshscope::analysis {

// The analysis results of the live cluster, for every page that shows them. Lives on the GUI thread; LiveAnalysis
// replaces the contents after each (re-)analysis and emits changed() with the objects whose messages changed.
//
// How to use it (no widgets involved, nothing to read back from a view):
// - an object's messages:   results->messagesFor(QStringLiteral("VirtualService:bookinfo/reviews"))
//   (keys are "Kind:namespace/name", or "Kind:name" for cluster-scoped kinds; KubeObjectModel::KeyRole gives them)
// - an object's tally:      results->summaryFor(key)  →  {errors, warnings, infos}
// - a namespace's tally:    results->summaryForNamespace(ns); every namespace at once: summaryByNamespace()
// - a service's routing:    results->summaryForService(ns, name): the messages on the VirtualServices,
//   DestinationRules, ServiceEntries, Gateways, Sidecars and policies that route to, configure or select that
//   service (for graph badges and the Services list)
// - a workload's config:    results->summaryForWorkload(ns, labels): the messages on the policies that select it
//   (messagesForService() and messagesForWorkload() give the messages themselves)
// - everything:             results->all()
// Listen to changed(keys) to update what shows one object, or to reset() for a wholesale change (new cluster).
class AnalysisResults : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        bool isEmpty() const { return errors == 0 && warnings == 0 && infos == 0; }
        int total() const { return errors + warnings + infos; }
        void add(Level level);
        Summary& operator+=(const Summary& other);
    };

    explicit AnalysisResults(QObject* parent = nullptr);

    // Replaces the results; emits changed() with the keys whose messages differ.
    void setMessages(const AnalysisMessages& messages);
    void clear();

    bool hasResults() const { return m_hasResults; } // an analysis has completed since the last clear()
    const AnalysisMessages& all() const { return m_all; }
    AnalysisMessages messagesFor(const QString& objectKey) const;
    Summary summaryFor(const QString& objectKey) const { return m_summaries.value(objectKey); }
    Summary summaryForNamespace(const QString& ns) const { return m_byNamespace.value(ns); }
    QHash<QString, Summary> summaryByNamespace() const { return m_byNamespace; }
    Summary summaryForService(const QString& ns, const QString& name) const;
    Summary summaryForWorkload(const QString& ns, const QHash<QString, QString>& labels) const;
    // The messages behind those two tallies (a badge's tooltip, a side panel), worst first.
    AnalysisMessages messagesForService(const QString& ns, const QString& name) const;
    AnalysisMessages messagesForWorkload(const QString& ns, const QHash<QString, QString>& labels) const;
    static Summary summarize(const AnalysisMessages& messages);
    Summary total() const { return m_total; }

signals:
    void changed(const QSet<QString>& objectKeys);
    void reset();

private:
    bool m_hasResults = false;
    AnalysisMessages m_all;
    QHash<QString, QList<int>> m_byKey; // object key → indexes into m_all
    // The service hosts each message's object routes to or configures, for messagesForService() on large meshes.
    QHash<QString, QList<int>> m_byHost; // FQDN → indexes into m_all
    QList<QPair<QString, int>> m_wildcardHosts; // "*.example.com" (not "*") → index into m_all
    QHash<QString, Summary> m_summaries;
    QHash<QString, Summary> m_byNamespace;
    Summary m_total;
};

} // namespace meshscope::analysis
