#include "ui/resourceeditordialog.h"

#include "models/config/editsession.h"
#include "ui_resourceeditor.h"
#include "views/editor/findbar.h"
#include "views/editor/mergeview.h"
#include "views/editor/resourcediffview.h"
#include "views/editor/yamleditor.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QShortcut>
#include <QTime>
#include <QVBoxLayout>
#include <optional>

namespace meshscope {

namespace {
std::optional<QMessageBox::StandardButton> nextCloseAnswer;
std::optional<QString> nextSaveFileName;

YamlEditor::Severity severityOf(const config::ValidationMessage& message)
{
    return message.isError() ? YamlEditor::Severity::Error : YamlEditor::Severity::Warning;
}

// Soft backgrounds that read in light and dark palettes alike; only the banner frame itself (its label is a QFrame
// too and must not get a box of its own).
QString bannerStyle(const QString& objectName, int red, int green, int blue)
{
    return QStringLiteral("QFrame#%1 { background: rgba(%2, %3, %4, 40); border: 1px solid rgba(%2, %3, %4, 140); "
                          "border-radius: 4px; }")
        .arg(objectName)
        .arg(red)
        .arg(green)
        .arg(blue);
}
} // namespace

void ResourceEditorDialog::setNextCloseAnswer(QMessageBox::StandardButton answer)
{
    nextCloseAnswer = answer;
}

void ResourceEditorDialog::setNextSaveFileName(const QString& path)
{
    nextSaveFileName = path;
}

ResourceEditorDialog::ResourceEditorDialog(config::EditSession* session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::ResourceEditor>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_session->setParent(this);
    m_editor = new YamlEditor(m_ui->editorContainer);
    m_editor->setObjectName(QStringLiteral("yamlEditor"));
    m_find = new FindBar(m_editor, m_ui->editorContainer);
    auto* editorLayout = new QVBoxLayout(m_ui->editorContainer);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(2);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_find);
    m_diff = new ResourceDiffView(m_ui->diffContainer);
    auto* diffLayout = new QVBoxLayout(m_ui->diffContainer);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diff);
    m_merge = new MergeView(m_ui->mergePage);
    m_ui->mergePage->layout()->addWidget(m_merge);
    m_ui->editSplitter->setStretchFactor(0, 4);
    m_ui->editSplitter->setStretchFactor(1, 1);
    m_ui->messagesTree->setColumnWidth(0, 60);
    m_ui->ownershipBanner->setStyleSheet(bannerStyle(m_ui->ownershipBanner->objectName(), 230, 160, 20));
    m_ui->conflictBanner->setStyleSheet(bannerStyle(m_ui->conflictBanner->objectName(), 220, 50, 50));
    m_ui->readOnlyBanner->setStyleSheet(bannerStyle(m_ui->readOnlyBanner->objectName(), 90, 130, 200));
    m_ui->hideServerFieldsCheck->setChecked(m_session->hidesServerFields());

    auto* diffMenu = new QMenu(m_ui->diffButton);
    diffMenu->addAction(tr("Your edit vs live"), this, &ResourceEditorDialog::showDiffEditedVsLive);
    diffMenu->addAction(tr("Live vs last applied by Meshscope"), this, &ResourceEditorDialog::showDiffLastApplied);
    diffMenu->addAction(tr("Server dry run of every document"), this, &ResourceEditorDialog::showDryRunDiffs);
    m_ui->diffButton->setMenu(diffMenu);

    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_replacingText)
            m_session->setText(m_editor->text());
    });
    connect(m_session, &config::EditSession::textReplaced, this, [this](const QString& text) {
        if (m_editor->text() == text)
            return;
        m_replacingText = true;
        int line = 0;
        int index = 0;
        m_editor->getCursorPosition(&line, &index);
        m_editor->setText(text);
        m_editor->setCursorPosition(std::min(line, std::max(0, m_editor->lines() - 1)), 0);
        m_replacingText = false;
    });
    connect(m_session, &config::EditSession::validated, this, &ResourceEditorDialog::updateMarks);
    connect(m_session, &config::EditSession::modifiedChanged, this, [this] {
        updateTitle();
        m_applyArmed = false;
        updateActions();
    });
    connect(m_session, &config::EditSession::busyChanged, this, &ResourceEditorDialog::updateActions);
    connect(m_session, &config::EditSession::liveChanged, this, &ResourceEditorDialog::updateBanners);
    connect(m_session, &config::EditSession::draftSaved, this, &ResourceEditorDialog::updateMarks);
    connect(m_session, &config::EditSession::notice, this,
        [this](const QString& text) { setNotice(text.toHtmlEscaped()); });
    connect(m_session, &config::EditSession::dryRunFinished, this, [this](bool ok) {
        updateMarks();
        QStringList lines;
        for (const config::ResourceVerdict& verdict : m_session->verdicts())
            lines.append(
                QStringLiteral("<b>%1</b>: %2").arg(verdict.title.toHtmlEscaped(), verdict.message.toHtmlEscaped()));
        m_applyArmed = ok;
        setNotice((ok ? tr("The server accepts it (dry run). Press <b>Apply now</b> to write it.")
                      : tr("The server rejects it (dry run):"))
            + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
        updateActions();
    });
    connect(m_session, &config::EditSession::applied, this, [this] {
        m_applyArmed = false;
        m_ui->conflictBanner->hide();
        setNotice(tr("Applied at %1 (server-side apply, field manager meshscope).")
                      .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        updateTitle();
        updateMarks();
        updateActions();
    });
    connect(m_session, &config::EditSession::applyFailed, this, [this](const QString& message) {
        m_applyArmed = false;
        updateMarks();
        setNotice(tr("Not applied: %1").arg(message.toHtmlEscaped()));
        updateActions();
    });
    connect(m_session, &config::EditSession::ownershipConflict, this,
        [this](const QList<config::FieldConflict>& conflicts) {
            QStringList lines;
            for (const config::FieldConflict& conflict : conflicts)
                lines.append(tr("<code>%1</code> is owned by <b>%2</b>")
                                 .arg(conflict.field.toHtmlEscaped(), conflict.manager.toHtmlEscaped()));
            m_ui->conflictLabel->setText(
                tr("Other field managers own fields this edit changes:<br>%1").arg(lines.join(QStringLiteral("<br>"))));
            m_ui->conflictBanner->show();
        });
    connect(m_session, &config::EditSession::mergeNeeded, this, [this](const config::MergeResult& merge) {
        m_merge->setMerge(merge, m_session->title());
        showMerge();
    });
    connect(m_merge, &MergeView::accepted, this, [this](const config::MergeResult& merge) {
        m_session->acceptMerge(merge);
        showEditor();
        setNotice(tr("Merged. Check the result, then Apply (a new dry run comes first)."));
    });
    connect(m_merge, &MergeView::cancelled, this, &ResourceEditorDialog::showEditor);

    connect(m_ui->validateButton, &QPushButton::clicked, m_session, &config::EditSession::validateNow);
    connect(m_ui->diffButton, &QToolButton::clicked, this, [this] {
        if (m_session->origin() == config::EditSession::Origin::File)
            showDryRunDiffs();
        else
            showDiffEditedVsLive();
    });
    connect(m_ui->dryRunButton, &QPushButton::clicked, m_session, &config::EditSession::dryRun);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ResourceEditorDialog::startApply);
    connect(m_ui->hideServerFieldsCheck, &QCheckBox::toggled, this, [this](bool hide) {
        QString error;
        if (!m_session->setHideServerFields(hide, &error)) {
            const QSignalBlocker block(m_ui->hideServerFieldsCheck);
            m_ui->hideServerFieldsCheck->setChecked(!hide);
            setNotice(error.toHtmlEscaped());
        }
    });
    connect(m_ui->sideBySideCheck, &QCheckBox::toggled, m_diff, &ResourceDiffView::setSideBySide);
    connect(m_ui->findButton, &QPushButton::clicked, this, [this] { m_find->showFind(true); });
    connect(m_ui->saveFileButton, &QPushButton::clicked, this, &ResourceEditorDialog::saveAsFile);
    connect(m_ui->bannerSaveButton, &QPushButton::clicked, this, &ResourceEditorDialog::saveAsFile);
    connect(m_ui->bannerCopyPatchButton, &QPushButton::clicked, this, &ResourceEditorDialog::copyPatch);
    connect(m_ui->forceButton, &QPushButton::clicked, this, [this] {
        m_session->setForceConflicts(true);
        m_ui->conflictBanner->hide();
        setNotice(tr("The next dry run and apply take these fields over."));
        startApply();
    });
    connect(m_ui->backToEditButton, &QPushButton::clicked, this, &ResourceEditorDialog::showEditor);
    connect(m_ui->messagesTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_editor->goTo(item->data(0, Qt::UserRole).toInt(), item->data(1, Qt::UserRole).toInt());
    });
    connect(m_ui->messagesTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        m_editor->goTo(item->data(0, Qt::UserRole).toInt(), item->data(1, Qt::UserRole).toInt());
    });
    new QShortcut(QKeySequence::Find, this, this, [this] { m_find->showFind(false); });
    new QShortcut(QKeySequence::Replace, this, this, [this] { m_find->showFind(true); });
    new QShortcut(QKeySequence(Qt::Key_F3), this, this, [this] { m_find->findNext(); });
    new QShortcut(QKeySequence(Qt::Key_Escape), m_find, m_find, [this] {
        m_find->hide();
        m_editor->setFocus();
    });

    m_replacingText = true;
    m_editor->setText(m_session->text());
    m_replacingText = false;
    m_ui->stack->setCurrentWidget(m_ui->editPage);
    m_ui->conflictBanner->hide();
    m_ui->noticeLabel->hide();
    updateTitle();
    updateBanners();
    updateMarks();
    updateActions();
    resize(1100, 760);
}

ResourceEditorDialog::~ResourceEditorDialog() = default;

void ResourceEditorDialog::updateTitle()
{
    setWindowTitle(QStringLiteral("%1%2 — %3")
                       .arg(m_session->isModified() ? QStringLiteral("● ") : QString(), m_session->title(),
                           m_session->cluster().context.isEmpty() ? tr("Meshscope") : m_session->cluster().context));
}

void ResourceEditorDialog::updateMarks()
{
    QList<YamlEditor::Mark> marks;
    m_ui->messagesTree->clear();
    auto add = [this, &marks](const config::DocumentMessage& message, const QString& prefix) {
        marks.append(
            { message.position.line, message.position.column, severityOf(message.message), message.message.text() });
        auto* item = new QTreeWidgetItem(m_ui->messagesTree,
            { QString::number(message.position.line),
                prefix + message.format(QString()).section(QStringLiteral(": "), 1) });
        item->setData(0, Qt::UserRole, message.position.line);
        item->setData(1, Qt::UserRole, message.position.column);
        item->setToolTip(1, message.message.text());
        item->setForeground(1, message.message.isError() ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xc7, 0x7c, 0x02));
    };
    const config::TextValidation& validation = m_session->validation();
    for (const config::DocumentMessage& message : validation.messages)
        add(message,
            message.message.source == config::ValidationMessage::Source::Analysis ? tr("analysis: ") : QString());
    for (const config::ResourceVerdict& verdict : m_session->verdicts()) {
        for (const config::DocumentMessage& cause : verdict.causes)
            add(cause, tr("server: "));
    }
    m_editor->setMarks(marks);
    const int errors = validation.errorCount();
    const int warnings = validation.warningCount();
    QString status = errors == 0 && warnings == 0
        ? tr("No problems")
        : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings);
    status += QStringLiteral("  ·  ") + tr("schemas: %1").arg(m_session->schemaOrigin());
    if (m_session->isModified())
        status += QStringLiteral("  ·  ") + tr("draft kept on disk");
    m_ui->statusLabel->setText(status);
    updateActions();
}

void ResourceEditorDialog::updateBanners()
{
    const auto owner = m_session->ownership();
    if (owner) {
        m_ui->ownershipLabel->setText(
            (owner->hintOnly ? tr("<b>Possibly managed by %1</b> (%2).") : tr("<b>Managed by %1</b> (%2)."))
                .arg(owner->owner.toHtmlEscaped(), owner->evidence.toHtmlEscaped())
            + QLatin1Char(' ')
            + (owner->consequence.isEmpty()
                    ? tr("A change made here is likely reverted at its next sync: make it in Git instead.")
                    : owner->consequence.toHtmlEscaped())
            + QLatin1Char(' ') + tr("Save the edit as a file or copy the patch for the Git change."));
    }
    m_ui->ownershipBanner->setVisible(owner.has_value());
    const config::ClusterAccess& access = m_session->cluster();
    m_ui->readOnlyBanner->setVisible(access.connected() && access.readOnly);
    m_ui->readOnlyLabel->setText(
        tr("<b>Read-only:</b> %1. You can edit, validate and save to a file, but not apply.")
            .arg((access.readOnlyReason.isEmpty() ? tr("your account may not change Istio resources")
                                                  : access.readOnlyReason)
                     .toHtmlEscaped()));
}

void ResourceEditorDialog::updateActions()
{
    const config::ClusterAccess& access = m_session->cluster();
    const QString blocker = m_session->applyBlocker();
    const bool canWrite = access.connected() && !access.readOnly && !m_session->isBusy();
    m_ui->dryRunButton->setEnabled(canWrite);
    m_ui->applyButton->setEnabled(blocker.isEmpty());
    m_ui->applyButton->setToolTip(
        blocker.isEmpty() ? tr("Dry run first, then server-side apply with field manager \"meshscope\"") : blocker);
    m_ui->dryRunButton->setToolTip(
        canWrite ? tr("Ask the cluster whether it would accept the change; nothing is stored") : blocker);
    m_ui->applyButton->setText(m_applyArmed && m_session->dryRunPassed() ? tr("Apply now") : tr("Apply…"));
    m_ui->diffButton->setEnabled(true);
}

void ResourceEditorDialog::setNotice(const QString& html)
{
    m_ui->noticeLabel->setText(html);
    m_ui->noticeLabel->setVisible(!html.isEmpty());
}

void ResourceEditorDialog::showEditor()
{
    m_ui->stack->setCurrentWidget(m_ui->editPage);
    m_editor->setFocus();
}

void ResourceEditorDialog::showMerge()
{
    m_ui->stack->setCurrentWidget(m_ui->mergePage);
}

void ResourceEditorDialog::showDiffEditedVsLive()
{
    QString error;
    const auto diff = m_session->diffEditedVsLive(&error);
    if (!diff) {
        setNotice(error.toHtmlEscaped());
        return;
    }
    m_diff->setDiff(*diff, m_session->live().isEmpty() ? tr("Live (not in the cluster)") : tr("Live"), tr("Your edit"));
    m_diff->setSideBySide(m_ui->sideBySideCheck->isChecked());
    m_ui->stack->setCurrentWidget(m_ui->diffPage);
}

void ResourceEditorDialog::showDiffLastApplied()
{
    QString error;
    const auto diff = m_session->diffLiveVsLastApplied(&error);
    if (!diff) {
        setNotice(error.toHtmlEscaped());
        return;
    }
    m_diff->setDiff(*diff, tr("Last applied by Meshscope"), tr("Live now (those fields)"));
    m_diff->setSideBySide(m_ui->sideBySideCheck->isChecked());
    m_ui->stack->setCurrentWidget(m_ui->diffPage);
}

void ResourceEditorDialog::showDryRunDiffs()
{
    const config::ClusterAccess access = m_session->cluster();
    if (!access.connected()) {
        setNotice(tr("Connect to a cluster to compare with it.").toHtmlEscaped());
        return;
    }
    QString error;
    QList<QJsonObject> objects;
    for (const config::TextResource& resource : config::resourcesOf(config::parseYamlDocuments(m_session->text())))
        objects.append(resource.object);
    if (objects.isEmpty()) {
        setNotice(tr("There is no resource in the text."));
        return;
    }
    auto* sync = new config::ManifestSync(access.api, access.discovery, access.writer, access.defaultNamespace, this);
    connect(sync, &config::ManifestSync::finished, this, [this, sync] {
        QString unified;
        int same = 0;
        for (const auto& item : sync->items()) {
            if (!item.error.isEmpty() || !item.result.ok())
                unified += QStringLiteral("# %1: %2\n")
                               .arg(item.ref ? item.ref->display() : tr("document %1").arg(item.index + 1),
                                   item.error.isEmpty() ? item.result.message : item.error);
            else if (item.diff.isEmpty())
                ++same;
            else
                unified += item.diff;
        }
        if (same > 0)
            unified += tr("# %n resource(s) without differences\n", nullptr, same);
        m_diff->setUnifiedText(unified, tr("Live → after applying (server dry run)"));
        m_ui->stack->setCurrentWidget(m_ui->diffPage);
        sync->deleteLater();
    });
    setNotice(tr("Asking the server…"));
    sync->run(objects, config::ManifestSync::Mode::Diff);
}

void ResourceEditorDialog::startApply()
{
    if (m_applyArmed && m_session->dryRunPassed()) {
        m_applyArmed = false;
        m_session->apply();
        return;
    }
    setNotice(tr("Dry run: asking the server…"));
    m_session->dryRun();
}

void ResourceEditorDialog::saveAsFile()
{
    QString path;
    if (nextSaveFileName) {
        path = *nextSaveFileName;
        nextSaveFileName.reset();
    } else {
        const QString suggestion = m_session->filePath().isEmpty()
            ? m_session->title().section(QLatin1Char(' '), -1).replace(QLatin1Char('/'), QLatin1Char('-'))
                + QStringLiteral(".yaml")
            : m_session->filePath();
        path = QFileDialog::getSaveFileName(
            this, tr("Save as file"), suggestion, tr("YAML (*.yaml *.yml);;All files (*)"));
    }
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->saveToFile(path, &error))
        setNotice(tr("Could not save %1: %2").arg(path, error).toHtmlEscaped());
    else
        setNotice(tr("Saved to %1").arg(path).toHtmlEscaped());
    updateTitle();
}

void ResourceEditorDialog::copyPatch()
{
    QString error;
    const QString patch = m_session->mergePatch(&error);
    if (patch.isEmpty()) {
        setNotice(error.toHtmlEscaped());
        return;
    }
    QGuiApplication::clipboard()->setText(patch);
    setNotice(tr("The merge patch (live → your edit) is on the clipboard."));
}

void ResourceEditorDialog::closeEvent(QCloseEvent* event)
{
    if (m_session->isModified()) {
        QMessageBox::StandardButton answer;
        if (nextCloseAnswer) {
            answer = *nextCloseAnswer;
            nextCloseAnswer.reset();
        } else {
            QMessageBox box(QMessageBox::Question, tr("Unsaved edit"),
                tr("%1 has changes that were not applied or saved.").arg(m_session->title()),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
            box.setInformativeText(tr("Keep them as a draft (Meshscope offers it again next time), or discard them?"));
            box.button(QMessageBox::Save)->setText(tr("Keep as draft"));
            box.setDefaultButton(QMessageBox::Save);
            answer = QMessageBox::StandardButton(box.exec());
        }
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Discard)
            m_session->discard();
    }
    emit closed();
    event->accept();
}

} // namespace meshscope
