#include "graphpage.h"
#include "healththresholdsdialog.h"

// The Graph page's health tolerances: carried in every Query, edited in the Health thresholds dialog.
namespace meshscope {

void GraphPage::setHealthTolerances(const QList<graph::RateTolerance>& tolerances)
{
    m_health = tolerances.isEmpty() ? graph::HealthConfig::defaultTolerances() : tolerances;
}

void GraphPage::openHealthThresholds()
{
    if (auto* open = findChild<HealthThresholdsDialog*>(); open && open->isVisible())
        return open->raise();
    // open(), not exec(): no nested event loop while the page keeps refreshing.
    auto* dialog = new HealthThresholdsDialog(m_health, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<graph::RateTolerance> tolerances = dialog->tolerances();
        if (graph::toString(tolerances) == graph::toString(m_health))
            return;
        m_health = tolerances;
        emit healthTolerancesChanged(tolerances);
        emit fetchRequested(); // health is worked out when the graph is built
    });
    dialog->open();
}

} // namespace meshscope
