#pragma once

#include "models/graph/graphhealth.h"

#include <QDialog>
#include <memory>

class QTableWidget;

namespace Ui {
class HealthThresholdsDialog;
}

namespace meshscope {

// Edits Kiali's request-health rate tolerances (health_config.rate): per response-code pattern, protocol and
// direction, the share of requests that makes a node or edge Degraded or Failure. OK only closes the dialog when
// every row is valid (the same rules as Kiali's health.kiali.io/rate annotation); otherwise it says which row.
class HealthThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HealthThresholdsDialog(const QList<graph::RateTolerance>& tolerances, QWidget* parent = nullptr);
    ~HealthThresholdsDialog() override;

    void setTolerances(const QList<graph::RateTolerance>& tolerances);
    QList<graph::RateTolerance> tolerances() const; // what was accepted (or given)
    QTableWidget* table() const;
    QString errorText() const;

    void accept() override;

private:
    void addRow(const graph::RateTolerance& tolerance);
    QString rowsAsText() const; // "code,degraded,failure,protocol,direction;…"

    std::unique_ptr<Ui::HealthThresholdsDialog> m_ui;
    QList<graph::RateTolerance> m_tolerances;
};

} // namespace meshscope
