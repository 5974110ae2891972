#include "analysisgraphbadges.h"

#include "models/analysis/analysisresults.h"
#include "models/graph/refresh/graphrefresh.h"

#include <QCoreApplication>

namespace meshscope {
namespace {

constexpr int ShownMessages = 6; // in a tooltip; the Istio Config page has them all

// The errors and warnings about what routes to or selects the node, worst first.
analysis::AnalysisMessages messagesFor(const analysis::AnalysisResults& results, const graph::Node& node)
{
    analysis::AnalysisMessages messages;
    switch (node.type) {
    case graph::NodeType::Service:
        messages = results.messagesForService(node.namespace_, node.service);
        break;
    case graph::NodeType::App:
        messages = results.messagesForService(node.namespace_, node.app);
        break;
    case graph::NodeType::Workload: {
        QHash<QString, QString> labels;
        for (auto it = node.labels.begin(); it != node.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        if (!node.app.isEmpty())
            labels.insert(QStringLiteral("app"), node.app);
        if (!node.version.isEmpty())
            labels.insert(QStringLiteral("version"), node.version);
        messages = results.messagesForWorkload(node.namespace_, labels);
        if (!node.app.isEmpty())
            messages += results.messagesForService(node.namespace_, node.app);
        break;
    }
    default:
        break;
    }
    messages.removeIf(
        [](const analysis::AnalysisMessage& message) { return message.level() == analysis::Level::Info; });
    return analysis::sortedAndDeduplicated(std::move(messages));
}

} // namespace

AnalysisGraphBadges::AnalysisGraphBadges(
    graph::GraphRefresh* controller, analysis::AnalysisResults* results, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_results(results)
{
    connect(controller, &graph::GraphRefresh::graphChanged, this, &AnalysisGraphBadges::update);
    connect(results, &analysis::AnalysisResults::changed, this, &AnalysisGraphBadges::update);
    connect(results, &analysis::AnalysisResults::reset, this, &AnalysisGraphBadges::update);
    controller->addNodeAction({ showAction, tr("Show configuration problems"),
        [this](const graph::Node& node) { return m_worst.contains(node.id); } });
    connect(controller, &graph::GraphRefresh::nodeActionTriggered, this,
        [this](const QString& actionId, const QString& nodeId) {
            if (actionId == showAction && m_worst.contains(nodeId))
                emit objectRequested(m_worst.value(nodeId));
        });
    update();
}

void AnalysisGraphBadges::update()
{
    QHash<QString, graph::NodeBadge> badges;
    m_worst.clear();
    const std::shared_ptr<const graph::Graph>& shown = m_controller->graph();
    if (shown) {
        for (const graph::Node& node : shown->nodes) {
            const analysis::AnalysisMessages messages = messagesFor(*m_results, node);
            if (messages.isEmpty())
                continue;
            const analysis::AnalysisResults::Summary summary = analysis::AnalysisResults::summarize(messages);
            graph::NodeBadge badge;
            badge.severity
                = summary.errors > 0 ? graph::NodeBadge::Severity::Error : graph::NodeBadge::Severity::Warning;
            const int count = summary.errors > 0 ? summary.errors : summary.warnings;
            badge.text = count > 9 ? QStringLiteral("9+") : QString::number(count);
            QStringList lines;
            lines << tr("Istio config: %1, %2")
                         .arg(tr("%n error(s)", nullptr, summary.errors),
                             tr("%n warning(s)", nullptr, summary.warnings));
            for (qsizetype i = 0; i < messages.size() && i < ShownMessages; ++i)
                lines << messages.at(i).toLogLine();
            if (messages.size() > ShownMessages)
                lines << tr("… and %1 more").arg(messages.size() - ShownMessages);
            lines << tr("Right-click → Show configuration problems");
            badge.toolTip = lines.join(QLatin1Char('\n'));
            badges.insert(node.id, badge);
            if (messages.first().resource)
                m_worst.insert(node.id, messages.first().resource->key());
        }
    }
    m_controller->setNodeBadges(provider, badges);
}

} // namespace meshscope
