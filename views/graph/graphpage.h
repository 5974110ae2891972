#pragma once

#include "graphscene.h"
#include "graphsidepanel.h"
#include "models/graph/graphhealth.h"
#include "models/graph/graphtypes.h"

#include <QDateTime>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace meshscope {

class EmptyStateWidget;
class GraphLegend;
class GraphToolbar;
class GraphView;

// The Graph page: toolbar, canvas, legend and side panel, and the empty / loading / stale / error states.
// It does not fetch anything itself: whoever wires it (app/graphpagewiring) listens to fetchRequested and
// answers with showLoading / showGraph / showFailure, and plugs in layout, filter and export functions.
// Positions stay stable: a refresh with the same nodes and edges only updates numbers; new nodes are placed
// around the existing ones; only a new graph type or namespace set (or another layout engine) lays out anew.
class GraphPage : public QWidget
{
    Q_OBJECT
public:
    // What the toolbar asks for.
    struct Query
    {
        QStringList namespaces;
        graph::GraphType type = graph::GraphType::VersionedApp;
        int durationSeconds = 60;
        bool injectServiceNodes = true;
        EdgeLabel edgeLabel = EdgeLabel::RequestRate; // the response-time statistic follows it
        QList<graph::RateTolerance> health = graph::HealthConfig::defaultTolerances(); // Display → Health thresholds
    };
    struct CompiledFilter
    {
        GraphScene::NodeMatch nodes;
        GraphScene::EdgeMatch edges;
        QString error; // shown under the toolbar; the filter is then not applied
    };
    using FilterCompiler = std::function<CompiledFilter(const QString& expression)>;
    using LayoutDone = std::function<void(const ScenePositions& positions)>;
    // Lays the whole graph out (asynchronously is fine); pinned nodes keep their place.
    using FullLayout = std::function<void(std::shared_ptr<const graph::Graph> graph, const QString& engine,
        const QHash<QString, QPointF>& pinned, LayoutDone done)>;
    // Places the nodes of graph that previous lacks, without moving the others.
    using ExtendLayout = std::function<ScenePositions(const ScenePositions& previous, const graph::Graph& graph)>;
    using Exporter = std::function<QByteArray(const graph::Graph& graph, const QString& format, QString* error)>;

    explicit GraphPage(QWidget* parent = nullptr);
    ~GraphPage() override;

    void setAvailableNamespaces(const QStringList& namespaces);
    void setSelectedNamespaces(const QStringList& namespaces);
    Query query() const;
    int refreshSeconds() const;

    void setFilterCompiler(FilterCompiler compiler);
    void setLayoutFunctions(FullLayout full, ExtendLayout extend);
    void setExporter(const QStringList& formats, Exporter exporter); // in addition to PNG and SVG
    // The health tolerances the query carries; the Health thresholds dialog edits them (graphpagehealth.cpp).
    void setHealthTolerances(const QList<graph::RateTolerance>& tolerances);
    void openHealthThresholds(); // non-modal; on OK: healthTolerancesChanged, then fetchRequested

    // From the data source.
    void setUnavailable(const QString& reason); // nothing to ask (no Prometheus): says why
    void showLoading();
    void showGraph(std::shared_ptr<const graph::Graph> graph);
    void showFailure(const QString& message);
    void setSeries(const QString& selectedId, GraphSidePanel::Chart chart, const QList<QPointF>& points);
    void setSeriesMessage(const QString& selectedId, const QString& message);

    bool exportTo(const QString& format, const QString& fileName, QString* error = nullptr) const;

    GraphScene* scene() const { return m_scene; }
    GraphView* view() const { return m_view; }
    GraphToolbar* toolbar() const { return m_toolbar; }
    GraphSidePanel* sidePanel() const { return m_side; }
    QString stateText() const; // what the page tells the user right now (empty state title or banner)
    bool isShowingGraph() const;
    int layoutCount() const { return m_layoutCount; } // full layouts so far (tests: refreshes don't lay out)

signals:
    void fetchRequested(); // the query changed, the refresh timer fired or the user clicked Refresh
    void seriesRequested(const QString& id, bool isEdge);
    void shiftTrafficRequested(const QString& nodeId);
    void showProxyConfigRequested(const QString& nodeId);
    void nodePinned(const QString& id, QPointF position);
    void healthTolerancesChanged(const QList<graph::RateTolerance>& tolerances); // the user saved new ones

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onQueryChanged();
    void applyFilters();
    void applyDisplay();
    void requestFullLayout(std::shared_ptr<const graph::Graph> graph);
    void placeGraph(std::shared_ptr<const graph::Graph> graph, const ScenePositions& positions, bool fit);
    void showEmpty(const QString& title, const QString& reason);
    void updateGraphState();
    void refreshSidePanel(); // the selection's numbers after a refresh // the graph, or "no traffic" when there is
                             // nothing to draw
    void updateBanner();
    void updateRefreshTimer();
    void chooseExportFile(const QString& format);
    void placeLegend();
    QString layoutKey() const;

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
    QTimer* m_refreshTimer;

    FilterCompiler m_compileFilter;
    FullLayout m_fullLayout;
    ExtendLayout m_extendLayout;
    Exporter m_exporter;
    QStringList m_exportFormats;

    std::shared_ptr<const graph::Graph> m_latest; // the newest graph received
    QDateTime m_latestTime;
    QString m_failure;
    QString m_unavailable;
    bool m_loading = false;
    bool m_layoutPending = false;
    int m_layoutGeneration = 0;
    int m_layoutCount = 0;
    QString m_placedKey; // layoutKey() of what the scene shows
    bool m_fitPending = false;
    QList<graph::RateTolerance> m_health = graph::HealthConfig::defaultTolerances();
};

} // namespace meshscope
