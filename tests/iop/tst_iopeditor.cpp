// The IstioOperator editor driven as a user drives it, offscreen: form edits change the YAML (and keep its
// comments), YAML edits refill the form, the effective view names who set each value, profile diffs, the upgrade
// helper and the Sail conversion; closing with changes asks and never loses them.
#include "gui/imagechecks.h"
#include "models/connectionstatus.h"
#include "models/iop/iopdrafts.h"
#include "models/iop/iopeditordocument.h"
#include "models/iop/iopeffectivemodel.h"
#include "models/iop/ioptree.h"
#include "models/kube/clustersession.h"
#include "support/simprocess.h"
#include "ui/iopeditorwindow.h"
#include "views/common/theme.h"
#include "views/iop/iopeffectiveview.h"
#include "views/iop/iopformwidget.h"
#include "views/iop/iopprofilediffview.h"
#include "views/iop/iopsailview.h"
#include "views/iop/iopupgradeview.h"
#include "views/iop/iopyamlpane.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace meshscope;
using namespace meshscope::iop;

namespace {

QString fixturePath(const QString& relative)
{
    return qEnvironmentVariable("MESHSCOPE_SHARED") + QStringLiteral("/fixtures/istio/") + relative;
}

const QString kFile = QStringLiteral("# production mesh\n"
                                     "apiVersion: install.istio.io/v1alpha1\n"
                                     "kind: IstioOperator\n"
                                     "metadata:\n"
                                     "  name: control-plane\n"
                                     "spec:\n"
                                     "  profile: demo  # try things\n"
                                     "  tag: 1.24.2\n"
                                     "  meshConfig:\n"
                                     "    accessLogFile: /dev/stdout\n"
                                     "  components:\n"
                                     "    pilot:\n"
                                     "      k8s:\n"
                                     "        resources:\n"
                                     "          requests:\n"
                                     "            cpu: 500m\n"
                                     "  values:\n"
                                     "    pilot:\n"
                                     "      autoscaleEnabled: false\n");

int meanLightness(const QImage& image)
{
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4, ++count)
            sum += image.pixelColor(x, y).lightness();
    }
    return count ? int(sum / count) : 0;
}

bool settled(IopEditorWindow& window)
{
    return !window.document()->isAnalysing() && window.document()->analysis().revision == window.document()->revision();
}

QString effectiveLayer(IopEditorWindow& window, const QString& path)
{
    auto* model = qobject_cast<IopEffectiveModel*>(window.effectiveView()->proxy()->sourceModel());
    const int row = model->rowOf(path);
    return row < 0 ? QString() : model->index(row, IopEffectiveModel::LayerColumn).data().toString();
}

} // namespace

class TestIopEditor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QString& text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(text.toUtf8());
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        // Drafts go to the test location, never to the user's.
        QStandardPaths::setTestModeEnabled(true);
        QDir(IopDraftStore::defaultDirectory()).removeRecursively();
    }

    void typedErrorsSitOnTheirLine()
    {
        IopEditorWindow window;
        window.resize(1280, 820);
        window.show();
        QVERIFY(window.openFile(writeFile(QStringLiteral("typed.yaml"), kFile)));
        QTRY_VERIFY(settled(window));
        // Type a wrong value into the YAML, key by key, as a user does: line 8 is "  tag: 1.24.2".
        QPlainTextEdit* editor = window.yamlPane()->editor();
        editor->setFocus();
        QTextCursor cursor(editor->document()->findBlockByNumber(7));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("  hub: {a: b}"));
        QTRY_VERIFY(window.document()->text().contains(QStringLiteral("  hub: {a: b}\n")));
        QTRY_VERIFY(settled(window));
        QListWidget* issues = window.yamlPane()->issues();
        QCOMPARE(issues->count(), 1);
        QVERIFY2(issues->item(0)->text().contains(QStringLiteral("line 9:")), qPrintable(issues->item(0)->text()));
        const QList<QTextEdit::ExtraSelection> marks = editor->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.blockNumber(), 8);
        // Fixing it clears the mark.
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, QStringLiteral("x.io"));
        QTRY_VERIFY(window.document()->text().contains(QStringLiteral("  hub: x.io\n")));
        QTRY_VERIFY(settled(window));
        QCOMPARE(editor->extraSelections().size(), 0);
        window.setCloseQuestion([] { return QMessageBox::Discard; });
    }

    void draftsSurviveACrash()
    {
        const QString path = writeFile(QStringLiteral("drafted.yaml"), kFile);
        const IopDraftStore store;
        // Windows of the other cases were destroyed without closing (as a crash would): their drafts remain.
        QDir(store.directory()).removeRecursively();
        auto* window = new IopEditorWindow;
        window->show();
        QVERIFY(window->openFile(path));
        QVERIFY(store.all().isEmpty()); // nothing unsaved, nothing kept
        QPlainTextEdit* editor = window->yamlPane()->editor();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral("  revision: canary"));
        QTest::keyClick(editor, Qt::Key_Return);
        // On disk as typed, before any save.
        QTRY_COMPARE(store.all().size(), 1);
        QTRY_COMPARE(store.all().first().text, kFile + QStringLiteral("  revision: canary\n"));
        QCOMPARE(store.all().first().filePath, QFileInfo(path).absoluteFilePath());
        // While its editor is open (here or in another running Meshscope) the draft is not offered.
        QWidget busy;
        IopEditorWindow::offerDraftRecovery(nullptr, &busy);
        QVERIFY(!busy.findChild<QMessageBox*>());
        QVERIFY(store.isInUse(store.all().first().key));
        // The process dies: no close, no question, no save.
        delete window;
        QCOMPARE(store.all().size(), 1);
        QCOMPARE(QFile(path).size(), kFile.toUtf8().size());

        // The next start offers it; Restore opens it as an unsaved change of its file.
        QWidget parent;
        IopEditorWindow::offerDraftRecovery(nullptr, &parent);
        auto* box = parent.findChild<QMessageBox*>(QStringLiteral("iopDraftRecovery"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QFileInfo(path).absoluteFilePath()));
        QPushButton* restore = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == QStringLiteral("Restore"))
                restore = qobject_cast<QPushButton*>(button);
        }
        QVERIFY(restore);
        restore->click();
        IopEditorWindow* restored = nullptr;
        QTRY_VERIFY((restored = [] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* w = qobject_cast<IopEditorWindow*>(widget); w && w->isVisible())
                    return w;
            }
            return static_cast<IopEditorWindow*>(nullptr);
        }()));
        QCOMPARE(restored->document()->text(), kFile + QStringLiteral("  revision: canary\n"));
        QCOMPARE(restored->document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(restored->document()->isModified());
        QCOMPARE(restored->yamlPane()->editor()->toPlainText(), restored->document()->text());
        QCOMPARE(store.all().size(), 1); // still kept until saved or discarded
        // Discarding on close throws the draft away; the file is as it was.
        restored->setCloseQuestion([] { return QMessageBox::Discard; });
        QVERIFY(restored->close());
        QVERIFY(store.all().isEmpty());
        QCOMPARE(QFile(path).size(), kFile.toUtf8().size());

        // Saving removes it too.
        IopEditorWindow saving;
        QVERIFY(saving.openFile(path));
        saving.yamlPane()->editor()->setPlainText(kFile + QStringLiteral("  tag: 1.25.0\n"));
        saving.yamlPane()->flush();
        QCOMPARE(store.all().size(), 1);
        QVERIFY(saving.saveFile(path));
        QVERIFY(store.all().isEmpty());
        QVERIFY(IopDraftStore::holdsSecret(QStringLiteral("apiVersion: v1\nkind: Secret\ndata: {}\n")));
    }

    void formAndYamlStayInStep()
    {
        IopEditorWindow window;
        window.resize(1280, 820);
        window.show();
        QVERIFY(window.openFile(writeFile(QStringLiteral("mesh.yaml"), kFile)));
        QTRY_VERIFY(settled(window));
        QCOMPARE(window.yamlPane()->editor()->toPlainText(), kFile);

        // The form shows what the file sets, and the effective value where it sets nothing.
        auto* tag = window.findChild<QLineEdit*>(QStringLiteral("iopTag"));
        auto* hub = window.findChild<QLineEdit*>(QStringLiteral("iopHub"));
        auto* profile = window.findChild<QComboBox*>(QStringLiteral("iopProfile"));
        QCOMPARE(tag->text(), QStringLiteral("1.24.2"));
        QCOMPARE(profile->currentText(), QStringLiteral("demo"));
        QVERIFY(hub->text().isEmpty());
        QVERIFY2(
            hub->placeholderText().contains(QStringLiteral("default profile")), qPrintable(hub->placeholderText()));

        // Form → YAML: one line changes; the comments stay.
        hub->setText(QStringLiteral("registry.example.com/istio"));
        emit hub->editingFinished();
        QString yaml = window.yamlPane()->editor()->toPlainText();
        QVERIFY2(yaml.endsWith(QStringLiteral("      autoscaleEnabled: false\n  hub: registry.example.com/istio\n")),
            qPrintable(yaml));
        QVERIFY(yaml.startsWith(QStringLiteral("# production mesh\n")));
        QVERIFY(yaml.contains(QStringLiteral("profile: demo  # try things")));
        QVERIFY(window.document()->isModified());
        QVERIFY(window.isWindowModified());

        profile->setCurrentIndex(profile->findText(QStringLiteral("minimal")));
        emit profile->activated(profile->currentIndex());
        QVERIFY(window.yamlPane()->editor()->toPlainText().contains(QStringLiteral("profile: minimal  # try things")));

        // A component's Kubernetes settings.
        QTRY_VERIFY(settled(window));
        QListWidget* components = window.form()->componentList();
        const QList<QListWidgetItem*> pilot = components->findItems(QStringLiteral("Pilot"), Qt::MatchStartsWith);
        QCOMPARE(pilot.size(), 1);
        components->setCurrentItem(pilot.first());
        auto* replicas = window.findChild<QLineEdit*>(QStringLiteral("iopReplicas"));
        auto* cpu = window.findChild<QLineEdit*>(QStringLiteral("iopCpuRequest"));
        QCOMPARE(cpu->text(), QStringLiteral("500m"));
        replicas->setText(QStringLiteral("3"));
        emit replicas->editingFinished();
        yaml = window.yamlPane()->editor()->toPlainText();
        QVERIFY2(yaml.contains(QStringLiteral("    pilot:\n      k8s:\n        resources:\n          requests:\n"
                                              "            cpu: 500m\n        replicaCount: 3\n")),
            qPrintable(yaml));
        replicas->setText(QStringLiteral("three"));
        emit replicas->editingFinished();
        QCOMPARE(window.yamlPane()->editor()->toPlainText(), yaml); // refused, nothing written

        // YAML → form: typing in the YAML refills the form after the pause.
        window.yamlPane()->editor()->setPlainText(
            yaml.replace(QStringLiteral("tag: 1.24.2"), QStringLiteral("tag: 1.25.0")));
        QTRY_COMPARE(tag->text(), QStringLiteral("1.25.0"));
        QCOMPARE(window.document()->text(), yaml);

        // Meshconfig and values.
        auto* accessLog = window.findChild<QLineEdit*>(QStringLiteral("iopMesh_accessLogFile"));
        QCOMPARE(accessLog->text(), QStringLiteral("/dev/stdout"));
        auto* mode = window.findChild<QComboBox*>(QStringLiteral("iopMesh_outboundTrafficPolicy_mode"));
        mode->setCurrentIndex(mode->findText(QStringLiteral("REGISTRY_ONLY")));
        emit mode->activated(mode->currentIndex());
        QVERIFY(window.document()->text().contains(
            QStringLiteral("    accessLogFile: /dev/stdout\n    outboundTrafficPolicy:\n      mode: REGISTRY_ONLY\n")));
        auto* values = window.findChild<QTableWidget*>(QStringLiteral("iopValues"));
        QTRY_VERIFY(settled(window));
        QCOMPARE(values->rowCount(), 1);
        QCOMPARE(values->item(0, 0)->text(), QStringLiteral("pilot.autoscaleEnabled"));
        QCOMPARE(values->item(0, 2)->text(), QStringLiteral("true")); // the chart's default
        auto* newPath = window.findChild<QLineEdit*>(QStringLiteral("iopNewValuePath"));
        auto* newValue = window.findChild<QLineEdit*>(QStringLiteral("iopNewValue"));
        newPath->setText(QStringLiteral("global.proxy.logLevel"));
        QCOMPARE(newValue->placeholderText(), QStringLiteral("default: \"warning\""));
        newValue->setText(QStringLiteral("debug"));
        emit newValue->returnPressed();
        QVERIFY(window.document()->text().contains(
            QStringLiteral("      autoscaleEnabled: false\n    global:\n      proxy:\n        logLevel: debug\n")));
        QTRY_VERIFY(settled(window));
        QCOMPARE(values->rowCount(), 2);

        // Errors sit on their line.
        window.yamlPane()->editor()->setPlainText(kFile + QStringLiteral("  revision: Not_Valid\n"));
        QTRY_VERIFY(settled(window));
        window.yamlPane()->flush();
        QTRY_VERIFY(settled(window));
        QListWidget* issues = window.yamlPane()->issues();
        QCOMPARE(issues->count(), 1);
        QVERIFY2(issues->item(0)->text().contains(QStringLiteral("line 20: invalid revision specified: Not_Valid")),
            qPrintable(issues->item(0)->text()));
        QCOMPARE(window.yamlPane()->editor()->extraSelections().size(), 1);

        const QImage image = window.grab().toImage();
        QVERIFY(distinctColours(image) > 20);
        window.setCloseQuestion([] { return QMessageBox::Discard; });
    }

    void effectiveViewNamesTheLayers()
    {
        IopEditorWindow window;
        QVERIFY(window.openFile(writeFile(QStringLiteral("effective.yaml"), kFile)));
        QTRY_VERIFY(settled(window));
        QCOMPARE(effectiveLayer(window, QStringLiteral("spec.tag")), QStringLiteral("effective.yaml"));
        QCOMPARE(effectiveLayer(window, QStringLiteral("spec.hub")), QStringLiteral("default profile"));
        QCOMPARE(effectiveLayer(window, QStringLiteral("spec.components.egressGateways[0].enabled")),
            QStringLiteral("demo profile"));
        QCOMPARE(effectiveLayer(window, QStringLiteral("spec.values.pilot.autoscaleEnabled")),
            QStringLiteral("effective.yaml"));
        QCOMPARE(
            effectiveLayer(window, QStringLiteral("spec.values.pilot.replicaCount")), QStringLiteral("chart defaults"));
        auto* model = qobject_cast<IopEffectiveModel*>(window.effectiveView()->proxy()->sourceModel());
        const int row = model->rowOf(QStringLiteral("spec.values.pilot.autoscaleEnabled"));
        QCOMPARE(model->index(row, IopEffectiveModel::DefaultColumn).data().toString(), QStringLiteral("true"));
        QVERIFY(!model->index(row, 0).data(IopEffectiveModel::IsChartDefaultRole).toBool());

        // Filters: only the file's values; chart defaults hidden by default.
        QSortFilterProxyModel* proxy = window.effectiveView()->proxy();
        const int all = proxy->rowCount();
        QVERIFY(all > 10);
        window.effectiveView()->setOnlyFile(true);
        QCOMPARE(proxy->rowCount(), 5); // profile, tag, meshConfig.accessLogFile, the pilot's cpu, autoscaleEnabled
        // A --set layer.
        window.document()->setSetFlags({ QStringLiteral("values.global.hub=example.com") });
        QTRY_VERIFY(settled(window));
        QCOMPARE(effectiveLayer(window, QStringLiteral("spec.values.global.hub")),
            QStringLiteral("--set values.global.hub=example.com"));
        window.setCloseQuestion([] { return QMessageBox::Discard; });
    }

    void profileDiff()
    {
        IopEditorWindow window;
        QVERIFY(window.openFile(writeFile(QStringLiteral("diff.yaml"), kFile)));
        QTRY_VERIFY(settled(window));
        IopProfileDiffView* diff = window.profileDiff();
        diff->setSides(QStringLiteral("default"), QStringLiteral("demo"));
        QTRY_VERIFY(!diff->isComputing());
        QVERIFY(diff->output()->toPlainText().contains(QStringLiteral("\n+  profile: demo\n-  profile: default\n")));
        QVERIFY(diff->summary()->text().contains(QStringLiteral("lines removed")));
        diff->setSides(QStringLiteral("demo"), IopProfileDiffView::fileChoice());
        QTRY_VERIFY(!diff->isComputing());
        const QString text = diff->output()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("+    accessLogFile: /dev/stdout\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("+  tag: 1.24.2\n")));
        diff->setSides(QStringLiteral("stable"), QStringLiteral("stable"));
        QTRY_VERIFY(!diff->isComputing());
        QVERIFY(diff->summary()->text().contains(QStringLiteral("identical")));
    }

    void neverLosesAnEdit()
    {
        const QString path = writeFile(QStringLiteral("keep.yaml"), kFile);
        auto* window = new IopEditorWindow;
        QPointer<IopEditorWindow> guard(window);
        window->show();
        QVERIFY(window->openFile(path));
        window->yamlPane()->editor()->setPlainText(kFile + QStringLiteral("  revision: canary\n"));
        // Cancel keeps the window and the edit.
        window->setCloseQuestion([] { return QMessageBox::Cancel; });
        QVERIFY(!window->close());
        QVERIFY(guard);
        QVERIFY(window->document()->isModified());
        // Save writes the file atomically, then the window may close.
        window->setCloseQuestion([] { return QMessageBox::Save; });
        QVERIFY(window->close());
        QTRY_VERIFY(!guard);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), kFile + QStringLiteral("  revision: canary\n"));

        // A new document has no file yet: Save asks for one; a failing write keeps the text.
        IopEditorWindow untitled;
        untitled.yamlPane()->editor()->setPlainText(kFile);
        untitled.setSaveAsName([] { return QStringLiteral("/nonexistent-dir/x.yaml"); });
        untitled.setCloseQuestion([] { return QMessageBox::Save; });
        QVERIFY(!untitled.close());
        QCOMPARE(untitled.document()->text(), kFile);
        QVERIFY(untitled.document()->isModified());
        untitled.setSaveAsName([this] { return m_dir.filePath(QStringLiteral("new.yaml")); });
        QVERIFY(untitled.close());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("new.yaml"))));
    }

    void upgradeHelperWithoutCluster()
    {
        IopEditorWindow window;
        QVERIFY(window.openFile(writeFile(QStringLiteral("upgrade.yaml"), kFile)));
        QTRY_VERIFY(settled(window));
        IopUpgradeView* upgrade = window.findChild<IopUpgradeView*>();
        QVERIFY(upgrade);
        QTest::keyClicks(upgrade->tagEdit(), QStringLiteral("1.25.0"));
        QCOMPARE(upgrade->revisionEdit()->text(), QStringLiteral("1-25-0"));
        upgrade->generate();
        QTRY_VERIFY(!upgrade->isGenerating());
        const QString plan = upgrade->plan()->toPlainText();
        QVERIFY2(plan.contains(QStringLiteral("istioctl install -f istio-1-25-0.yaml -y")), qPrintable(plan));
        QVERIFY(plan.contains(QStringLiteral("istioctl uninstall --revision 1-25-0 -y")));
        QVERIFY(plan.contains(QStringLiteral("istioctl uninstall --revision default -y")));
        const QString iop = upgrade->newIop()->toPlainText();
        QVERIFY(iop.startsWith(QStringLiteral("# production mesh\n")));
        QVERIFY(iop.contains(QStringLiteral("  tag: 1.25.0\n")));
        QVERIFY(iop.contains(QStringLiteral("  revision: 1-25-0\n")));
        QVERIFY(iop.contains(QStringLiteral("  name: control-plane-1-25-0\n")));
        upgrade->setSaveName([this](const QString& suggested) { return m_dir.filePath(suggested); });
        const auto buttons = upgrade->findChildren<QPushButton*>();
        for (QPushButton* button : buttons) {
            if (button->text() == QStringLiteral("Save IstioOperator…"))
                button->click();
        }
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("istio-1-25-0.yaml"))));
        window.setCloseQuestion([] { return QMessageBox::Discard; });
    }

    void sailConversion()
    {
        IopEditorWindow window;
        QVERIFY(
            window.openFile(fixturePath(QStringLiteral("operator/manifest-generate/input/pilot_k8s_settings.yaml"))));
        QTRY_VERIFY(settled(window));
        IopSailView* sail = window.findChild<IopSailView*>();
        QVERIFY(sail);
        QVERIFY(sail->output()->toPlainText().contains(QStringLiteral("kind: Istio\n")));
        QVERIFY(sail->output()->toPlainText().contains(QStringLiteral("  version: v1.1.4\n")));
        QStringList warnings;
        for (int i = 0; i < sail->warnings()->count(); ++i)
            warnings << sail->warnings()->item(i)->text();
        QVERIFY2(warnings.join(u'\n').contains(QStringLiteral("components.pilot.k8s.readinessProbe cannot be carried")),
            qPrintable(warnings.join(u'\n')));

        // A Sail Istio file is understood too: the effective view shows the IstioOperator it stands for.
        window.yamlPane()->editor()->setPlainText(
            QStringLiteral("apiVersion: sailoperator.io/v1\nkind: Istio\n"
                           "metadata:\n  name: default\nspec:\n  version: v1.24.2\n"
                           "  profile: demo\n  namespace: istio-system\n"
                           "  values:\n    meshConfig:\n      accessLogFile: /dev/stdout\n"));
        QTRY_VERIFY(settled(window));
        window.yamlPane()->flush();
        QTRY_VERIFY(settled(window));
        QVERIFY(window.document()->analysis().sail.isValid());
        QTRY_VERIFY(sail->direction()->text().contains(QStringLiteral("Sail operator Istio resource")));
        QVERIFY(sail->output()->toPlainText().contains(QStringLiteral("kind: IstioOperator\n")));
        // Merged from the IstioOperator the Sail resource stands for.
        QCOMPARE(effectiveLayer(window, QStringLiteral("spec.tag")), QStringLiteral("pilot_k8s_settings.yaml"));
        QCOMPARE(window.document()->effectiveValue(QStringLiteral("spec.tag")).toString(), QStringLiteral("1.24.2"));
        QCOMPARE(window.document()->effectiveValue(QStringLiteral("spec.meshConfig.accessLogFile")).toString(),
            QStringLiteral("/dev/stdout"));
        window.setCloseQuestion([] { return QMessageBox::Discard; });
    }

    // The simulator holds an installed-state IstioOperator (istioctl 1.23's record of what it installed).
    void diffAgainstTheInstalledOne()
    {
        testing::SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.error()));
        ConnectionStatus status;
        ClusterSession session(&status);
        session.open({ sim.kubeconfig() });
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), 30000);
        IopEditorWindow window(&session);
        window.show();
        auto* left = window.findChild<QComboBox*>(QStringLiteral("iopDiffLeft"));
        const QString installed = QStringLiteral("installed in the cluster (istio-system/installed-state)");
        QTRY_VERIFY_WITH_TIMEOUT(left->findText(installed) >= 0, 20000);
        // What would this file change against what is installed?
        window.profileDiff()->setSides(installed, IopProfileDiffView::fileChoice());
        QTRY_VERIFY(!window.profileDiff()->isComputing());
        const QString diff = window.profileDiff()->output()->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("\n-  tag: 1.24.2\n")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("\n-    accessLogFile: /dev/stdout\n")), qPrintable(diff));
        QVERIFY(window.profileDiff()->summary()->text().contains(QStringLiteral("lines removed")));
        // Opened as a document, it is identical to itself.
        QVERIFY(window.openInstalledState());
        QTRY_VERIFY(settled(window));
        QTRY_VERIFY(!window.profileDiff()->isComputing());
        QTRY_VERIFY(window.profileDiff()->summary()->text().contains(QStringLiteral("identical")));
        window.setCloseQuestion([] { return QMessageBox::Discard; });
    }

    void screenshot()
    {
        IopEditorWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(fixturePath(QStringLiteral("operator/manifest-generate/input/gateways.yaml"))));
        QTRY_VERIFY(settled(window));
        const QList<QListWidgetItem*> ilb
            = window.form()->componentList()->findItems(QStringLiteral("ilb-gateway"), Qt::MatchEndsWith);
        QCOMPARE(ilb.size(), 1);
        window.form()->componentList()->setCurrentItem(ilb.first());
        auto* ports = window.findChild<QWidget*>(QStringLiteral("iopServicePorts"));
        QCOMPARE(ports->findChild<QTableWidget*>()->rowCount(), 3);
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        QVERIFY(distinctColours(image) > 30);
        const QString out = qEnvironmentVariable("MESHSCOPE_BINARY_DIR") + QStringLiteral("/iop-editor.png");
        QVERIFY(image.save(out));
        window.tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        QVERIFY(window.grab().toImage().save(
            qEnvironmentVariable("MESHSCOPE_BINARY_DIR") + QStringLiteral("/iop-effective.png")));

        // The dark theme: dark backgrounds, the same content, findings still coloured.
        applyTheme(*qApp, AppSettings::Theme::Dark);
        window.tabs()->setCurrentIndex(0);
        window.yamlPane()->editor()->setPlainText(window.document()->text().replace(
            QStringLiteral("profile: empty"), QStringLiteral("profile: nonexistent")));
        window.yamlPane()->flush();
        QTRY_VERIFY(settled(window));
        QVERIFY(window.document()->analysis().errorCount() > 0);
        QCOMPARE(window.yamlPane()->editor()->extraSelections().size(), 1); // on "profile: nonexistent"
        QCOMPARE(window.yamlPane()->editor()->extraSelections().first().cursor.blockNumber(), 3);
        QApplication::processEvents();
        const QImage dark = window.grab().toImage();
        QVERIFY(meanLightness(dark) < 100);
        QVERIFY(distinctColours(dark) > 30);
        QVERIFY(dark.save(qEnvironmentVariable("MESHSCOPE_BINARY_DIR") + QStringLiteral("/iop-editor-dark.png")));
        applyTheme(*qApp, AppSettings::Theme::System);
        window.setCloseQuestion([] { return QMessageBox::Discard; });
    }
};

QTEST_MAIN(TestIopEditor)
#include "tst_iopeditor.moc"
