#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace meshscope {

namespace analysis {
class AnalysisResults;
}
namespace graph {
class GraphRefresh;
struct Node;
} // namespace graph

// The configuration analysis on the traffic graph: a badge on each service, app and workload node whose routing or
// policies have errors or warnings (AnalysisResults::messagesForService/messagesForWorkload), with the messages in its
// tooltip, and a node action that opens the worst finding's object on the Istio Config page. Fed to the Graph page
// through its controller, recomputed when the graph or the results change.
class AnalysisGraphBadges : public QObject
{
    Q_OBJECT
public:
    static inline const QString provider = QStringLiteral("analysis");
    static inline const QString showAction = QStringLiteral("analysis.show");

    AnalysisGraphBadges(graph::GraphRefresh* controller, analysis::AnalysisResults* results, QObject* parent = nullptr);

signals:
    // The object ("Kind:ns/name") whose finding the user asked to see.
    void objectRequested(const QString& objectKey);

private:
    void update();

    graph::GraphRefresh* m_controller;
    analysis::AnalysisResults* m_results;
    QHash<QString, QString> m_worst; // node id → key of the object with its worst finding
};

} // namespace meshscope
