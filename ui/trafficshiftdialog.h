#pragma once

#include "models/traffic/livesplit.h"
#include "models/traffic/routingwizards.h"
#include "models/traffic/shiftplanner.h"
#include "models/traffic/trafficchange.h"
#include "models/traffic/weightsplit.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class TrafficShiftDialog;
}

namespace meshscope {

class DiffView;
class KubeApi;
class KubeDiscovery;
class PromClient;
class WeightRowsWidget;

// The service traffic wizards in one dialog: traffic shifting (weights per version, locks, evenly, all to one,
// mirror, TCP), request routing, fault injection, timeouts and retries, and removing Meshscope's routing. Every
// change goes Review (YAML diff, owners, permissions) → Dry run (the API server's answer) → Apply (conditional on
// what was reviewed; a conflict reloads and keeps the weights), is recorded in the history and can be undone.
// The dialog stays open and shows each version's live share converge. Non-modal.
class TrafficShiftDialog : public QDialog
{
    Q_OBJECT
public:
    struct Setup
    {
        KubeApi* api = nullptr;
        KubeDiscovery* discovery = nullptr;
        traffic::ChangeHistory* history = nullptr;
        PromClient* prometheus = nullptr; // may be null: no live split then
        QString ns;
        QString service;
    };

    explicit TrafficShiftDialog(const Setup& setup, QWidget* parent = nullptr);
    ~TrafficShiftDialog() override;

    enum class Stage
    {
        Loading,
        Editing, // nothing reviewed for the current input
        Reviewing, // preparing a review
        Reviewed, // diff shown; dry run next
        DryRunning,
        DryRunDone, // the server accepted; apply next
        Applying,
    };
    Stage stage() const { return m_stage; }
    const WeightSplit& split() const { return m_split; }
    // The text the dialog shows in its status line (tests, screenshots).
    QString statusText() const;
    QString diffText() const;
    QString serverAnswerText() const;
    WeightRowsWidget* weightRows() const { return m_rows; }

public slots:
    void reload(); // reads the service's routing again
    void review();
    void dryRun();
    void apply();
    void reviewUndo();
    void reviewRemoval();

signals:
    void applied(const QString& ns, const QString& service); // the graph can refresh

private:
    // trafficshiftdialog.cpp: loading and the weights
    void loaded(const traffic::RoutingLoader::Result& result);
    void renderRows();
    void renderLive();
    void setWeight(int row, int weight);
    void setLocked(int row, bool locked);
    void allTo(int row);
    void evenly();
    void mirrorChanged();
    void inputChanged(); // any edit: the review no longer matches
    void setStage(Stage stage);
    void updateButtons();
    void setStatus(const QString& text, bool problem = false);
    void checkInitialPermissions();

    // trafficdialogflow.cpp: review, dry run, apply, undo, patch, history
    traffic::TrafficChange::Planner currentPlanner(QString* wizard, QString* error) const;
    void prepare(const QString& wizard, traffic::TrafficChange::Planner planner);
    void prepared(const traffic::TrafficChange::Prepared& prepared);
    void dryRunDone(const traffic::RoutingWriter::Outcome& outcome);
    void appliedDone(const traffic::TrafficChange::Applied& applied);
    void copyPatch();
    void savePatch();
    void renderHistory();

    // trafficwizardtabs.cpp: request routing rules, faults, timeouts
    void setUpWizardTabs();
    void addRule();
    void removeRule();
    void moveRule(int delta);
    QList<traffic::RoutingRule> rules(QString* error) const;
    traffic::FaultRequest faultRequest() const;
    traffic::TimeoutRequest timeoutRequest() const;
    void refreshVersionChoices();

    std::unique_ptr<Ui::TrafficShiftDialog> m_ui;
    Setup m_setup;
    WeightRowsWidget* m_rows;
    DiffView* m_diff;
    traffic::RoutingLoader* m_loader;
    traffic::TrafficChange* m_change;
    traffic::LiveSplit* m_live;
    JobTracker m_jobs; // the lanes "load", "prepare", "write": a newer request drops the older one's answer

    traffic::RoutingLoader::Result m_loaded;
    traffic::VersionInventory m_inventory;
    WeightSplit m_split;
    std::optional<traffic::TrafficChange::Prepared> m_prepared;
    QString m_deniedReason; // the user may not write here at all
    std::optional<WeightSplit> m_keepSplit; // a conflict reloads but keeps the user's weights
    Stage m_stage = Stage::Loading;
    bool m_statusIsProblem = false;
};

} // namespace meshscope
