// The resource editor driven offscreen, without a cluster: typing puts messages on the right line, templates,
// server fields hidden and shown, find/replace, the ownership banner, diffs with intra-line highlights, the merge
// view, drafts kept as one types and asked about on close, and a draft surviving a SIGKILL.
#include "../gui/imagechecks.h"
#include "models/config/appliedrecords.h"
#include "models/config/editsession.h"
#include "models/config/resourcetemplates.h"
#include "support/processes.h"
#include "ui/resourceeditordialog.h"
#include "ui_resourceeditor.h"
#include "views/common/theme.h"
#include "views/editor/findbar.h"
#include "views/editor/mergeview.h"
#include "views/editor/resourcediffview.h"
#include "views/editor/yamleditor.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <csignal>

using namespace meshscope;
using namespace meshscope::config;

namespace {
const char* const destinationRule = R"(apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
  namespace: bookinfo
spec:
  host: reviews
  trafficPolicy:
    loadBalancer:
      simple: ROUND_ROBIN
  subsets:
  - name: v1
    labels:
      version: v1
)";

QJsonObject liveObject(const QJsonObject& labels = {})
{
    QJsonObject metadata { { QStringLiteral("name"), QStringLiteral("reviews") },
        { QStringLiteral("namespace"), QStringLiteral("bookinfo") },
        { QStringLiteral("resourceVersion"), QStringLiteral("42") }, { QStringLiteral("uid"), QStringLiteral("0a0a") },
        { QStringLiteral("generation"), 3 },
        { QStringLiteral("managedFields"),
            QJsonArray { QJsonObject { { QStringLiteral("manager"), QStringLiteral("kubectl") } } } } };
    if (!labels.isEmpty())
        metadata.insert(QStringLiteral("labels"), labels);
    const QJsonObject spec
        = parseYamlDocument(QString::fromUtf8(destinationRule)).object().value(QStringLiteral("spec")).toObject();
    return QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("networking.istio.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("DestinationRule") }, { QStringLiteral("metadata"), metadata },
        { QStringLiteral("spec"), spec },
        { QStringLiteral("status"), QJsonObject { { QStringLiteral("observedGeneration"), 3 } } } };
}

int lineOf(const QString& text, const QString& fragment)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(fragment))
            return i + 1;
    }
    return -1;
}

// Child mode: open an editor, type into it, wait until the draft is on disk, say so, and wait to be killed.
int runDraftChild(const QString& dataDir)
{
    DraftStore drafts(dataDir + QStringLiteral("/drafts"));
    AppliedRecords applied(dataDir + QStringLiteral("/applied"));
    auto* session = new EditSession(&drafts, &applied);
    session->openObject(liveObject());
    auto* dialog = new ResourceEditorDialog(session);
    dialog->show();
    YamlEditor* editor = dialog->editor();
    const int line = lineOf(editor->text(), QStringLiteral("host: reviews"));
    editor->setCursorPosition(line - 1, int(QStringLiteral("  host: reviews").size()));
    QTest::keyClicks(editor, QStringLiteral(".bookinfo.svc.cluster.local"));
    if (!QTest::qWaitFor(
            [&] {
                return drafts.all().size() == 1
                    && drafts.all().first().text.contains(QStringLiteral("reviews.bookinfo.svc"));
            },
            10000))
        return 3;
    QTextStream(stdout) << "DRAFT-WRITTEN" << Qt::endl;
    QTest::qWait(60000);
    return 0;
}
} // namespace

class TestResourceEditor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_drafts = std::make_unique<DraftStore>(m_dir.filePath(QStringLiteral("drafts")));
        m_applied = std::make_unique<AppliedRecords>(m_dir.filePath(QStringLiteral("applied")));
        for (const Draft& draft : m_drafts->all())
            m_drafts->remove(draft.key);
    }

    void typingAnInvalidEnumMarksItsLine()
    {
        auto* dialog = open(QString::fromUtf8(destinationRule));
        YamlEditor* editor = dialog->editor();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->session()->isValidating(), 5000);
        QCOMPARE(dialog->session()->validation().errorCount(), 0);
        const int line = lineOf(editor->text(), QStringLiteral("simple: ROUND_ROBIN"));
        QCOMPARE(line, 10);
        editor->setCursorPosition(line - 1, int(QStringLiteral("      simple: ROUND_ROB").size()));
        QTest::keyClicks(editor, QStringLiteral("B"));
        QVERIFY(editor->text().contains(QStringLiteral("ROUND_ROBBIN")));
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasMarker(line, YamlEditor::Severity::Error), 5000);
        // One error, on the line; the API server's note that the CEL rules wait for it sits on the object's first line.
        QList<YamlEditor::Mark> errors = editor->marks();
        errors.removeIf([](const YamlEditor::Mark& m) { return m.severity != YamlEditor::Severity::Error; });
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().line, line);
        QVERIFY(errors.first().text.contains(QStringLiteral("Unsupported value: \"ROUND_ROBBIN\"")));
        QCOMPARE(dialog->form()->messagesTree->topLevelItemCount(), editor->marks().size());
        bool listed = false;
        for (int i = 0; i < dialog->form()->messagesTree->topLevelItemCount(); ++i)
            listed |= dialog->form()->messagesTree->topLevelItem(i)->text(0) == QString::number(line);
        QVERIFY(listed);
        QVERIFY(!editor->hasMarker(line - 1, YamlEditor::Severity::Error));
        // Fixing it clears the marker.
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->hasMarker(line, YamlEditor::Severity::Error), 5000);
        dialog->session()->discard();
        dialog->close();
    }

    void everyTemplateIsValid_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("apiVersion");
        for (const ResourceTemplate& t : resourceTemplates())
            QTest::newRow(qPrintable(t.title)) << t.kind << t.apiVersion;
    }

    void everyTemplateIsValid()
    {
        QFETCH(QString, kind);
        QFETCH(QString, apiVersion);
        const QString text = templateText(kind, QStringLiteral("team-a"), apiVersion);
        QVERIFY(text.contains(QStringLiteral("namespace: team-a")));
        const TextValidation result = validateText(text);
        QStringList lines;
        for (const DocumentMessage& m : result.messages)
            lines.append(m.format(kind));
        QVERIFY2(result.errorCount() == 0 && result.resourceCount == 1, qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void serverFieldsAreHiddenUntilAsked()
    {
        auto* session = new EditSession(m_drafts.get(), m_applied.get());
        session->openObject(liveObject());
        auto* dialog = new ResourceEditorDialog(session);
        dialog->show();
        QString text = dialog->editor()->text();
        QVERIFY(!text.contains(QStringLiteral("managedFields")));
        QVERIFY(!text.contains(QStringLiteral("resourceVersion")));
        QVERIFY(!text.contains(QStringLiteral("status:")));
        QVERIFY(!session->isModified());
        dialog->form()->hideServerFieldsCheck->setChecked(false);
        text = dialog->editor()->text();
        QVERIFY(text.contains(QStringLiteral("managedFields")));
        QVERIFY(text.contains(QStringLiteral("resourceVersion: \"42\"")));
        QVERIFY(text.contains(QStringLiteral("observedGeneration: 3")));
        QVERIFY(!session->isModified());
        // What an apply sends never carries them.
        const QJsonObject sent = editableObject(parseYamlDocument(text).object());
        QVERIFY(!sent.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("managedFields")));
        QVERIFY(!sent.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("resourceVersion")));
        QVERIFY(!sent.contains(QStringLiteral("status")));
        dialog->form()->hideServerFieldsCheck->setChecked(true);
        QVERIFY(!dialog->editor()->text().contains(QStringLiteral("managedFields")));
        dialog->close();
    }

    void findAndReplace()
    {
        auto* dialog = open(QString::fromUtf8(destinationRule));
        auto* find = dialog->findChild<FindBar*>();
        QVERIFY(find);
        find->showFind(true);
        find->findEdit()->setText(QStringLiteral(" v1")); // not the v1 of apiVersion
        find->replaceEdit()->setText(QStringLiteral(" stable"));
        QCOMPARE(find->replaceAll(), 2);
        QVERIFY(dialog->editor()->text().contains(QStringLiteral("name: stable")));
        QVERIFY(dialog->editor()->text().contains(QStringLiteral("version: stable")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->session()->text().contains(QStringLiteral("version: stable")), 2000);
        dialog->session()->discard();
        dialog->close();
    }

    void argoCdObjectsShowTheOwnershipBanner()
    {
        auto* session = new EditSession(m_drafts.get(), m_applied.get());
        session->openObject(
            liveObject({ { QStringLiteral("argocd.argoproj.io/instance"), QStringLiteral("bookinfo") } }));
        auto* dialog = new ResourceEditorDialog(session);
        dialog->show();
        QVERIFY(dialog->form()->ownershipBanner->isVisible());
        QVERIFY(dialog->form()->ownershipLabel->text().contains(QStringLiteral("Managed by Argo CD")));
        QVERIFY(dialog->form()->bannerCopyPatchButton->isVisible());
        // The patch for a Git change: live → edit.
        dialog->editor()->setText(
            dialog->editor()->text().replace(QStringLiteral("ROUND_ROBIN"), QStringLiteral("LEAST_REQUEST")));
        QString error;
        const QString patch = session->mergePatch(&error);
        QVERIFY2(patch.contains(QStringLiteral("\"simple\": \"LEAST_REQUEST\"")), qPrintable(patch + error));
        QVERIFY(!patch.contains(QStringLiteral("subsets")));
        session->discard();
        dialog->close();

        auto* plain = new EditSession(m_drafts.get(), m_applied.get());
        plain->openObject(liveObject());
        auto* other = new ResourceEditorDialog(plain);
        other->show();
        QVERIFY(!other->form()->ownershipBanner->isVisible());
        other->close();
        QCOMPARE(ownershipNotice(QJsonObject { { QStringLiteral("metadata"),
                                     QJsonObject { { QStringLiteral("annotations"),
                                         QJsonObject { { QStringLiteral("meta.helm.sh/release-name"),
                                             QStringLiteral("istio") } } } } } })
                     ->owner,
            QStringLiteral("Helm release \"istio\""));
        QCOMPARE(ownershipNotice(QJsonObject { { QStringLiteral("metadata"),
                                     QJsonObject { { QStringLiteral("labels"),
                                         QJsonObject { { QStringLiteral("kustomize.toolkit.fluxcd.io/name"),
                                             QStringLiteral("apps") } } } } } })
                     ->owner.startsWith(QStringLiteral("Flux")),
            true);
        QVERIFY(ownershipNotice(
            QJsonObject { { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("labels"),
                    QJsonObject { { QStringLiteral("app.kubernetes.io/instance"), QStringLiteral("x") } } } } } })
                    ->hintOnly);
    }

    void offlineEditorsCannotApply()
    {
        auto* dialog = open(QString::fromUtf8(destinationRule));
        QVERIFY(!dialog->form()->applyButton->isEnabled());
        QVERIFY(dialog->form()->applyButton->toolTip().contains(QStringLiteral("Not connected")));
        QVERIFY(!dialog->form()->dryRunButton->isEnabled());
        dialog->close();
    }

    void diffsShowChangedWords()
    {
        auto* session = new EditSession(m_drafts.get(), m_applied.get());
        session->openObject(liveObject());
        auto* dialog = new ResourceEditorDialog(session);
        dialog->show();
        dialog->editor()->setText(
            dialog->editor()->text().replace(QStringLiteral("ROUND_ROBIN"), QStringLiteral("RANDOM")));
        dialog->showDiffEditedVsLive();
        QCOMPARE(dialog->form()->stack->currentWidget(), dialog->form()->diffPage);
        QCOMPARE(dialog->diffView()->changedRows(), 1);
        QVERIFY(dialog->diffView()->isSideBySide());
        const int line = lineOf(dialog->diffView()->rightEditor()->text(), QStringLiteral("simple: RANDOM"));
        QVERIFY(line > 0);
        QCOMPARE(lineOf(dialog->diffView()->leftEditor()->text(), QStringLiteral("simple: ROUND_ROBIN")), line);
        dialog->form()->sideBySideCheck->setChecked(false);
        QVERIFY(!dialog->diffView()->isSideBySide());
        QVERIFY(dialog->diffView()->inlineEditor()->text().contains(
            QStringLiteral("simple: ROUND_ROBIN\n      simple: RANDOM")));
        session->discard();
        dialog->close();
    }

    void mergeViewPicksPerConflict()
    {
        const QJsonObject base = parseYamlDocument(QStringLiteral("spec: {a: 1, b: 1, c: 1}")).object();
        const QJsonObject theirs = parseYamlDocument(QStringLiteral("spec: {a: 2, b: 1, c: 3}")).object();
        const QJsonObject yours = parseYamlDocument(QStringLiteral("spec: {a: 1, b: 5, c: 4}")).object();
        const MergeResult merge = mergeThreeWay(base, theirs, yours);
        QCOMPARE(merge.conflicts.size(), 1);
        QCOMPARE(merge.conflicts.first().path.toString(), QStringLiteral("spec.c"));
        QCOMPARE(merge.autoMergedFromTheirs, 1);
        QCOMPARE(merge.autoMergedFromYours, 1);
        MergeView view;
        view.setMerge(merge, QStringLiteral("DestinationRule bookinfo/reviews"));
        QCOMPARE(view.table()->rowCount(), 1);
        view.pick(0, MergeConflict::Pick::Theirs);
        QCOMPARE(resolveConflicts(view.merge()).value(QStringLiteral("spec")).toObject(),
            (QJsonObject { { QStringLiteral("a"), 2 }, { QStringLiteral("b"), 5 }, { QStringLiteral("c"), 3 } }));
    }

    void draftsAreKeptAndClosingAsks()
    {
        auto* dialog = open(QString::fromUtf8(destinationRule));
        dialog->editor()->setCursorPosition(0, 0);
        QTest::keyClicks(dialog->editor(), QStringLiteral("# note"));
        QTest::keyClick(dialog->editor(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_drafts->all().size(), 1, 5000);
        QVERIFY(m_drafts->all().first().text.startsWith(QStringLiteral("# note\n")));
        QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("● ")));
        // Cancel keeps the window; "keep as draft" closes and keeps the draft; discard removes it.
        ResourceEditorDialog::setNextCloseAnswer(QMessageBox::Cancel);
        QVERIFY(!dialog->close());
        QVERIFY(dialog->isVisible());
        QPointer<ResourceEditorDialog> guard(dialog);
        ResourceEditorDialog::setNextCloseAnswer(QMessageBox::Save);
        QVERIFY(dialog->close());
        QTRY_VERIFY(!guard);
        QCOMPARE(m_drafts->all().size(), 1);
        auto* again = new EditSession(m_drafts.get(), m_applied.get());
        again->restoreDraft(m_drafts->all().first());
        auto* restored = new ResourceEditorDialog(again);
        restored->show();
        QVERIFY(restored->editor()->text().startsWith(QStringLiteral("# note\n")));
        QVERIFY(again->isModified());
        ResourceEditorDialog::setNextCloseAnswer(QMessageBox::Discard);
        QVERIFY(restored->close());
        QTRY_COMPARE(m_drafts->all().size(), 0);
    }

    void secretsAreNeverDrafted()
    {
        QVERIFY(DraftStore::holdsSecret(
            QStringLiteral("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {password: aGk=}\n")));
        QVERIFY(DraftStore::holdsSecret(QStringLiteral("kind: Secret\nbroken: [\n")));
        QVERIFY(!DraftStore::holdsSecret(QString::fromUtf8(destinationRule)));
        Draft draft { QStringLiteral("file:/tmp/secret.yaml"), QStringLiteral("s"),
            QStringLiteral("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {password: hunter2}\n"), {},
            {}, {}, {} };
        QString error;
        QVERIFY(!m_drafts->save(draft, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(m_drafts->all().size(), 0);
        const QDir dir(m_drafts->directory());
        for (const QString& name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("hunter2"));
        }
    }

    // The app is killed (SIGKILL) with a modified editor: the next start finds the draft and restores the text.
    void draftSurvivesKill()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--draft-child"), m_dir.path() });
        QVERIFY(child.waitForStarted(20000));
        QByteArray output; // read in pieces: the marker may arrive split
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += child.readAllStandardOutput()).contains("DRAFT-WRITTEN") || child.state() != QProcess::Running,
            30000);
        QCOMPARE(child.state(), QProcess::Running);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QList<Draft> drafts = m_drafts->all();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().title, QStringLiteral("DestinationRule bookinfo/reviews"));
        auto* session = new EditSession(m_drafts.get(), m_applied.get());
        session->restoreDraft(drafts.first());
        auto* dialog = new ResourceEditorDialog(session);
        dialog->show();
        QVERIFY(dialog->editor()->text().contains(QStringLiteral("host: reviews.bookinfo.svc.cluster.local")));
        QVERIFY(session->isModified());
        QCOMPARE(session->base()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("resourceVersion"))
                     .toString(),
            QStringLiteral("42"));
        session->discard();
        dialog->close();
    }

    void screenshot_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("light") << int(AppSettings::Theme::Light) << QString();
        QTest::newRow("dark") << int(AppSettings::Theme::Dark) << QStringLiteral("-dark");
    }

    void screenshot()
    {
        QFETCH(int, theme);
        QFETCH(QString, suffix);
        applyTheme(*qApp, AppSettings::Theme(theme));
        const QString outDir = qEnvironmentVariable("MESHSCOPE_SCREENSHOT_DIR");
        auto* session = new EditSession(m_drafts.get(), m_applied.get());
        session->openObject(
            liveObject({ { QStringLiteral("argocd.argoproj.io/instance"), QStringLiteral("bookinfo") } }));
        auto* dialog = new ResourceEditorDialog(session);
        dialog->resize(1180, 760);
        dialog->show();
        const int line = lineOf(dialog->editor()->text(), QStringLiteral("simple: ROUND_ROBIN"));
        dialog->editor()->setCursorPosition(line - 1, int(QStringLiteral("      simple: ROUND_ROB").size()));
        QTest::keyClicks(dialog->editor(), QStringLiteral("B"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->editor()->hasMarker(line, YamlEditor::Severity::Error), 5000);
        const QImage image = dialog->grab().toImage();
        QVERIFY(distinctColours(image) > 50);
        if (!outDir.isEmpty())
            QVERIFY(image.save(outDir + QStringLiteral("/resource-editor") + suffix + QStringLiteral(".png")));
        dialog->editor()->setText(
            dialog->editor()->text().replace(QStringLiteral("ROUND_ROBBIN"), QStringLiteral("LEAST_REQUEST")));
        dialog->showDiffEditedVsLive();
        if (!outDir.isEmpty())
            QVERIFY(dialog->grab().toImage().save(
                outDir + QStringLiteral("/resource-editor-diff") + suffix + QStringLiteral(".png")));
        session->discard();
        dialog->close();
        applyTheme(*qApp, AppSettings::Theme::System);
    }

private:
    ResourceEditorDialog* open(const QString& text)
    {
        auto* session = new EditSession(m_drafts.get(), m_applied.get());
        session->openNew(text, QStringLiteral("New DestinationRule"));
        session->discard(); // a clean start for the test: nothing typed yet
        auto* dialog = new ResourceEditorDialog(session);
        dialog->show();
        return dialog;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<AppliedRecords> m_applied;
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc >= 3 && QByteArray(argv[1]) == "--draft-child")
        return runDraftChild(QString::fromLocal8Bit(argv[2]));
    TestResourceEditor test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_resourceeditor.moc"
