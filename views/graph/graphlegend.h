#pragma once

#include <QWidget>

namespace meshscope {

// Kiali's graph legend: node shapes per type, node and edge colours, badges and the mTLS lock, drawn with the
// same painting code and colours as the graph itself.
class GraphLegend : public QWidget
{
    Q_OBJECT
public:
    explicit GraphLegend(QWidget* parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace meshscope
