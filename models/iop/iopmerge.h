#pragma once

#include "iopyaml.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// istioctl's way of turning inputs into one IstioOperator: the default profile, then the named profile, then the
// user's files in order, then --set flags in order — maps merge recursively, scalars and lists are replaced whole —
// while remembering, for every value, which of those layers set it.
namespace meshscope::iop {

struct IopLayer
{
    enum Kind
    {
        ChartDefaults,
        DefaultProfile,
        Profile,
        File,
        SetFlag
    };
    Kind kind = File;
    QString label; // "default profile", "demo profile", "iop.yaml", "--set values.global.hub=x", "chart defaults"
};

// An IstioOperator file read and checked for what makes istioctl refuse it before merging.
struct IopFile
{
    QString name;
    QVariant tree; // a map; empty map for an empty file
    YamlDocument document; // line numbers of the file's keys
    QString error; // parse failure, several documents, not a mapping
    int errorLine = 0;
};
IopFile readIopFile(const QString& name, const QByteArray& text);

struct MergeRequest
{
    QList<IopFile> files;
    QStringList setFlags; // "path=value", paths relative to spec as istioctl's --set
    QString profile; // when set, as if `--set profile=NAME` came before the flags
    bool withChartDefaults = false; // put the Helm charts' defaults beneath spec.values as the lowest layer
};

struct MergeResult
{
    QVariant merged; // the whole IstioOperator: apiVersion, kind, metadata, spec
    QString profile; // the profile that was used
    QList<IopLayer> layers;
    QHash<QString, int> provenance; // leaf path (from the root: "spec.hub") → index into layers
    QStringList errors; // fatal: a file that cannot be read, an unknown profile, a --set that cannot be applied
    QStringList warnings;

    bool ok() const { return errors.isEmpty(); }
    // The layer that set the value at path (or, for a path inside a value set whole, the one that set it); -1 if none.
    int layerOf(const QString& path) const;
    QString layerLabel(const QString& path) const;
};

MergeResult mergeIstioOperator(const MergeRequest& request);

// What `profile dump` prints: apiVersion and kind of an IstioOperator with the merged spec (no metadata), or,
// with a config path, the subtree of spec at that path (invalid QVariant when the path is not there).
QVariant dumpTree(const QVariant& merged, const QString& configPath = QString());

// Merges overlay onto base like mergeFrom(), keeping provenance: leaves the overlay replaces lose their old
// entries; the overlay's leaves take theirs from overlayProvenance (paths relative to the same root), or
// fallbackLayer when it has none.
void mergeWithProvenance(QVariant& base, QHash<QString, int>& provenance, const QVariant& overlay,
    const QHash<QString, int>& overlayProvenance, int fallbackLayer, const QString& path = QString());

} // namespace meshscope::iop
