#include "iopeditorwindow.h"

#include "models/iop/iopdrafts.h"
#include "models/iop/iopeditordocument.h"
#include "models/iop/iopeffectivemodel.h"
#include "models/iop/ioprevisionwatch.h"
#include "models/iop/ioptree.h"
#include "models/iop/iopyaml.h"
#include "models/kube/clustersession.h"
#include "models/kube/kubeinformer.h"
#include "ui_iopeditorwindow.h"
#include "views/iop/iopeffectiveview.h"
#include "views/iop/iopformwidget.h"
#include "views/iop/iopprofilediffview.h"
#include "views/iop/iopsailview.h"
#include "views/iop/iopupgradeview.h"
#include "views/iop/iopyamlpane.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace meshscope {

namespace {

const QString kTemplate = QStringLiteral("apiVersion: install.istio.io/v1alpha1\n"
                                         "kind: IstioOperator\n"
                                         "spec:\n"
                                         "  profile: default\n");

// The installed-state object as a file would hold it: no server-side bookkeeping.
QString installedStateYaml(const QJsonObject& object)
{
    QVariantMap tree = object.toVariantMap();
    tree.remove(QStringLiteral("status"));
    QVariantMap metadata = tree.value(QStringLiteral("metadata")).toMap();
    for (const QString& key :
        { QStringLiteral("managedFields"), QStringLiteral("resourceVersion"), QStringLiteral("uid"),
            QStringLiteral("generation"), QStringLiteral("creationTimestamp"), QStringLiteral("selfLink") })
        metadata.remove(key);
    QVariantMap annotations = metadata.value(QStringLiteral("annotations")).toMap();
    annotations.remove(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"));
    if (annotations.isEmpty())
        metadata.remove(QStringLiteral("annotations"));
    else
        metadata.insert(QStringLiteral("annotations"), annotations);
    tree.insert(QStringLiteral("metadata"), metadata);
    return iop::toYaml(tree);
}

} // namespace

IopEditorWindow::IopEditorWindow(ClusterSession* cluster, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::IopEditorWindow>())
    , m_cluster(cluster)
    , m_document(new iop::IopEditorDocument(this))
    , m_effective(new iop::IopEffectiveModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("iopEditorWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_form = new iop::IopFormWidget(m_document, this);
    m_effectiveView = new iop::IopEffectiveView(m_effective, this);
    m_diff = new iop::IopProfileDiffView(m_document, this);
    m_yaml = new iop::IopYamlPane(m_document, this);
    m_ui->tabs->addTab(m_form, tr("Form"));
    m_ui->tabs->addTab(m_effectiveView, tr("Effective"));
    m_ui->tabs->addTab(m_diff, tr("Profile diff"));
    auto* upgrade = new iop::IopUpgradeView(m_document, new iop::IopRevisionWatch(m_cluster, this), this);
    m_ui->tabs->addTab(upgrade, tr("Canary upgrade"));
    auto* sail = new iop::IopSailView(m_document, this);
    m_ui->tabs->addTab(sail, tr("Sail"));
    connect(sail, &iop::IopSailView::openConverted, this, [this](const QString& text, const QString& origin) {
        if (maybeSave())
            m_document->setUnsavedText(text, origin);
    });
    m_ui->yamlLayout->addWidget(m_yaml);
    m_ui->splitter->setSizes({ 720, 560 });

    connect(m_ui->actionNew, &QAction::triggered, this, &IopEditorWindow::newFile);
    connect(m_ui->actionOpen, &QAction::triggered, this, &IopEditorWindow::open);
    connect(m_ui->actionOpenInstalled, &QAction::triggered, this, &IopEditorWindow::openInstalledState);
    connect(m_ui->actionSave, &QAction::triggered, this, &IopEditorWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &IopEditorWindow::saveAs);
    connect(m_ui->actionClose, &QAction::triggered, this, &QWidget::close);
    m_ui->actionOpenInstalled->setEnabled(m_cluster && m_cluster->isReady());
    if (m_cluster) {
        connect(m_cluster, &ClusterSession::ready, this, [this] {
            m_ui->actionOpenInstalled->setEnabled(true);
            watchInstalledState();
        });
        watchInstalledState();
    }

    connect(m_document, &iop::IopEditorDocument::analysed, this, &IopEditorWindow::analysed);
    connect(m_document, &iop::IopEditorDocument::modifiedChanged, this, &IopEditorWindow::updateTitle);
    connect(m_document, &iop::IopEditorDocument::filePathChanged, this, &IopEditorWindow::updateTitle);
    connect(m_document, &iop::IopEditorDocument::notice, this, &IopEditorWindow::showNotice);
    connect(m_form, &iop::IopFormWidget::editFailed, this, &IopEditorWindow::showNotice);
    connect(m_effectiveView, &iop::IopEffectiveView::pathActivated, this,
        [this](const QString& path) { m_yaml->goToLine(m_document->analysis().lineOf(path)); });
    m_document->newDocument(kTemplate);
    m_document->keepDrafts(iop::IopDraftStore::defaultDirectory());
    updateTitle();
}

IopEditorWindow::~IopEditorWindow() = default;

QTabWidget* IopEditorWindow::tabs() const
{
    return m_ui->tabs;
}

void IopEditorWindow::analysed()
{
    const iop::IopAnalysis& analysis = m_document->analysis();
    if (analysis.revision != m_document->revision())
        return;
    m_form->refresh();
    m_effective->setMerge(analysis.merge);
    const int errors = analysis.errorCount();
    const int warnings = analysis.warningCount();
    statusBar()->showMessage(errors + warnings == 0
            ? tr("Valid · profile %1").arg(analysis.merge.profile)
            : tr("%n error(s)", nullptr, errors) + tr(", %n warning(s)", nullptr, warnings));
}

void IopEditorWindow::showNotice(const QString& message)
{
    m_ui->noticeLabel->setText(message);
    m_ui->noticeLabel->setVisible(!message.isEmpty());
    QTimer::singleShot(8000, m_ui->noticeLabel, [label = m_ui->noticeLabel, message] {
        if (label->text() == message)
            label->hide();
    });
}

void IopEditorWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — IstioOperator — Meshscope").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

bool IopEditorWindow::maybeSave()
{
    m_yaml->flush();
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = m_closeQuestion
        ? m_closeQuestion()
        : QMessageBox::question(this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Save them?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    m_document->discardDraft();
    return true;
}

void IopEditorWindow::restoreDraft(const iop::IopDraft& draft)
{
    m_document->restoreDraft(draft);
    showNotice(
        tr("Restored the unsaved edit of %1 from %2.")
            .arg(m_document->displayName(), QLocale().toString(draft.saved.toLocalTime(), QLocale::ShortFormat)));
}

void IopEditorWindow::offerDraftRecovery(ClusterSession* cluster, QWidget* parent)
{
    const iop::IopDraftStore store;
    QList<iop::IopDraft> drafts = store.all();
    drafts.removeIf([&store](const iop::IopDraft& draft) { return store.isInUse(draft.key); }); // open elsewhere
    if (drafts.isEmpty())
        return;
    QStringList names;
    for (const iop::IopDraft& draft : drafts)
        names << (draft.filePath.isEmpty() ? (draft.origin.isEmpty() ? tr("an untitled file") : draft.origin)
                                           : draft.filePath);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved IstioOperator edits"),
        tr("Meshscope kept IstioOperator edits that were not saved:\n\n%1\n\nRestore them?").arg(names.join(u'\n')),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("iopDraftRecovery"));
    QPushButton* restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    QPushButton* discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ClusterSession> session(cluster);
    connect(box, &QMessageBox::buttonClicked, box, [store, drafts, session, restore, discard](QAbstractButton* button) {
        for (const iop::IopDraft& draft : drafts) {
            if (button == discard) {
                store.remove(draft.key);
            } else if (button == restore) {
                auto* window = new IopEditorWindow(session);
                window->restoreDraft(draft);
                window->show();
            }
        }
    });
    box->open();
}

void IopEditorWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void IopEditorWindow::newFile()
{
    if (maybeSave())
        m_document->newDocument(kTemplate);
}

void IopEditorWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open IstioOperator"), QString(), tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool IopEditorWindow::openFile(const QString& path)
{
    QString error;
    if (!m_document->load(path, &error)) {
        showNotice(error);
        return false;
    }
    showNotice(QString());
    return true;
}

bool IopEditorWindow::save()
{
    m_yaml->flush();
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveFile(m_document->filePath());
}

bool IopEditorWindow::saveAs()
{
    m_yaml->flush();
    const QString path = m_saveAsName ? m_saveAsName()
                                      : QFileDialog::getSaveFileName(this, tr("Save IstioOperator"),
                                          m_document->filePath(), tr("YAML files (*.yaml *.yml);;All files (*)"));
    return !path.isEmpty() && saveFile(path);
}

bool IopEditorWindow::saveFile(const QString& path)
{
    m_yaml->flush();
    QString error;
    if (!m_document->save(path, &error)) {
        showNotice(error); // the text stays in the editor: nothing is lost
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

QJsonObject IopEditorWindow::installedState(QString* reason) const
{
    KubeInformer* informer = m_cluster && m_cluster->isReady()
        ? m_cluster->informer(QStringLiteral("install.istio.io"), QStringLiteral("istiooperators"))
        : nullptr;
    if (!informer) {
        *reason = tr("The cluster serves no IstioOperator resources (install.istio.io).");
        return {};
    }
    if (!informer->hasSynced()) {
        *reason = tr("Reading IstioOperators from the cluster… try again in a moment.");
        return {};
    }
    for (const QJsonObject& object : informer->objects()) {
        const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        if (metadata.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("installed-state")))
            return object;
    }
    *reason = tr("No installed-state IstioOperator in the cluster (istioctl 1.23 and older wrote one).");
    return {};
}

void IopEditorWindow::watchInstalledState()
{
    KubeInformer* informer = m_cluster && m_cluster->isReady()
        ? m_cluster->informer(QStringLiteral("install.istio.io"), QStringLiteral("istiooperators"))
        : nullptr;
    if (!informer || informer == m_installedInformer)
        return;
    m_installedInformer = informer;
    connect(informer, &KubeInformer::synced, this, &IopEditorWindow::updateInstalledDiff);
    connect(informer, &KubeInformer::changed, this, &IopEditorWindow::updateInstalledDiff);
    updateInstalledDiff();
}

void IopEditorWindow::updateInstalledDiff()
{
    QString reason;
    const QJsonObject found = installedState(&reason);
    const QJsonObject metadata = found.value(QStringLiteral("metadata")).toObject();
    m_diff->setInstalled(tr("installed in the cluster (%1/%2)")
                             .arg(metadata.value(QStringLiteral("namespace")).toString(),
                                 metadata.value(QStringLiteral("name")).toString()),
        found.isEmpty() ? QString() : installedStateYaml(found));
}

bool IopEditorWindow::openInstalledState()
{
    if (!m_cluster || !m_cluster->isReady()) {
        showNotice(tr("Not connected to a cluster."));
        return false;
    }
    QString reason;
    const QJsonObject found = installedState(&reason);
    if (found.isEmpty()) {
        showNotice(reason);
        return false;
    }
    if (!maybeSave())
        return false;
    const QJsonObject metadata = found.value(QStringLiteral("metadata")).toObject();
    m_document->setUnsavedText(installedStateYaml(found),
        tr("%1/%2 (cluster)")
            .arg(metadata.value(QStringLiteral("namespace")).toString(),
                metadata.value(QStringLiteral("name")).toString()));
    return true;
}

} // namespace meshscope
