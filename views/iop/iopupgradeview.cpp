#include "iopupgradeview.h"

#include "models/iop/iopeditordocument.h"
#include "models/iop/ioprevisionwatch.h"
#include "models/iop/ioptree.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace meshscope::iop {

namespace {

QPlainTextEdit* codeBox(QWidget* parent, const QString& name)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return box;
}

QString revisionsText(const QMap<QString, int>& pods)
{
    QStringList parts;
    for (auto it = pods.cbegin(); it != pods.cend(); ++it)
        parts << QStringLiteral("%1: %2")
                     .arg(it.key().isEmpty() ? QApplication::translate("meshscope::iop::IopUpgradeView", "no sidecar")
                                             : it.key())
                     .arg(it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace

IopUpgradeView::IopUpgradeView(IopEditorDocument* document, IopRevisionWatch* watch, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_watch(watch)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_tag(new QLineEdit(this))
    , m_revision(new QLineEdit(this))
    , m_keepGateways(new QCheckBox(tr("Keep the gateways on the current control plane"), this))
    , m_generate(new QPushButton(tr("Make the plan"), this))
    , m_newIop(codeBox(this, QStringLiteral("iopUpgradeNewIop")))
    , m_plan(codeBox(this, QStringLiteral("iopUpgradePlan")))
{
    setObjectName(QStringLiteral("iopUpgrade"));
    m_table->setObjectName(QStringLiteral("iopUpgradeNamespaces"));
    m_tag->setObjectName(QStringLiteral("iopUpgradeTag"));
    m_revision->setObjectName(QStringLiteral("iopUpgradeRevision"));
    m_summary->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({ tr("Namespace"), tr("Injection label"), tr("New pods get"), tr("Pods now") });
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keepGateways->setChecked(true);
    m_tag->setPlaceholderText(tr("new Istio version, e.g. 1.25.0"));
    m_revision->setPlaceholderText(tr("revision name, e.g. 1-25-0"));

    auto* inputs = new QFormLayout;
    inputs->addRow(tr("New tag"), m_tag);
    inputs->addRow(tr("New revision"), m_revision);
    inputs->addRow(QString(), m_keepGateways);

    auto* copyPlan = new QPushButton(tr("Copy steps"), this);
    auto* savePlan = new QPushButton(tr("Save steps…"), this);
    auto* saveIop = new QPushButton(tr("Save IstioOperator…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addStretch();
    buttons->addWidget(copyPlan);
    buttons->addWidget(savePlan);
    buttons->addWidget(saveIop);

    auto* outputs = new QSplitter(Qt::Horizontal, this);
    outputs->addWidget(m_newIop);
    outputs->addWidget(m_plan);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(inputs);
    layout->addLayout(buttons);
    layout->addWidget(outputs, 2);

    connect(m_tag, &QLineEdit::textEdited, this, [this](const QString& tag) {
        if (!m_revisionEdited)
            m_revision->setText(revisionFromTag(tag.trimmed()));
    });
    connect(m_revision, &QLineEdit::textEdited, this, [this] { m_revisionEdited = true; });
    connect(m_generate, &QPushButton::clicked, this, &IopUpgradeView::generate);
    connect(
        copyPlan, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_plan->toPlainText()); });
    connect(savePlan, &QPushButton::clicked, this,
        [this] { saveText(m_plan->toPlainText(), QStringLiteral("canary-upgrade.sh")); });
    connect(saveIop, &QPushButton::clicked, this, [this] {
        saveText(m_newIop->toPlainText(), QStringLiteral("istio-%1.yaml").arg(m_revision->text().trimmed()));
    });
    if (m_watch)
        connect(m_watch, &IopRevisionWatch::changed, this, &IopUpgradeView::showUsage);
    showUsage();
}

void IopUpgradeView::showUsage()
{
    if (!m_watch || !m_watch->hasUsage()) {
        m_summary->setText(m_watch && m_watch->isConnected()
                ? tr("Reading namespaces and pods…")
                : tr("Not connected to a cluster: the plan covers the control plane; connect to see which "
                     "namespaces and pods run which revision."));
        m_table->setRowCount(0);
        return;
    }
    const RevisionUsage& usage = m_watch->usage();
    m_summary->setText(
        tr("Control planes: %1. Sidecars by revision: %2. Tick the namespaces to move.")
            .arg(usage.controlPlanes.isEmpty() ? tr("none found") : usage.controlPlanes.join(QStringLiteral(", ")),
                usage.podsByRevision.isEmpty() ? tr("none") : revisionsText(usage.podsByRevision)));
    QStringList checked;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->checkState() == Qt::Checked)
            checked << m_table->item(r, 0)->text();
    }
    const bool first = m_table->rowCount() == 0;
    m_table->setRowCount(int(usage.namespaces.size()));
    for (int r = 0; r < usage.namespaces.size(); ++r) {
        const NamespaceRevision& ns = usage.namespaces.at(r);
        auto* name = new QTableWidgetItem(ns.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool tick = first ? !ns.injectionLabel.isEmpty() : checked.contains(ns.name);
        name->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(ns.injectionLabel.isEmpty() ? tr("—") : ns.injectionLabel));
        m_table->setItem(r, 2, new QTableWidgetItem(ns.revision.isEmpty() ? tr("no sidecar") : ns.revision));
        m_table->setItem(r, 3, new QTableWidgetItem(revisionsText(ns.podsByRevision)));
    }
    m_table->resizeColumnsToContents();
}

void IopUpgradeView::generate()
{
    CanaryRequest request;
    request.currentIopText = m_document->text();
    request.newTag = m_tag->text().trimmed();
    request.newRevision = m_revision->text().trimmed();
    if (request.newRevision.isEmpty())
        request.newRevision = revisionFromTag(request.newTag);
    request.keepGatewaysOnCurrent = m_keepGateways->isChecked();
    request.iopFileName = QStringLiteral("istio-%1.yaml").arg(request.newRevision);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->checkState() == Qt::Checked)
            request.namespaces << m_table->item(r, 0)->text();
    }
    const RevisionUsage usage = m_watch && m_watch->hasUsage() ? m_watch->usage() : RevisionUsage();
    m_plan->setPlainText(tr("Working…"));
    m_ticket = m_jobs.run(
        QCoreApplication::instance(), QStringLiteral("plan"), [request, usage] { return planCanary(request, usage); },
        [this](const CanaryPlan& plan) {
            m_jobs.finish(m_ticket);
            if (!plan.error.isEmpty()) {
                m_newIop->clear();
                m_plan->setPlainText(tr("No plan: %1").arg(plan.error));
                return;
            }
            m_newIop->setPlainText(plan.newIop);
            m_plan->setPlainText(plan.script());
        });
}

void IopUpgradeView::saveText(const QString& text, const QString& suggested)
{
    if (text.isEmpty())
        return;
    const QString path = m_saveName ? m_saveName(suggested) : QFileDialog::getSaveFileName(this, tr("Save"), suggested);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        m_summary->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace meshscope::iop
