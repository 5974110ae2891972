#pragma once

#include "models/traffic/routingwizards.h"
#include "models/traffic/shiftplanner.h"

#include <QStringList>

namespace meshscope {

// `meshscope traffic <shift|reset|route|fault|timeout|undo|history> …`: the traffic wizards without a window, on the
// engine the dialogs use (traffic::TrafficChange). Prints the diff it applies (or would apply); exit 0 when done
// (or nothing to do), 1 when refused (no permission, a conflict, an object owned by Argo CD/Flux/Helm/Flagger/Argo
// Rollouts without --force, the server said no), 2 for bad arguments (unknown version, weights not adding up to
// 100, malformed options).
int runTrafficCommand(const QStringList& arguments);

// What the command line asked for (parsed, not yet checked against the cluster).
struct TrafficArguments
{
    QString action; // shift, reset, route, fault, timeout, undo, history
    QString kubeconfig;
    QString context;
    QString ns;
    QString service;
    bool dryRun = false;
    bool force = false;
    QString output = QStringLiteral("diff"); // diff or yaml
    QString historyFile; // empty: the default location
    QString undoId;
    traffic::ShiftRequest shift;
    traffic::FaultRequest fault;
    traffic::TimeoutRequest timeout;
    QList<traffic::RoutingRule> rules;
};

// Parses `traffic …` arguments (after "traffic"). Returns an error text for exit code 2; sets helpText (and returns
// empty) for --help.
QString parseTrafficArguments(const QStringList& arguments, TrafficArguments* parsed, QString* helpText);
// "header:end-user=jason>v2", "header-prefix:x-user=test>v3", "header-regex:…", "uri:/api>v1",
// "uri-prefix:/beta>v3", "uri-regex:…".
std::optional<traffic::RoutingRule> parseRoutingRule(const QString& text, QString* error);

} // namespace meshscope
