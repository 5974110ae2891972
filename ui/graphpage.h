#pragma once

#include "models/graph/refresh/graphrefresh.h"
#include "ui/graphsidepanel.h"
#include "views/graph/graphscene.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace Ui {
class GraphPage;
}

namespace meshscope {

class EmptyStateWidget;
class GraphLegend;
class GraphToolbar;
class GraphView;

// The Graph page: toolbar, canvas, legend and side panel, and the empty / loading / stale / error states. It
// renders what its controller (graph::GraphRefresh) holds — the query, the state, the graph and its positions —
// and hands the user's edits back to it: the toolbar's query edits, dragged nodes, the selection's series, node
// actions. It fetches nothing and keeps no model data of its own.
class GraphPage : public QWidget
{
    Q_OBJECT
public:
    struct CompiledFilter
    {
        GraphScene::NodeMatch nodes;
        GraphScene::EdgeMatch edges;
        QString error; // shown under the toolbar; the filter is then not applied
    };
    using FilterCompiler = std::function<CompiledFilter(const QString& expression)>;
    using Exporter = std::function<QByteArray(const graph::Graph& graph, const QString& format, QString* error)>;

    explicit GraphPage(graph::GraphRefresh* controller, QWidget* parent = nullptr);
    ~GraphPage() override;

    graph::GraphRefresh* controller() const { return m_controller; }
    void setFilterCompiler(FilterCompiler compiler);
    void setExporter(const QStringList& formats, Exporter exporter); // in addition to PNG and SVG
    void openHealthThresholds(); // non-modal; on OK the controller's query gets the new tolerances
    bool exportTo(const QString& format, const QString& fileName, QString* error = nullptr) const;

    GraphScene* scene() const { return m_scene; }
    GraphView* view() const { return m_view; }
    GraphToolbar* toolbar() const { return m_toolbar; }
    GraphSidePanel* sidePanel() const { return m_side; }
    QString stateText() const; // what the page tells the user right now (empty state title or banner)
    QString statusText() const; // the line under the canvas
    bool isShowingGraph() const;

signals:
    void shiftTrafficRequested(const QString& nodeId);
    void showProxyConfigRequested(const QString& nodeId);
    void detailsRequested(const QString& nodeId); // a workload, app or service node's detail page
    void healthTolerancesChanged(const QList<graph::RateTolerance>& tolerances); // the user saved new ones
    void exported(const QString& fileName);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void renderQuery();
    void renderState();
    void renderGraph(graph::GraphRefresh::Change change);
    void renderBadges();
    void applyFilters();
    void showSelection(const QString& id, bool keepCharts);
    void showNodeMenu(const QString& nodeId, const QPoint& globalPos);
    void showEmpty(const QString& title, const QString& reason);
    void updateBanner();
    void updateStatus();
    void chooseExportFile(const QString& format);
    void placeLegend();

    std::unique_ptr<Ui::GraphPage> m_ui;
    QPointer<graph::GraphRefresh> m_controller;
    GraphToolbar* m_toolbar;
    QLabel* m_banner;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_empty;
    QSplitter* m_splitter;
    GraphScene* m_scene;
    GraphView* m_view;
    GraphLegend* m_legend;
    GraphSidePanel* m_side;
    QLabel* m_status;

    FilterCompiler m_compileFilter;
    Exporter m_exporter;
    QStringList m_exportFormats;
    QString m_notice; // a passing message in the status line (e.g. "Exported to …")
};

} // namespace meshscope
