#include "iopmerge.h"

#include "iopbuiltins.h"
#include "ioptree.h"

#include <QCoreApplication>

namespace meshscope::iop {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::iop::IopMerge)
};

// istioctl keeps these as text even when they look like numbers (a tag "1.20" must not become 1.2).
bool isAlwaysString(const QString& specPath)
{
    static const QStringList prefixes
        = { QStringLiteral("spec.values.compatibilityVersion"), QStringLiteral("spec.tag"),
              QStringLiteral("spec.values.global.tag"), QStringLiteral("spec.meshConfig.defaultConfig.proxyMetadata."),
              QStringLiteral("spec.values.meshConfig.defaultConfig.proxyMetadata."),
              QStringLiteral("spec.compatibilityVersion") };
    for (const QString& prefix : prefixes) {
        if (specPath.startsWith(prefix))
            return true;
    }
    return false;
}

bool isUnder(const QString& candidate, const QString& path)
{
    if (path.isEmpty())
        return true;
    if (!candidate.startsWith(path))
        return false;
    if (candidate.size() == path.size())
        return true;
    const QChar next = candidate.at(path.size());
    return next == u'.' || next == u'[';
}

void clearUnder(QHash<QString, int>& provenance, const QString& path)
{
    for (auto it = provenance.begin(); it != provenance.end();) {
        if (isUnder(it.key(), path))
            it = provenance.erase(it);
        else
            ++it;
    }
}

void stamp(const QVariant& value, const QString& path, int layer, QHash<QString, int>& provenance)
{
    for (const QString& leaf : leafPaths(value, path))
        provenance.insert(leaf, layer);
}

// The path as indices only (selectors resolved, appended items at their index), after the value was set.
QString canonicalPath(const QVariant& root, const QString& path)
{
    QList<PathSegment> segments;
    if (!parsePath(path, &segments))
        return path;
    QVariant node = root;
    QString canonical;
    for (const PathSegment& segment : std::as_const(segments)) {
        if (segment.kind == PathSegment::Key) {
            canonical = joinKey(canonical, segment.key);
            node = isMap(node) ? node.toMap().value(segment.key) : QVariant();
            continue;
        }
        const QVariantList list = isList(node) ? node.toList() : QVariantList();
        int index = segment.index;
        if (segment.kind == PathSegment::Select) {
            index = -1;
            for (int i = 0; i < list.size(); ++i) {
                if (isMap(list.at(i)) && list.at(i).toMap().value(segment.key).toString() == segment.value) {
                    index = i;
                    break;
                }
            }
        } else if (index < 0 || index >= list.size()) {
            index = int(list.size()) - 1;
        }
        canonical = joinIndex(canonical, qMax(index, 0));
        node = index >= 0 && index < list.size() ? list.at(index) : QVariant();
    }
    return canonical;
}

} // namespace

IopFile readIopFile(const QString& name, const QByteArray& text)
{
    IopFile file;
    file.name = name;
    const YamlParse parsed = parseYaml(text);
    if (!parsed.ok()) {
        file.error = parsed.errorLine > 0
            ? Tr::tr("unable to parse file %1: line %2: %3").arg(name).arg(parsed.errorLine).arg(parsed.error)
            : Tr::tr("unable to parse file %1: %2").arg(name, parsed.error);
        file.errorLine = parsed.errorLine;
        return file;
    }
    if (parsed.nonEmptyDocuments() > 1) {
        file.error = Tr::tr("%1 contains multiple IstioOperator CRs, only one per file is supported").arg(name);
        int second = 0;
        for (const YamlDocument& document : parsed.documents) {
            if (!isNull(document.root) && ++second == 2)
                file.errorLine = document.line;
        }
        return file;
    }
    for (const YamlDocument& document : parsed.documents) {
        if (!isNull(document.root)) {
            file.document = document;
            break;
        }
    }
    if (isNull(file.document.root)) {
        file.tree = QVariantMap();
        return file;
    }
    if (!isMap(file.document.root)) {
        file.error = Tr::tr("%1 is not an IstioOperator: expected a YAML mapping").arg(name);
        file.errorLine = file.document.line;
        return file;
    }
    file.tree = file.document.root;
    return file;
}

int MergeResult::layerOf(const QString& path) const
{
    const auto exact = provenance.constFind(path);
    if (exact != provenance.cend())
        return exact.value();
    // A map or list: the layer of its leaves when they agree.
    int found = -1;
    for (auto it = provenance.cbegin(); it != provenance.cend(); ++it) {
        if (!isUnder(it.key(), path))
            continue;
        if (found >= 0 && found != it.value())
            return -1;
        found = it.value();
    }
    if (found >= 0)
        return found;
    // Inside a value that was set whole (e.g. a leaf of a list): the nearest ancestor that has an entry.
    QString ancestor = path;
    while (!ancestor.isEmpty()) {
        const qsizetype cut = qMax(ancestor.lastIndexOf(u'.'), ancestor.lastIndexOf(u'['));
        if (cut <= 0)
            break;
        ancestor = ancestor.left(cut);
        const auto it = provenance.constFind(ancestor);
        if (it != provenance.cend())
            return it.value();
    }
    return -1;
}

QString MergeResult::layerLabel(const QString& path) const
{
    const int layer = layerOf(path);
    return layer >= 0 && layer < layers.size() ? layers.at(layer).label : QString();
}

void mergeWithProvenance(QVariant& base, QHash<QString, int>& provenance, const QVariant& overlay,
    const QHash<QString, int>& overlayProvenance, int fallbackLayer, const QString& path)
{
    const auto replace = [&](QVariant& target, const QVariant& value, const QString& at) {
        clearUnder(provenance, at);
        target = value;
        for (const QString& leaf : leafPaths(value, at))
            provenance.insert(leaf, overlayProvenance.value(leaf, fallbackLayer));
    };
    if (!isMap(base) || !isMap(overlay)) {
        replace(base, overlay, path);
        return;
    }
    QVariantMap merged = base.toMap();
    const QVariantMap top = overlay.toMap();
    for (auto it = top.cbegin(); it != top.cend(); ++it) {
        const QString childPath = joinKey(path, it.key());
        QVariant child = merged.value(it.key());
        if (merged.contains(it.key()) && isMap(child) && isMap(it.value()))
            mergeWithProvenance(child, provenance, it.value(), overlayProvenance, fallbackLayer, childPath);
        else
            replace(child, it.value(), childPath);
        merged.insert(it.key(), child);
    }
    base = merged;
}

MergeResult mergeIstioOperator(const MergeRequest& request)
{
    MergeResult result;

    // The user's configuration first (files, then --set), since the profile to start from is only known then.
    QVariant user = QVariantMap { { QStringLiteral("apiVersion"), QStringLiteral("install.istio.io/v1alpha1") },
        { QStringLiteral("kind"), QStringLiteral("IstioOperator") }, { QStringLiteral("metadata"), QVariantMap() },
        { QStringLiteral("spec"), QVariantMap() } };
    QHash<QString, int> userProvenance;

    // Layer indices: 0 chart defaults (optional), then default profile, profile, files, flags.
    if (request.withChartDefaults)
        result.layers.append({ IopLayer::ChartDefaults, Tr::tr("chart defaults") });
    const int defaultLayer = int(result.layers.size());
    result.layers.append({ IopLayer::DefaultProfile, Tr::tr("default profile") });
    const int profileLayer = int(result.layers.size());
    result.layers.append({ IopLayer::Profile, QString() }); // labelled once the profile is known

    for (const IopFile& file : request.files) {
        if (!file.error.isEmpty()) {
            result.errors << file.error;
            continue;
        }
        const int layer = int(result.layers.size());
        result.layers.append({ IopLayer::File, file.name });
        QVariantMap tree = file.tree.toMap();
        // istioctl's allowance for a bare `spec:` line: a null spec means "nothing here", not "clear spec".
        if (tree.contains(QStringLiteral("spec")) && isNull(tree.value(QStringLiteral("spec"))))
            tree.remove(QStringLiteral("spec"));
        mergeWithProvenance(user, userProvenance, tree, {}, layer);
    }

    QStringList flags = request.setFlags;
    if (!request.profile.isEmpty())
        flags.prepend(QStringLiteral("profile=") + request.profile);
    for (const QString& flag : std::as_const(flags)) {
        const qsizetype equals = flag.indexOf(u'=');
        const QString path = (equals < 0 ? flag : flag.left(equals)).trimmed();
        const QString text = equals < 0 ? QString() : flag.mid(equals + 1).trimmed();
        const QString specPath = QStringLiteral("spec.") + path;
        const QVariant value = isAlwaysString(specPath) ? QVariant(text) : parseSetValue(text);
        QString error;
        QVariant updated = user;
        if (path.isEmpty() || !setValueAt(updated, specPath, value, &error)) {
            result.errors << Tr::tr("--set %1: %2").arg(flag, error.isEmpty() ? Tr::tr("no path") : error);
            continue;
        }
        const int layer = int(result.layers.size());
        result.layers.append({ IopLayer::SetFlag, QStringLiteral("--set ") + flag });
        const QString canonical = canonicalPath(updated, specPath);
        clearUnder(userProvenance, canonical);
        stamp(valueAt(updated, canonical), canonical, layer, userProvenance);
        user = updated;
    }

    const QVariant requested = valueAt(user, QStringLiteral("spec.profile"));
    QString profile = requested.typeId() == QMetaType::QString ? requested.toString() : QString();
    if (profile.isEmpty())
        profile = QStringLiteral("default");
    result.profile = profile;
    result.layers[profileLayer].label = Tr::tr("%1 profile").arg(profile);
    if (!isProfileName(profile)) {
        result.errors << Tr::tr("profile \"%1\" not found (the profiles are %2)")
                             .arg(profile, profileNames().join(QStringLiteral(", ")));
        return result;
    }
    if (!valueAt(user, QStringLiteral("spec.installPackagePath")).toString().isEmpty())
        result.warnings << Tr::tr("spec.installPackagePath is not read: the built-in profiles are used");

    QVariant base = QVariantMap();
    if (request.withChartDefaults) {
        const QVariant charts
            = QVariantMap { { QStringLiteral("spec"), QVariantMap { { QStringLiteral("values"), chartDefaults() } } } };
        mergeWithProvenance(base, result.provenance, charts, {}, 0);
    }
    mergeWithProvenance(base, result.provenance, profileOverlay(QStringLiteral("default")), {}, defaultLayer);
    if (profile != QStringLiteral("default"))
        mergeWithProvenance(base, result.provenance, profileOverlay(profile), {}, profileLayer);
    mergeWithProvenance(base, result.provenance, user, userProvenance, profileLayer);

    // Keys the user tree starts with (apiVersion, kind, empty metadata/spec) are not the user's doing.
    for (const QString& key : { QStringLiteral("apiVersion"), QStringLiteral("kind") }) {
        if (!userProvenance.contains(key))
            result.provenance.insert(key, defaultLayer);
    }
    result.merged = base;
    return result;
}

QVariant dumpTree(const QVariant& merged, const QString& configPath)
{
    const QVariant spec = valueAt(merged, QStringLiteral("spec"));
    if (!configPath.isEmpty())
        return valueAt(spec, configPath);
    return QVariantMap { { QStringLiteral("apiVersion"), QStringLiteral("install.istio.io/v1alpha1") },
        { QStringLiteral("kind"), QStringLiteral("IstioOperator") },
        { QStringLiteral("spec"), isNull(spec) ? QVariant(QVariantMap()) : spec } };
}

} // namespace meshscope::iop
