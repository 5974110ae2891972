#include "graphpage.h"
#include "healththresholdsdialog.h"

// The Graph page's health tolerances: part of the controller's query, edited in the Health thresholds dialog.
namespace meshscope {

void GraphPage::openHealthThresholds()
{
    if (auto* open = findChild<HealthThresholdsDialog*>(); open && open->isVisible())
        return open->raise();
    // open(), not exec(): no nested event loop while the page keeps refreshing.
    auto* dialog = new HealthThresholdsDialog(m_controller->query().health, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<graph::RateTolerance> tolerances = dialog->tolerances();
        if (!m_controller || graph::toString(tolerances) == graph::toString(m_controller->query().health))
            return;
        graph::GraphPageQuery query = m_controller->query();
        query.health = tolerances;
        m_controller->setQuery(query); // health is worked out when the graph is built: a new fetch
        emit healthTolerancesChanged(tolerances);
    });
    dialog->open();
}

} // namespace meshscope
