#pragma once

#include "graphstyle.h"
#include "models/graph/refresh/graphpagequery.h"

#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace meshscope {

// The Graph page's controls, in Kiali's order: namespaces, graph type, duration, refresh interval, edge labels,
// display toggles and layout on the first row (wrapping by groups when narrow); find, hide, zoom to fit, legend and
// export on the last. It shows
// a query (showQuery) and hands back an edited copy (queryEdited); it keeps no other state of its own.
class GraphToolbar : public QWidget
{
    Q_OBJECT
public:
    explicit GraphToolbar(QWidget* parent = nullptr);

    void showQuery(const graph::GraphPageQuery& query); // no signals
    const graph::GraphPageQuery& query() const { return m_query; }
    void setAvailableNamespaces(const QStringList& namespaces);

    QLineEdit* findEdit() const { return m_find; }
    QLineEdit* hideEdit() const { return m_hide; }
    void setFilterErrors(const QString& findError, const QString& hideError);
    void setExportFormats(const QStringList& formats); // e.g. PNG, SVG, DOT, Kiali JSON
    QComboBox* durationBox() const { return m_duration; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* refreshBox() const { return m_refresh; }
    QComboBox* edgeLabelBox() const { return m_edgeLabel; }
    QComboBox* layoutBox() const { return m_layout; }
    QMenu* namespaceMenu() const { return m_namespaceMenu; }
    QAction* displayAction(const QString& objectName) const;

signals:
    void queryEdited(const meshscope::graph::GraphPageQuery& query); // the user changed a control
    void refreshRequested();
    void filtersEdited(); // debounced find/hide text
    void fitRequested();
    void legendToggled(bool shown);
    void exportRequested(const QString& format);
    void healthThresholdsRequested(); // Display → Health thresholds…

private:
    QComboBox* addCombo(const QString& objectName, const QString& toolTip);
    QAction* addNamespace(const QString& name, bool checked);
    void edit(const std::function<void(graph::GraphPageQuery&)>& change);
    void updateNamespaceButton();

    graph::GraphPageQuery m_query;
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
