#pragma once

#include "models/details/detailsdata.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace meshscope {

// Draws the direct neighbours of an object: who calls it on the left, whom it calls on the right, each edge
// with its rate and coloured by its health.
class NeighbourGraph : public QWidget
{
    Q_OBJECT
public:
    explicit NeighbourGraph(QWidget* parent = nullptr);
    void setEdges(const QString& self, const QList<details::TrafficRow>& rows);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_self;
    QList<details::TrafficRow> m_rows;
};

// A detail page's Overview tab: what the object is (type, app, versions, service account, ports, replicas, mTLS),
// its labels and selector, its pods with status and restarts, the services/workloads/app it maps to and the Istio
// config that applies (both clickable), and the small graph of its neighbours.
class DetailsOverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsOverviewTab(QWidget* parent = nullptr);

    void setData(const details::DetailsData& data);
    void setTraffic(const QList<details::TrafficRow>& rows);
    QTableWidget* podsTable() const { return m_pods; }
    QString relatedText() const;

signals:
    void openRequested(health::Kind kind, const QString& ns, const QString& name);
    void configRequested(const QString& kind, const QString& ns, const QString& name);

private:
    QFormLayout* m_form;
    QLabel* m_related;
    QLabel* m_config;
    QTableWidget* m_pods;
    NeighbourGraph* m_graph;
    QString m_name;
    QList<details::TrafficRow> m_traffic;
};

} // namespace meshscope
