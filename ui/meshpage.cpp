#include "meshpage.h"

#include "ui_meshpage.h"
#include "views/overview/healthstyle.h"

#include <QHeaderView>
#include <QRegularExpression>

namespace meshscope {

using health::Status;

namespace {

void fill(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            QTableWidgetItem* item = table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(r, c, item);
            }
            item->setText(rows[r][c]);
        }
    }
    table->resizeColumnsToContents();
}

} // namespace

MeshPage::MeshPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeshPage>())
    , m_meshConfig(new health::JsonTreeModel(this))
{
    m_ui->setupUi(this);
    m_ui->bannerLabel->hide();
    m_ui->meshConfigTree->setModel(m_meshConfig);
    m_ui->meshConfigTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->emptyState->setIcon(QStringLiteral(":/icons/page-mesh.svg"));
    m_ui->emptyState->setTitle(tr("Mesh"));
    setWaiting(tr("Waiting for the cluster…"));
}

MeshPage::~MeshPage() = default;

QTableWidget* MeshPage::istiodTable() const
{
    return m_ui->istiodTable;
}

QTableWidget* MeshPage::proxyTable() const
{
    return m_ui->proxyTable;
}

QTableWidget* MeshPage::namespaceTable() const
{
    return m_ui->namespaceTable;
}

QString MeshPage::certificateText() const
{
    QString text = m_ui->certLabel->text();
    return text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

void MeshPage::setWaiting(const QString& reason)
{
    m_ui->emptyState->setReason(reason);
    m_ui->stack->setCurrentWidget(m_ui->emptyState);
}

void MeshPage::setBanner(const QString& text)
{
    m_ui->bannerLabel->setText(text);
    m_ui->bannerLabel->setVisible(!text.isEmpty());
}

void MeshPage::setStatus(const health::MeshStatus& s)
{
    m_ui->stack->setCurrentWidget(m_ui->content);
    const health::ControlPlaneSummary& cp = s.controlPlane;
    const QPalette& p = palette();
    const auto colored = [](const QColor& color, const QString& text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped());
    };

    QList<QStringList> istiods;
    for (const health::IstiodRevision& r : cp.istiods) {
        QStringList tags;
        for (const health::RevisionTag& tag : s.tags) {
            if (tag.revision == r.revision)
                tags.append(tag.tag);
        }
        istiods.append({ r.revision, QStringLiteral("%1/%2").arg(r.namespace_, r.deployment), r.version,
            tr("%1/%2 ready").arg(r.readyPods).arg(r.pods), tags.join(QStringLiteral(", ")) });
    }
    fill(m_ui->istiodTable, { tr("Revision"), tr("istiod"), tr("Version"), tr("Pods"), tr("Tags") }, istiods);

    QList<QStringList> proxies;
    for (const health::ProxyGroup& g : cp.proxyGroups)
        proxies.append({ g.revision, g.version, QString::number(g.pods), g.namespaces.join(QStringLiteral(", ")) });
    fill(m_ui->proxyTable, { tr("Revision"), tr("Proxy version"), tr("Pods"), tr("Namespaces") }, proxies);

    QList<QStringList> namespaces;
    for (const health::NamespaceRevision& n : s.namespaces) {
        namespaces.append({ n.namespace_, n.label, n.revision, QString::number(n.pods),
            n.podsOnOtherRevisions == 0 ? tr("all on %1").arg(n.revision)
                                        : tr("%1 to restart").arg(n.podsOnOtherRevisions) });
    }
    fill(m_ui->namespaceTable, { tr("Namespace"), tr("Label"), tr("Revision"), tr("Sidecar pods"), tr("Upgrade") },
        namespaces);

    const QString sync = cp.syncKnown ? tr("%1 in sync, %2 stale").arg(cp.proxiesSynced).arg(cp.proxiesStale)
                                      : tr("sync status unknown");
    m_ui->summaryLabel->setText(tr("<b>%n istiod revision(s)</b> (%1) · <b>%2 proxies</b> (%3) · mesh mTLS <b>%4</b>",
        nullptr, int(cp.istiods.size()))
                                    .arg(cp.versions().join(QStringLiteral(", ")))
                                    .arg(cp.proxies)
                                    .arg(sync, cp.meshMtls.mode));

    const health::InstalledState& in = s.installed;
    m_ui->installLabel->setText(in.found
            ? tr("IstioOperator <b>%1</b>: profile %2, revision %3, %4:%5<br>Enabled: %6<br>Disabled: %7")
                  .arg(in.name, in.profile, in.revision, in.hub, in.tag, in.enabled.join(QStringLiteral(", ")),
                      in.disabled.isEmpty() ? tr("none") : in.disabled.join(QStringLiteral(", ")))
            : tr("No installed-state IstioOperator (istioctl stopped writing it in 1.21; Helm and Sail installs have "
                 "none)."));

    const health::RootCertificate& cert = s.rootCert;
    if (!cert.found) {
        m_ui->certLabel->setText(tr("No istio-ca-root-cert ConfigMap in istio-system."));
    } else if (!cert.error.isEmpty()) {
        m_ui->certLabel->setText(colored(healthstyle::color(Status::Failure, p), cert.error));
    } else {
        const qint64 days = cert.daysLeft();
        const Status urgency = days < 30 ? Status::Failure : days < 90 ? Status::Degraded : Status::Healthy;
        m_ui->certLabel->setText(
            tr("%1<br>valid %2 – %3: %4")
                .arg(cert.subject.toHtmlEscaped(), QLocale().toString(cert.notBefore.date(), QLocale::ShortFormat),
                    QLocale().toString(cert.notAfter.date(), QLocale::ShortFormat),
                    colored(healthstyle::color(urgency, p), tr("%n day(s) left", nullptr, int(days)))));
    }
    m_ui->ambientLabel->setText(cp.ambientComponents.isEmpty()
            ? tr("No ambient components (ztunnel, istio-cni, waypoints) in this mesh.")
            : cp.ambientComponents.join(QStringLiteral("<br>")));
    if (s.meshConfigError.isEmpty())
        m_meshConfig->setJson(s.meshConfig);
    setBanner(
        s.meshConfigError.isEmpty() ? QString() : tr("The mesh config cannot be read: %1").arg(s.meshConfigError));
}

} // namespace meshscope
