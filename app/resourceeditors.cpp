#include "resourceeditors.h"

#include "models/analysis/draftcheck.h"
#include "models/analysis/liveanalysis.h"
#include "models/config/resourcetemplates.h"
#include "models/config/schemaset.h"
#include "models/kube/clustersession.h"
#include "models/kube/kubeobjectmodel.h"
#include "ui/clusterpicker.h"
#include "ui/mainwindow.h"
#include "ui/resourceeditordialog.h"
#include "views/common/objectfilterproxy.h"
#include "views/common/resourcetablepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <optional>

namespace meshscope {

namespace {
std::optional<QMessageBox::StandardButton> nextRestoreAnswer;

QString identity(const QJsonObject& object)
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    return object.value(QStringLiteral("apiVersion")).toString().section(QLatin1Char('/'), 0, -2) + QLatin1Char('/')
        + object.value(QStringLiteral("kind")).toString() + QLatin1Char('/')
        + metadata.value(QStringLiteral("namespace")).toString() + QLatin1Char('/')
        + metadata.value(QStringLiteral("name")).toString();
}
} // namespace

void ResourceEditors::setNextRestoreAnswer(QMessageBox::StandardButton answer)
{
    nextRestoreAnswer = answer;
}

ResourceEditors::ResourceEditors(MainWindow* window, ClusterSession* cluster, const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_cluster(cluster)
    , m_drafts(dataDir.isEmpty() ? QString() : dataDir + QStringLiteral("/drafts"))
    , m_applied(dataDir.isEmpty() ? QString() : dataDir + QStringLiteral("/applied"))
    , m_schemas(config::SchemaSet::builtIn())
{
    // One template per kind, in the namespace the picker shows; the same menu sits in the Istio Config list's
    // context menu.
    m_newMenu = new QMenu(tr("New &resource"), window);
    m_newMenu->setObjectName(QStringLiteral("menuNewResource"));
    for (const config::ResourceTemplate& t : config::resourceTemplates()) {
        QAction* action = m_newMenu->addAction(t.title);
        action->setObjectName(
            QStringLiteral("actionNew%1_%2").arg(t.kind, t.apiVersion.section(QLatin1Char('/'), 0, 0)));
        connect(action, &QAction::triggered, this,
            [this, kind = t.kind, apiVersion = t.apiVersion] { openNew(kind, apiVersion, pickedNamespace()); });
    }
    if (QMenu* file = window->menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"))) {
        QAction* first = file->actions().value(0);
        auto* openManifest = new QAction(tr("Open &manifest…"), file);
        openManifest->setObjectName(QStringLiteral("actionOpenManifest"));
        openManifest->setShortcut(QKeySequence::Open);
        auto* openFolderAction = new QAction(tr("Open manifest &folder…"), file);
        openFolderAction->setObjectName(QStringLiteral("actionOpenManifestFolder"));
        file->insertMenu(first, m_newMenu);
        file->insertAction(first, openManifest);
        file->insertAction(first, openFolderAction);
        file->insertSeparator(first);
        connect(openManifest, &QAction::triggered, this, &ResourceEditors::openFileDialog);
        connect(openFolderAction, &QAction::triggered, this, [this] {
            const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Open a folder of manifests"));
            if (!dir.isEmpty())
                this->openFolder(dir);
        });
    }
    if (m_cluster) {
        connect(m_cluster, &ClusterSession::ready, this, &ResourceEditors::clusterReady);
        connect(m_cluster, &ClusterSession::readOnlyChanged, this, &ResourceEditors::updateAccess);
    }
}

ResourceEditors::~ResourceEditors() = default;

QList<ResourceEditorDialog*> ResourceEditors::editors() const
{
    QList<ResourceEditorDialog*> open;
    for (const QPointer<ResourceEditorDialog>& editor : m_editors) {
        if (editor)
            open.append(editor);
    }
    return open;
}

config::ClusterAccess ResourceEditors::access() const
{
    config::ClusterAccess access;
    if (!m_cluster || !m_cluster->isReady())
        return access;
    access.api = m_cluster->api();
    access.discovery = m_cluster->discovery();
    access.writer = m_cluster->writer();
    access.context = m_cluster->api()->config().context;
    access.defaultNamespace = m_cluster->defaultNamespace();
    access.readOnly = m_cluster->isReadOnly();
    if (access.readOnly)
        access.readOnlyReason = tr("the cluster's access review says your account may not change Istio resources");
    return access;
}

void ResourceEditors::clusterReady()
{
    updateAccess();
    loadClusterSchemas();
}

void ResourceEditors::updateAccess()
{
    const config::ClusterAccess current = access();
    for (ResourceEditorDialog* editor : editors()) {
        editor->session()->setCluster(current);
        installDraftCheck(editor->session()); // the cluster's default namespace
    }
}

// The cluster's own CRDs describe the Istio version it runs: prefer them, fall back to the built-in set.
void ResourceEditors::loadClusterSchemas()
{
    KubeRequest request;
    request.path = QStringLiteral("/apis/apiextensions.k8s.io/v1/customresourcedefinitions");
    m_cluster->api()->send(request, this, [this](const HttpResponse& response) {
        if (!response.ok())
            return; // not allowed to list CRDs: the built-in set stays
        QList<QJsonObject> crds;
        for (const QJsonValue& item :
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("items")).toArray()) {
            const QString group
                = item.toObject().value(QStringLiteral("spec")).toObject().value(QStringLiteral("group")).toString();
            if (group.endsWith(QLatin1String("istio.io")) || group == QLatin1String("gateway.networking.k8s.io"))
                crds.append(item.toObject());
        }
        m_schemas = config::SchemaSet::fromCrds(crds, config::SchemaSet::builtIn());
        for (ResourceEditorDialog* editor : editors())
            editor->session()->setSchemas(m_schemas);
    });
}

ResourceEditorDialog* ResourceEditors::show(config::EditSession* session)
{
    installDraftCheck(session);
    session->setSchemas(m_schemas); // validates
    auto* dialog = new ResourceEditorDialog(session, m_window);
    m_editors.append(dialog);
    dialog->show();
    dialog->raise();
    return dialog;
}

ResourceEditorDialog* ResourceEditors::openObject(const QJsonObject& object)
{
    for (ResourceEditorDialog* editor : editors()) {
        if (editor->session()->origin() == config::EditSession::Origin::Cluster
            && identity(editor->session()->base()) == identity(object)) {
            editor->raise();
            editor->activateWindow();
            return editor;
        }
    }
    auto* session = new config::EditSession(&m_drafts, &m_applied);
    session->setCluster(access());
    session->openObject(object);
    if (const auto draft = m_drafts.load(session->draftKey()))
        session->restoreDraft(*draft); // an unfinished edit of this object: continue it
    ResourceEditorDialog* dialog = show(session);
    session->refreshLive();
    return dialog;
}

ResourceEditorDialog* ResourceEditors::openNew(const QString& kind, const QString& apiVersion, const QString& ns)
{
    const QString text = config::templateText(kind, ns, apiVersion);
    if (text.isEmpty())
        return nullptr;
    auto* session = new config::EditSession(&m_drafts, &m_applied);
    session->setCluster(access());
    session->openNew(text, tr("New %1").arg(kind));
    return show(session);
}

ResourceEditorDialog* ResourceEditors::openFile(const QString& path)
{
    auto* session = new config::EditSession(&m_drafts, &m_applied);
    session->setCluster(access());
    QString error;
    if (!session->openFile(path, &error)) {
        delete session;
        QMessageBox::warning(m_window, tr("Open manifest"), error);
        return nullptr;
    }
    if (const auto draft = m_drafts.load(session->draftKey()))
        session->restoreDraft(*draft);
    return show(session);
}

ResourceEditorDialog* ResourceEditors::openFolder(const QString& path)
{
    QString combined;
    const QDir dir(path);
    const QStringList files = dir.entryList(
        { QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString text = QString::fromUtf8(file.readAll());
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        combined += QStringLiteral("---\n# %1\n").arg(name) + text;
    }
    auto* session = new config::EditSession(&m_drafts, &m_applied);
    session->setCluster(access());
    session->openNew(combined, tr("%1 (%n file(s))", nullptr, int(files.size())).arg(dir.dirName()));
    return show(session);
}

int ResourceEditors::offerDraftRestore()
{
    const QList<config::Draft> drafts = m_drafts.all();
    if (drafts.isEmpty())
        return 0;
    auto handle = [this, drafts](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Discard) {
            for (const config::Draft& draft : drafts)
                m_drafts.remove(draft.key);
            return 0;
        }
        if (answer != QMessageBox::Yes)
            return 0;
        for (const config::Draft& draft : drafts) {
            auto* session = new config::EditSession(&m_drafts, &m_applied);
            session->setCluster(access());
            session->restoreDraft(draft);
            show(session);
        }
        return int(drafts.size());
    };
    if (nextRestoreAnswer) {
        const QMessageBox::StandardButton answer = *nextRestoreAnswer;
        nextRestoreAnswer.reset();
        return handle(answer);
    }
    // Asked without blocking: the window (and its cluster) keep working while the question is open.
    QStringList titles;
    for (const config::Draft& draft : drafts)
        titles.append(QStringLiteral("• %1 (%2)")
                          .arg(draft.title, QLocale().toString(draft.saved.toLocalTime(), QLocale::ShortFormat)));
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved edits"),
        tr("Meshscope kept %n edit(s) that were not applied or saved:", nullptr, int(drafts.size())),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(titles.join(QLatin1Char('\n')));
    box->button(QMessageBox::Yes)->setText(tr("Restore"));
    box->button(QMessageBox::No)->setText(tr("Later"));
    box->button(QMessageBox::Discard)->setText(tr("Discard them"));
    connect(box, &QMessageBox::finished, this, [handle](int result) { handle(QMessageBox::StandardButton(result)); });
    box->open();
    return -1;
}

void ResourceEditors::attachPage(ResourceTablePage* page)
{
    QTableView* table = page->table();
    auto objectAt = [page](const QModelIndex& index) {
        return page->proxy()->data(index, KubeObjectModel::ObjectRole).toJsonObject();
    };
    connect(table, &QTableView::doubleClicked, this, [this, objectAt](const QModelIndex& index) {
        const QJsonObject object = objectAt(index);
        if (!object.isEmpty())
            openObject(object);
    });
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table, objectAt](const QPoint& at) {
        const QModelIndex index = table->indexAt(at);
        QMenu menu(table);
        if (index.isValid()) {
            const QJsonObject object = objectAt(index);
            menu.addAction(tr("Edit YAML…"), this, [this, object] { openObject(object); });
        }
        menu.addMenu(m_newMenu);
        menu.addAction(tr("Open manifest…"), this, &ResourceEditors::openFileDialog);
        menu.exec(table->viewport()->mapToGlobal(at));
    });
}

QString ResourceEditors::pickedNamespace() const
{
    const QString ns = m_window->clusterPicker()->namespaceFilter();
    if (!ns.isEmpty())
        return ns;
    return m_cluster && m_cluster->isReady() ? m_cluster->defaultNamespace() : QStringLiteral("default");
}

void ResourceEditors::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open manifest"), QString(), tr("Manifests (*.yaml *.yml *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ResourceEditors::setAnalysis(analysis::LiveAnalysis* analysis)
{
    m_analysis = analysis;
    for (ResourceEditorDialog* editor : editors())
        installDraftCheck(editor->session());
    // A new analysis of the cluster can change what an unchanged text would break: check the open edits again.
    connect(m_analysis, &analysis::LiveAnalysis::analyzed, this, [this] {
        for (ResourceEditorDialog* editor : editors()) {
            if (editor->session()->cluster().connected())
                editor->session()->validateNow();
        }
    });
}

void ResourceEditors::installDraftCheck(config::EditSession* session)
{
    if (!m_analysis)
        return;
    const analysis::DraftChecker check = m_analysis->draftChecker(session->cluster().defaultNamespace);
    session->setExtraChecks([check](const QJsonObject& object) {
        QList<config::ValidationMessage> out;
        for (const analysis::DraftFinding& finding : check(object)) {
            if (finding.level == analysis::Level::Info)
                continue; // e.g. a namespace without injection: not about this edit
            config::ValidationMessage message;
            message.severity = finding.level == analysis::Level::Error ? config::ValidationMessage::Severity::Error
                                                                       : config::ValidationMessage::Severity::Warning;
            message.source = config::ValidationMessage::Source::Analysis;
            message.path = config::JsonPath::parse(finding.field);
            message.field = finding.field;
            message.reason = finding.code;
            message.detail = finding.elsewhere.isEmpty()
                ? QStringLiteral("%1 [%2]").arg(finding.text, finding.code)
                : tr("breaks %1: %2 [%3]").arg(finding.elsewhere, finding.text, finding.code);
            out.append(message);
        }
        return out;
    });
}

} // namespace meshscope
