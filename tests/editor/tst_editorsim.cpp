// The resource editor against the simulator, through the app's own wiring (GuiSession → ResourceEditors): the
// diff → dry run → apply round trip, a change made in the cluster meanwhile merged three ways (both sides' edits
// kept; a real conflict picked per field), a field another manager owns named in a conflict, and a read-only
// account that sees why it cannot apply.
#include "app/detailswiring.h"
#include "app/guisession.h"
#include "app/healthpageswiring.h"
#include "app/resourceeditors.h"
#include "models/config/editsession.h"
#include "models/config/resourcetemplates.h"
#include "models/kube/kubeobjectmodel.h"
#include "support/simprocess.h"
#include "support/testdata.h"
#include "ui/clusterpicker.h"
#include "ui/detailswindow.h"
#include "ui/istioconfigpage.h"
#include "ui/mainwindow.h"
#include "ui/resourceeditordialog.h"
#include "ui_resourceeditor.h"
#include "views/common/resourcetablepage.h"
#include "views/editor/mergeview.h"
#include "views/editor/resourcediffview.h"
#include "views/editor/yamleditor.h"

#include <QDir>
#include <QJsonDocument>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;

class TestEditorSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // drafts and applied records in a test location
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
    }

    void init()
    {
        // No draft of an earlier case (or run) is restored into this one's editor.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        // Every case starts from the scenario's reviews weights, every field owned by Meshscope: an earlier case's
        // writes must not leave another field manager owning the route list (a CRD's lists are atomic).
        const CommandResult reset = m_sim.kubectl(
            { QStringLiteral("replace"), QStringLiteral("-f"), QStringLiteral("-") }, {}, reviews(50, 25, 25));
        QVERIFY2(reset.ok(), qPrintable(reset.describe()));
        const CommandResult own = m_sim.kubectl(
            { QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--field-manager=meshscope"),
                QStringLiteral("--force-conflicts"), QStringLiteral("-f"), QStringLiteral("-") },
            {}, reviews(50, 25, 25));
        QVERIFY2(own.ok(), qPrintable(own.describe()));
    }

    void diffDryRunApply()
    {
        auto session = openGui();
        ResourceEditorDialog* dialog = openReviews(*session);
        QVERIFY(dialog);
        YamlEditor* editor = dialog->editor();
        QVERIFY(!editor->text().contains(QStringLiteral("managedFields")));
        editor->setText(
            editor->text()
                .replace(QStringLiteral("weight: 50"), QStringLiteral("weight: 20"))
                .replace(
                    QStringLiteral(
                        "weight: 25\n    - destination:\n        host: reviews\n        subset: v3\n      weight: 25"),
                    QStringLiteral("weight: 25\n    - destination:\n        host: reviews\n        subset: v3\n      "
                                   "weight: 55")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->session()->isValidating(), 5000);
        QCOMPARE(dialog->session()->validation().errorCount(), 0);

        dialog->showDiffEditedVsLive();
        QCOMPARE(dialog->diffView()->changedRows(), 2);

        dialog->startApply(); // the dry run first
        QTRY_COMPARE_WITH_TIMEOUT(dialog->form()->applyButton->text(), QStringLiteral("Apply now"), 15000);
        QVERIFY(dialog->form()->noticeLabel->text().contains(QStringLiteral("accepts")));
        QCOMPARE(weights(), QByteArray("50 25 25")); // a dry run stores nothing
        QSignalSpy applied(dialog->session(), &config::EditSession::applied);
        dialog->startApply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 15000);
        QCOMPARE(weights(), QByteArray("20 25 55"));
        QVERIFY(!dialog->session()->isModified());
        QVERIFY(managers().contains("meshscope"));
        // What Meshscope applied equals what is live now.
        QString error;
        const auto lastApplied = dialog->session()->diffLiveVsLastApplied(&error);
        QVERIFY2(lastApplied, qPrintable(error));
        QVERIFY(lastApplied->identical());
        dialog->close();
    }

    void serverVerdictsLandOnTheirLines()
    {
        auto session = openGui();
        ResourceEditorDialog* dialog = openReviews(*session);
        // Weights adding up to 0: the schema allows it, Istio's webhook does not.
        QString text = dialog->editor()->text();
        text.replace(QStringLiteral("weight: 50"), QStringLiteral("weight: 0"))
            .replace(QStringLiteral("weight: 25"), QStringLiteral("weight: 0"));
        dialog->editor()->setText(text);
        QSignalSpy finished(dialog->session(), &config::EditSession::dryRunFinished);
        dialog->startApply();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dialog->form()->noticeLabel->text().contains(QStringLiteral("rejects")));
        QVERIFY(!dialog->session()->verdicts().isEmpty());
        QVERIFY(!dialog->session()->verdicts().first().causes.isEmpty());
        QCOMPARE(dialog->form()->applyButton->text(), QStringLiteral("Apply…"));
        dialog->session()->discard();
        dialog->close();
    }

    void concurrentChangesMergeThreeWays()
    {
        auto session = openGui();
        ResourceEditorDialog* dialog = openReviews(*session);
        // Yours: new weights. Theirs, meanwhile: a label (a field the edit does not touch).
        dialog->editor()->setText(dialog->editor()
                                      ->text()
                                      .replace(QStringLiteral("weight: 50"), QStringLiteral("weight: 10"))
                                      .replace(QStringLiteral("subset: v3\n      weight: 25"),
                                          QStringLiteral("subset: v3\n      weight: 65")));
        const CommandResult theirs
            = m_sim.kubectl({ QStringLiteral("label"), QStringLiteral("vs"), QStringLiteral("reviews"),
                QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("rollout=paused") });
        QVERIFY2(theirs.ok(), qPrintable(theirs.describe()));
        applyThroughDryRun(dialog);
        // The change under the edit is merged in; the user reviews it and applies again.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->editor()->text().contains(QStringLiteral("rollout: paused")), 15000);
        QVERIFY(dialog->editor()->text().contains(QStringLiteral("weight: 10")));
        QSignalSpy applied(dialog->session(), &config::EditSession::applied);
        applyThroughDryRun(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 15000);
        QCOMPARE(weights(), QByteArray("10 25 65"));
        QCOMPARE(jsonpath(QStringLiteral("{.metadata.labels.rollout}")), QByteArray("paused"));
        dialog->close();
    }

    void overlappingChangesArePickedPerField()
    {
        auto session = openGui();
        ResourceEditorDialog* dialog = openReviews(*session);
        dialog->editor()->setText(dialog->editor()
                                      ->text()
                                      .replace(QStringLiteral("weight: 50"), QStringLiteral("weight: 30"))
                                      .replace(QStringLiteral("subset: v3\n      weight: 25"),
                                          QStringLiteral("subset: v3\n      weight: 45")));
        const CommandResult theirs = m_sim.kubectl({ QStringLiteral("patch"), QStringLiteral("vs"),
            QStringLiteral("reviews"), QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("--type=json"),
            QStringLiteral("-p"),
            QStringLiteral(
                R"([{"op":"replace","path":"/spec/http/1/route/0/weight","value":40},{"op":"replace","path":"/spec/http/1/route/1/weight","value":35}])") });
        QVERIFY2(theirs.ok(), qPrintable(theirs.describe()));
        // The route list is atomic: the patch made kubectl-patch its owner, so the dry run names it first.
        dialog->startApply();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->form()->conflictBanner->isVisible(), 15000);
        QVERIFY2(dialog->form()->conflictLabel->text().contains(QStringLiteral("kubectl-patch")),
            qPrintable(dialog->form()->conflictLabel->text()));
        dialog->form()->forceButton->click(); // dry run again, with force
        QTRY_COMPARE_WITH_TIMEOUT(dialog->form()->applyButton->text(), QStringLiteral("Apply now"), 15000);
        dialog->startApply(); // the object changed under the edit: a three-way merge
        QTRY_COMPARE_WITH_TIMEOUT(dialog->form()->stack->currentWidget(), dialog->form()->mergePage, 15000);
        MergeView* merge = dialog->mergeView();
        QCOMPARE(merge->merge().conflicts.size(), 1); // route[0].weight: both changed it
        QCOMPARE(merge->merge().conflicts.first().path.toString(), QStringLiteral("spec.http[1].route[0].weight"));
        QCOMPARE(merge->merge().autoMergedFromTheirs, 1); // route[1].weight: only theirs
        QCOMPARE(merge->merge().autoMergedFromYours, 1); // route[2].weight: only yours
        merge->pick(0, config::MergeConflict::Pick::Yours);
        merge->findChild<QPushButton*>(QStringLiteral("mergeAccept"))->click();
        QCOMPARE(dialog->form()->stack->currentWidget(), dialog->form()->editPage);
        QSignalSpy applied(dialog->session(), &config::EditSession::applied);
        applyThroughDryRun(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 15000);
        QCOMPARE(weights(), QByteArray("30 35 45"));
        dialog->close();
    }

    void fieldsOwnedByAnotherManagerAreNamed()
    {
        const CommandResult argo
            = m_sim.kubectl({ QStringLiteral("apply"), QStringLiteral("--server-side"),
                                QStringLiteral("--field-manager=argocd-controller"),
                                QStringLiteral("--force-conflicts"), QStringLiteral("-f"), QStringLiteral("-") },
                {}, reviews(34, 33, 33));
        QVERIFY2(argo.ok(), qPrintable(argo.describe()));
        auto session = openGui();
        ResourceEditorDialog* dialog = openReviews(*session);
        QVERIFY(dialog->form()->ownershipBanner->isVisible()); // the field manager says Argo CD
        dialog->editor()->setText(dialog->editor()
                                      ->text()
                                      .replace(QStringLiteral("weight: 34"), QStringLiteral("weight: 0"))
                                      .replace(QStringLiteral("subset: v3\n      weight: 33"),
                                          QStringLiteral("subset: v3\n      weight: 67")));
        QSignalSpy finished(dialog->session(), &config::EditSession::dryRunFinished);
        dialog->startApply();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QTRY_VERIFY(dialog->form()->conflictBanner->isVisible());
        QVERIFY2(dialog->form()->conflictLabel->text().contains(QStringLiteral("argocd-controller")),
            qPrintable(dialog->form()->conflictLabel->text()));
        QSignalSpy applied(dialog->session(), &config::EditSession::applied);
        dialog->form()->forceButton->click(); // dry run again, with force
        QTRY_COMPARE_WITH_TIMEOUT(dialog->form()->applyButton->text(), QStringLiteral("Apply now"), 15000);
        dialog->startApply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 15000);
        QCOMPARE(weights(), QByteArray("0 33 67"));
        dialog->close();
    }

    // The analysis of the edited object as if applied: a subset no DestinationRule defines is reported at its line
    // while the user types.
    void analysisFindingsSitOnTheirLines()
    {
        auto session = openGui();
        ResourceEditorDialog* dialog = openReviews(*session);
        dialog->editor()->setText(
            dialog->editor()->text().replace(QStringLiteral("subset: v3"), QStringLiteral("subset: v9")));
        // istioctl reports the destination's host (host and subset together name what is missing).
        const QString text = dialog->editor()->text();
        const int line
            = int(text.left(text.indexOf(QStringLiteral("host: reviews\n        subset: v9"))).count(QLatin1Char('\n')))
            + 1;
        auto marked = [&] {
            for (const YamlEditor::Mark& mark : dialog->editor()->marks()) {
                if (mark.line == line && mark.text.contains(QStringLiteral("IST0101")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(marked(), 20000);
        dialog->session()->discard();
        dialog->close();
    }

    // The window's own ways in: a double click on the Istio Config list opens that object, File → New resource has a
    // template per kind in the namespace the picker shows.
    void istioConfigListAndTemplatesOpenEditors()
    {
        auto session = openGui();
        auto* page = qobject_cast<IstioConfigPage*>(session->window().pageWidget(QStringLiteral("istio-config")));
        QVERIFY(page);
        QTableView* table = page->table()->table();
        auto rowOf = [table](const QString& kind, const QString& name) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QJsonObject object
                    = table->model()->index(row, 0).data(KubeObjectModel::ObjectRole).toJsonObject();
                if (object.value(QStringLiteral("kind")).toString() == kind
                    && object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString()
                        == name)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("DestinationRule"), QStringLiteral("reviews")) >= 0, 10000);
        const QModelIndex index
            = table->model()->index(rowOf(QStringLiteral("DestinationRule"), QStringLiteral("reviews")), 0);
        emit table->doubleClicked(index);
        QCOMPARE(session->editors().editors().size(), 1);
        ResourceEditorDialog* opened = session->editors().editors().first();
        QCOMPARE(opened->session()->title(), QStringLiteral("DestinationRule bookinfo/reviews"));
        QVERIFY(opened->editor()->text().contains(QStringLiteral("kind: DestinationRule")));
        emit table->doubleClicked(index); // the same object again: the open editor, not a second one
        QCOMPARE(session->editors().editors().size(), 1);
        opened->close();

        session->window().clusterPicker()->chooseNamespace(QStringLiteral("bookinfo"));
        QCOMPARE(session->window().clusterPicker()->namespaceFilter(), QStringLiteral("bookinfo"));
        auto* menu = session->window().findChild<QMenu*>(QStringLiteral("menuNewResource"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), config::resourceTemplates().size());
        auto* newPolicy = menu->findChild<QAction*>(QStringLiteral("actionNewAuthorizationPolicy_security.istio.io"));
        QVERIFY(newPolicy);
        newPolicy->trigger();
        QTRY_COMPARE(session->editors().editors().size(), 1);
        ResourceEditorDialog* created = session->editors().editors().first();
        QVERIFY(created->editor()->text().contains(QStringLiteral("kind: AuthorizationPolicy")));
        QVERIFY(created->editor()->text().contains(QStringLiteral("namespace: bookinfo")));
        QTRY_VERIFY_WITH_TIMEOUT(!created->session()->isValidating(), 5000);
        QCOMPARE(created->session()->validation().errorCount(), 0);
        created->session()->discard();
        created->close();
    }

    // What an edit would break elsewhere: renaming the subset a VirtualService routes to is reported on the edited
    // DestinationRule, naming the VirtualService.
    void analysisSaysWhatTheEditBreaksElsewhere()
    {
        auto session = openGui();
        const CommandResult live
            = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("dr"), QStringLiteral("reviews"),
                QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("-o"), QStringLiteral("json") });
        QVERIFY2(live.ok(), qPrintable(live.describe()));
        ResourceEditorDialog* dialog = session->editors().openObject(QJsonDocument::fromJson(live.out).object());
        QVERIFY(dialog->editor()->text().contains(QStringLiteral("name: v3")));
        dialog->editor()->setText(
            dialog->editor()->text().replace(QStringLiteral("name: v3"), QStringLiteral("name: v7")));
        auto breaks = [&] {
            for (const YamlEditor::Mark& mark : dialog->editor()->marks()) {
                if (mark.text.contains(QStringLiteral("breaks VirtualService bookinfo/reviews"))
                    && mark.text.contains(QStringLiteral("IST0101")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(breaks(), 20000);
        // Findings of the analysis inform; they do not block applying.
        QVERIFY(dialog->session()->applyBlocker().isEmpty());
        dialog->session()->discard();
        dialog->close();
    }

    // A detail window's Istio config link opens the object in the editor.
    void detailWindowsOpenTheirConfigInTheEditor()
    {
        auto session = openGui();
        QTRY_VERIFY_WITH_TIMEOUT(session->healthPages().controller()->snapshot(), 20000);
        DetailsWindow* window
            = session->details().open(health::Kind::Service, QStringLiteral("bookinfo"), QStringLiteral("reviews"));
        QVERIFY(window);
        emit window->configRequested(
            QStringLiteral("VirtualService"), QStringLiteral("bookinfo"), QStringLiteral("reviews"));
        QCOMPARE(session->editors().editors().size(), 1);
        QCOMPARE(session->editors().editors().first()->session()->title(),
            QStringLiteral("VirtualService bookinfo/reviews"));
        session->editors().editors().first()->close();
        window->close();
    }

    // An edit left in an editor when the app went away (the draft is written while typing) is offered at the next
    // start and comes back in an editor, still modified, with what it started from.
    void unsavedEditsComeBackAtTheNextStart()
    {
        {
            auto first = openGui();
            ResourceEditorDialog* dialog = openReviews(*first);
            QVERIFY(dialog);
            dialog->editor()->setText(
                dialog->editor()->text().replace(QStringLiteral("weight: 50"), QStringLiteral("weight: 45")));
            QTRY_COMPARE_WITH_TIMEOUT(first->editors().drafts().all().size(), 1, 5000);
        } // the window is gone without anyone closing the editor
        ResourceEditors::setNextRestoreAnswer(QMessageBox::Yes);
        auto second = openGui();
        QTRY_COMPARE_WITH_TIMEOUT(second->editors().editors().size(), 1, 5000);
        ResourceEditorDialog* restored = second->editors().editors().first();
        QCOMPARE(restored->session()->title(), QStringLiteral("VirtualService bookinfo/reviews"));
        QVERIFY(restored->editor()->text().contains(QStringLiteral("weight: 45")));
        QVERIFY(restored->session()->isModified());
        QVERIFY(!restored->session()->base().isEmpty()); // the base of a later three-way merge
        restored->session()->discard();
        restored->close();
        QCOMPARE(second->editors().drafts().all().size(), 0);
    }

    void readOnlyAccountsCannotApply()
    {
        auto session = openGui(QStringLiteral("meshscope-sim-readonly"));
        ResourceEditorDialog* dialog = openReviews(*session);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->form()->readOnlyBanner->isVisible(), 10000);
        QVERIFY(dialog->form()->readOnlyLabel->text().contains(QStringLiteral("Read-only")));
        QVERIFY(!dialog->form()->applyButton->isEnabled());
        QVERIFY(!dialog->form()->dryRunButton->isEnabled());
        QVERIFY(!dialog->form()->applyButton->toolTip().isEmpty());
        dialog->close();
    }

private:
    static QByteArray reviews(int v1, int v2, int v3)
    {
        return QStringLiteral("apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: reviews\n  "
                              "namespace: bookinfo\n"
                              "spec:\n  hosts:\n  - reviews\n  http:\n  - match:\n    - headers:\n        end-user:\n  "
                              "        exact: jason\n"
                              "    route:\n    - destination:\n        host: reviews\n        subset: v2\n  - route:\n"
                              "    - destination:\n        host: reviews\n        subset: v1\n      weight: %1\n"
                              "    - destination:\n        host: reviews\n        subset: v2\n      weight: %2\n"
                              "    - destination:\n        host: reviews\n        subset: v3\n      weight: %3\n")
            .arg(v1)
            .arg(v2)
            .arg(v3)
            .toUtf8();
    }

    std::unique_ptr<GuiSession> openGui(const QString& context = {})
    {
        StartupOptions options;
        options.kubeconfig = m_sim.kubeconfig();
        options.context = context;
        options.page = QStringLiteral("istio-config"); // settled once listed (no wait for Prometheus' health)
        auto session = std::make_unique<GuiSession>(options);
        QSignalSpy settled(session.get(), &GuiSession::settled);
        if (!session->isSettled())
            settled.wait(30000);
        return session;
    }

    ResourceEditorDialog* openReviews(GuiSession& session)
    {
        const CommandResult live = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("vs"),
            QStringLiteral("reviews"), QStringLiteral("-n"), QStringLiteral("bookinfo"),
            QStringLiteral("--show-managed-fields"), QStringLiteral("-o"), QStringLiteral("json") });
        if (!live.ok())
            return nullptr;
        return session.editors().openObject(QJsonDocument::fromJson(live.out).object());
    }

    void applyThroughDryRun(ResourceEditorDialog* dialog)
    {
        dialog->startApply();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->form()->applyButton->text(), QStringLiteral("Apply now"), 15000);
        dialog->startApply();
    }

    QByteArray jsonpath(const QString& expression)
    {
        return m_sim
            .kubectl({ QStringLiteral("get"), QStringLiteral("vs"), QStringLiteral("reviews"), QStringLiteral("-n"),
                QStringLiteral("bookinfo"), QStringLiteral("-o"), QStringLiteral("jsonpath=") + expression })
            .out;
    }
    QByteArray weights() { return jsonpath(QStringLiteral("{.spec.http[1].route[*].weight}")); }
    QByteArray managers()
    {
        return m_sim
            .kubectl({ QStringLiteral("get"), QStringLiteral("vs"), QStringLiteral("reviews"), QStringLiteral("-n"),
                QStringLiteral("bookinfo"), QStringLiteral("--show-managed-fields"), QStringLiteral("-o"),
                QStringLiteral("jsonpath={.metadata.managedFields[*].manager}") })
            .out;
    }

    SimProcess m_sim;
};

QTEST_MAIN(TestEditorSim)
#include "tst_editorsim.moc"
