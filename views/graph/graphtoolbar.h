#pragma once

#include "graphstyle.h"
#include "models/graph/graphtypes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace meshscope {

// The Graph page's controls, in Kiali's order: namespaces, graph type, duration, refresh interval, edge labels,
// display toggles, layout, zoom to fit, legend and export on the first row; find and hide on the second.
class GraphToolbar : public QWidget
{
    Q_OBJECT
public:
    explicit GraphToolbar(QWidget* parent = nullptr);

    void setAvailableNamespaces(const QStringList& namespaces);
    void setSelectedNamespaces(const QStringList& namespaces);
    QStringList selectedNamespaces() const;

    graph::GraphType graphType() const;
    void setGraphType(graph::GraphType type);
    int durationSeconds() const;
    void setDurationSeconds(int seconds);
    int refreshSeconds() const; // 0: paused
    void setRefreshSeconds(int seconds);
    QString layoutEngine() const; // "" auto, "dot", "sfdp"
    GraphDisplay display() const;
    void setDisplay(const GraphDisplay& display);
    bool injectServiceNodes() const;

    QLineEdit* findEdit() const { return m_find; }
    QLineEdit* hideEdit() const { return m_hide; }
    void setFilterErrors(const QString& findError, const QString& hideError);
    void setExportFormats(const QStringList& formats); // e.g. PNG, SVG, DOT, Kiali JSON
    QComboBox* durationBox() const { return m_duration; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* edgeLabelBox() const { return m_edgeLabel; }
    QAction* displayAction(const QString& objectName) const;

signals:
    void queryChanged(); // namespaces, type, duration or service nodes: fetch again
    void refreshIntervalChanged(int seconds);
    void refreshRequested();
    void displayChanged(); // edge labels or a toggle the view handles alone
    void layoutEngineChanged(const QString& engine);
    void filtersEdited(); // debounced find/hide text
    void fitRequested();
    void legendToggled(bool shown);
    void exportRequested(const QString& format);
    void healthThresholdsRequested(); // Display → Health thresholds…

private:
    QComboBox* addCombo(const QString& objectName, const QString& toolTip);
    void updateNamespaceButton();

    QToolButton* m_namespaces;
    QMenu* m_namespaceMenu;
    QComboBox* m_type;
    QComboBox* m_duration;
    QComboBox* m_refresh;
    QComboBox* m_edgeLabel;
    QToolButton* m_displayButton;
    QAction* m_idle;
    QAction* m_serviceNodes;
    QAction* m_badges;
    QAction* m_animation;
    QAction* m_security;
    QComboBox* m_layout;
    QToolButton* m_export;
    QMenu* m_exportMenu;
    QLineEdit* m_find;
    QLineEdit* m_hide;
    QLabel* m_filterError;
    QWidget* m_firstRow;
};

} // namespace meshscope
