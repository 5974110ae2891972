#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// What istioctl has built in: the IstioOperator profiles and, beneath spec.values, the Helm charts' defaults.
namespace meshscope::iop {

// default, demo, minimal, remote, empty, preview, ambient, stable, openshift, openshift-ambient (istioctl's order
// is alphabetical; this is the order of the list command).
QStringList profileNames();
bool isProfileName(const QString& name);
// The profile's own IstioOperator (not merged over default); an invalid QVariant for an unknown name.
QVariant profileOverlay(const QString& name);

// The charts' default values in the spec.values namespace.
const QVariant& chartDefaults();
// The chart default at a path below spec.values (e.g. "pilot.autoscaleEnabled"); invalid when the charts set none.
QVariant chartDefault(const QString& valuesPath);

// Reads `path = JSON value` lines into a tree (used for the built-in data; exposed for tests).
QVariant treeFromFlatLines(const QString& text, QString* error = nullptr);

} // namespace meshscope::iop
