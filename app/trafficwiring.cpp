#include "trafficwiring.h"

#include "models/kube/clustersession.h"
#include "models/traffic/changehistory.h"
#include "ui/graphpage.h"
#include "ui/trafficshiftdialog.h"
#include "views/graph/graphscene.h"
#include "views/graph/nodeitem.h"

#include <QAbstractItemView>
#include <QAction>
#include <QJsonObject>

namespace meshscope {

TrafficWiring::TrafficWiring(QWidget* dialogParent, ClusterSession* session, QObject* parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_session(session)
    , m_history(std::make_unique<traffic::ChangeHistory>())
{
    m_history->load(); // a damaged file starts an empty history; the next change rewrites it
    // Another cluster: the dialogs of the old one would write to it.
    connect(session, &ClusterSession::ready, this, [this] {
        for (const QPointer<TrafficShiftDialog>& dialog : std::as_const(m_dialogs)) {
            if (dialog)
                dialog->close();
        }
        m_dialogs.clear();
    });
}

TrafficWiring::~TrafficWiring() = default;

void TrafficWiring::attachGraphPage(GraphPage* page)
{
    connect(page, &GraphPage::shiftTrafficRequested, this, [this, page](const QString& nodeId) {
        const NodeItem* item = page->scene()->nodeItem(nodeId);
        if (!item)
            return;
        const graph::Node& node = item->node();
        const QString service = !node.service.isEmpty() ? node.service : serviceOfApp(node.namespace_, node.app);
        if (!service.isEmpty())
            openDialog(node.namespace_, service);
    });
    // The graph shows the new split at its next refresh; ask for it now.
    connect(this, &TrafficWiring::changeApplied, page, [page] { page->controller()->refresh(); });
}

void TrafficWiring::attachServiceList(QAbstractItemView* view)
{
    auto* action = new QAction(tr("Shift traffic…"), view);
    action->setObjectName(QStringLiteral("shiftTrafficAction"));
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(action, &QAction::triggered, this, [this, view] {
        const QModelIndex index = view->currentIndex();
        if (!index.isValid())
            return;
        openDialog(
            index.data(KubeObjectModel::NamespaceRole).toString(), index.data(KubeObjectModel::NameRole).toString());
    });
}

QString TrafficWiring::serviceOfApp(const QString& ns, const QString& app) const
{
    // A versioned app's box: the service whose selector picks the app (Bookinfo's reviews → reviews).
    const KubeObjectModel* services = m_session->servicesModel();
    QString byName;
    for (int row = 0; row < services->rowCount(); ++row) {
        const QJsonObject object = services->objectAt(row);
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        if (metadata.value(QLatin1String("namespace")).toString() != ns)
            continue;
        const QString name = metadata.value(QLatin1String("name")).toString();
        const QJsonObject selector
            = object.value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject();
        if (selector.value(QLatin1String("app")).toString() == app && !selector.contains(QLatin1String("version"))) {
            if (name == app)
                return name;
            if (byName.isEmpty())
                byName = name;
        }
    }
    return byName.isEmpty() ? app : byName;
}

TrafficShiftDialog* TrafficWiring::openDialog(const QString& ns, const QString& service)
{
    const QString key = ns + QLatin1Char('/') + service;
    if (TrafficShiftDialog* open = m_dialogs.value(key)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    if (!m_session->api() || !m_session->discovery() || !m_session->isReady())
        return nullptr;
    TrafficShiftDialog::Setup setup;
    setup.api = m_session->api();
    setup.discovery = m_session->discovery();
    setup.history = m_history.get();
    setup.prometheus = m_prometheus ? m_prometheus() : nullptr;
    setup.ns = ns;
    setup.service = service;
    auto* dialog = new TrafficShiftDialog(setup, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrafficShiftDialog::applied, this, &TrafficWiring::changeApplied);
    m_dialogs.insert(key, dialog);
    dialog->show();
    return dialog;
}

} // namespace meshscope
