// The safe apply of an edit session: the server's dry run (with its verdict placed on the text's lines), then
// server-side apply; fields other managers own, changes made under the edit (three-way merge) and Git patches.
#include "models/config/appliedrecords.h"
#include "models/config/editsession.h"
#include "models/config/yamlwriter.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace meshscope::config {

namespace {
// RFC 7386: what turns from into to.
QJsonValue mergePatchBetween(const QJsonValue& from, const QJsonValue& to)
{
    if (!from.isObject() || !to.isObject())
        return to;
    QJsonObject patch;
    const QJsonObject a = from.toObject();
    const QJsonObject b = to.toObject();
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key()))
            patch.insert(it.key(), it.value());
        else if (a.value(it.key()) != it.value())
            patch.insert(it.key(), mergePatchBetween(a.value(it.key()), it.value()));
    }
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    }
    return patch;
}

// The value at a field path as the server names it in a field conflict (".spec.http",
// ".metadata.labels.app.kubernetes.io/name"); nullopt when it cannot be followed (list selectors).
std::optional<QJsonValue> valueAtConflictPath(const QJsonObject& object, const QString& field)
{
    const QString path = field.startsWith(QLatin1Char('.')) ? field.mid(1) : field;
    if (path.isEmpty() || path.contains(QLatin1Char('[')))
        return std::nullopt;
    const QStringList parts = path.split(QLatin1Char('.'));
    QJsonValue current = object;
    for (qsizetype i = 0; i < parts.size();) {
        if (!current.isObject())
            return std::nullopt;
        const QJsonObject map = current.toObject();
        // Keys may hold dots (label and annotation keys): the longest key that is there.
        qsizetype end = parts.size();
        while (end > i && !map.contains(parts.mid(i, end - i).join(QLatin1Char('.'))))
            --end;
        if (end == i)
            return QJsonValue(QJsonValue::Undefined); // not set
        current = map.value(parts.mid(i, end - i).join(QLatin1Char('.')));
        i = end;
    }
    return current;
}
} // namespace

ResourceVerdict EditSession::verdictFor(int index, const ManifestSync::Item& item) const
{
    ResourceVerdict verdict;
    const QList<YamlDocument> documents = parseYamlDocuments(m_text);
    const QList<TextResource> resources = resourcesOf(documents);
    const TextResource* resource = index < resources.size() ? &resources.at(index) : nullptr;
    verdict.documentIndex = resource ? resource->documentIndex : 0;
    verdict.title = titleOf(item.object);
    verdict.warnings = item.result.warnings;
    if (!item.error.isEmpty()) {
        verdict.message = item.error;
        return verdict;
    }
    verdict.ok = item.result.ok();
    verdict.message = verdict.ok ? (item.result.dryRun ? tr("accepted by the server (dry run)") : tr("applied"))
                                 : item.result.message;
    verdict.conflicts = fieldConflicts(item.result);
    QList<StatusCause> causes = statusCauses(item.result.statusBody);
    if (causes.isEmpty() && !verdict.ok) {
        // A webhook's denial names fields in its text: "spec.http[0].route: …; spec.hosts[1]: …".
        static const QRegularExpression field(QStringLiteral("((?:spec|metadata)[A-Za-z0-9_.\\[\\]/-]*): "));
        auto it = field.globalMatch(item.result.message);
        while (it.hasNext())
            causes.append({ it.next().captured(1), QString(), item.result.message });
    }
    for (const StatusCause& cause : causes) {
        DocumentMessage m;
        m.documentIndex = verdict.documentIndex;
        JsonPath path = resource ? resource->path : JsonPath();
        // The parsed path is kept: segments() refers into it.
        const JsonPath causePath
            = JsonPath::parse(cause.field.startsWith(QLatin1Char('.')) ? cause.field.mid(1) : cause.field);
        for (const auto& segment : causePath.segments())
            path = std::holds_alternative<int>(segment) ? path.index(std::get<int>(segment))
                                                        : path.key(std::get<QString>(segment));
        m.position = verdict.documentIndex < documents.size() ? documents.at(verdict.documentIndex).positionOf(path)
                                                              : TextPosition { 1, 1 };
        m.kind = item.object.value(QStringLiteral("kind")).toString();
        m.message.source = ValidationMessage::Source::Schema;
        m.message.path = JsonPath::parse(cause.field);
        m.message.field = cause.field;
        m.message.reason = cause.reason;
        m.message.detail = cause.message;
        verdict.causes.append(m);
    }
    return verdict;
}

void EditSession::runSync(
    ManifestSync::Mode mode, const QList<QJsonObject>& objects, const QString& text, const QStringList& versions)
{
    setBusy(true);
    m_verdicts.clear();
    disconnect(m_sync, &ManifestSync::finished, this, nullptr);
    connect(m_sync, &ManifestSync::finished, this, [this, mode, objects, text] {
        setBusy(false);
        bool ok = true;
        QList<FieldConflict> conflicts;
        for (const ManifestSync::Item& item : m_sync->items()) {
            const ResourceVerdict verdict = verdictFor(item.index, item);
            ok = ok && verdict.ok;
            conflicts += verdict.conflicts;
            m_verdicts.append(verdict);
        }
        if (mode == ManifestSync::Mode::DryRun) {
            const bool onlyConflicts = !ok && !conflicts.isEmpty() && m_verdicts.size() == 1
                && m_sync->items().first().result.outcome == KubeWriteResult::Outcome::Conflict;
            if (onlyConflicts && !m_force && !m_takeOver && m_origin == Origin::Cluster) {
                takeOverReviewedFields(conflicts, objects, text);
                return;
            }
            m_dryRunText = ok ? text : QString();
            if (!conflicts.isEmpty())
                emit ownershipConflict(conflicts);
            if (ok && m_takeOver && !m_verdicts.isEmpty())
                m_verdicts.first().message += QStringLiteral("; ")
                    + tr("applying takes over fields as you reviewed them: %1")
                          .arg(m_takenOver.join(QStringLiteral(", ")));
            emit dryRunFinished(ok);
            return;
        }
        if (!ok) {
            if (!conflicts.isEmpty())
                emit ownershipConflict(conflicts);
            emit applyFailed(m_verdicts.isEmpty() ? tr("Nothing was applied") : [this]() -> QString {
                for (const ResourceVerdict& verdict : std::as_const(m_verdicts)) {
                    if (!verdict.ok)
                        return QString(verdict.title + QStringLiteral(": ") + verdict.message);
                }
                return QString();
            }());
            return;
        }
        const QList<ManifestSync::Item> items = m_sync->items();
        for (const ManifestSync::Item& item : items) {
            if (m_applied)
                m_applied->record(identityKey(item.result.object), editableObject(item.object));
        }
        if (m_origin != Origin::File && items.size() == 1) {
            m_base = items.first().result.object;
            m_live = m_base;
            m_origin = Origin::Cluster;
            m_title = titleOf(m_base);
            emit liveChanged();
        }
        m_savedText = m_text;
        m_dryRunText.clear();
        setModified(false);
        if (m_drafts)
            m_drafts->remove(m_draftKey);
        emit applied();
    });
    m_sync->run(objects, mode, m_force || m_takeOver, versions);
}

// Server-side apply names a conflict for every field another manager also set, even to the value the user saw:
// after `kubectl edit` or `kubectl replace`, any change to a CRD's (atomic) list conflicts. A field whose live value
// is still the one the edit started from was reviewed by the user in the editor and its diff, so it is taken over
// (the write then carries the reviewed resourceVersion: a change made meanwhile turns into a merge, never into a
// silent overwrite). A field changed since, or held by Argo CD, Flux, Helm, Flagger or Argo Rollouts, stays a named
// conflict for the user to decide.
void EditSession::takeOverReviewedFields(
    const QList<FieldConflict>& conflicts, const QList<QJsonObject>& objects, const QString& text)
{
    auto refuse = [this, conflicts] {
        emit ownershipConflict(conflicts);
        emit dryRunFinished(false);
    };
    QString error;
    const auto ref = resolveResource(*m_cluster.discovery, objects.first(), m_cluster.defaultNamespace, &error);
    if (!ref) {
        refuse();
        return;
    }
    setBusy(true);
    auto* client = new ResourceClient(m_cluster.api, m_cluster.writer, this);
    client->fetch(*ref, this, [this, client, conflicts, objects, text, refuse](const ResourceClient::Live& live) {
        client->deleteLater();
        setBusy(false);
        if (!live.found || !live.error.isEmpty()) {
            refuse();
            return;
        }
        QStringList fields;
        for (const FieldConflict& conflict : conflicts) {
            const auto before = valueAtConflictPath(m_base, conflict.field);
            const auto now = valueAtConflictPath(live.object, conflict.field);
            if (!ownerOfFieldManager(conflict.manager).isEmpty() || !before || !now || *before != *now) {
                refuse();
                return;
            }
            fields.append(QStringLiteral("%1 (%2)").arg(conflict.field, conflict.manager));
        }
        m_takeOver = true;
        m_takenOver = fields;
        runSync(ManifestSync::Mode::DryRun, objects, text);
    });
}

void EditSession::setForceConflicts(bool force)
{
    if (m_force == force)
        return;
    m_force = force;
    m_takeOver = false;
    m_dryRunText.clear(); // the verdict was for the other choice
}

void EditSession::dryRun()
{
    if (!m_cluster.connected() || m_cluster.readOnly || m_busy) {
        emit notice(applyBlocker());
        emit dryRunFinished(false);
        return;
    }
    QString error;
    const QList<QJsonObject> objects = editedObjects(&error);
    if (objects.isEmpty()) {
        emit notice(error);
        emit dryRunFinished(false);
        return;
    }
    m_takeOver = false;
    runSync(ManifestSync::Mode::DryRun, objects, m_text);
}

void EditSession::apply()
{
    const QString blocker = applyBlocker();
    if (!blocker.isEmpty()) {
        emit applyFailed(blocker);
        return;
    }
    if (!dryRunPassed()) {
        dryRun(); // the server's verdict comes first; the user applies after seeing it
        return;
    }
    if (m_origin == Origin::File) {
        QString error;
        runSync(ManifestSync::Mode::Apply, editedObjects(&error), m_text);
        return;
    }
    applyAfterLiveCheck();
}

// Before writing one object: was it changed under the edit? Then the edit is merged with what is live now.
void EditSession::applyAfterLiveCheck()
{
    QString error;
    const QList<QJsonObject> objects = editedObjects(&error);
    if (objects.size() != 1) {
        runSync(ManifestSync::Mode::Apply, objects, m_text);
        return;
    }
    const auto ref = resolveResource(*m_cluster.discovery, objects.first(), m_cluster.defaultNamespace, &error);
    if (!ref) {
        emit applyFailed(error);
        return;
    }
    setBusy(true);
    auto* client = new ResourceClient(m_cluster.api, m_cluster.writer, this);
    client->fetch(*ref, this, [this, client, objects](const ResourceClient::Live& live) {
        client->deleteLater();
        setBusy(false);
        if (!live.error.isEmpty()) {
            emit applyFailed(live.error);
            return;
        }
        const QString baseVersion
            = m_base.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString();
        const QString liveVersion = live.object.value(QStringLiteral("metadata"))
                                        .toObject()
                                        .value(QStringLiteral("resourceVersion"))
                                        .toString();
        const bool changedUnderUs = live.found && (m_base.isEmpty() || baseVersion != liveVersion);
        if (!changedUnderUs) {
            // Written only while it is still the version the user reviewed (and the dry run judged).
            runSync(ManifestSync::Mode::Apply, objects, m_text, { live.found ? liveVersion : QString() });
            return;
        }
        m_live = live.object;
        emit liveChanged();
        const MergeResult merge
            = mergeThreeWay(editableObject(m_base), editableObject(live.object), editableObject(objects.first()));
        if (!merge.clean()) {
            emit mergeNeeded(merge);
            return;
        }
        acceptMerge(merge);
        emit notice(tr("%1 changed in the cluster while you edited; %n change(s) of theirs were merged into yours. "
                       "Review the text and apply again.",
            nullptr, merge.autoMergedFromTheirs)
                        .arg(m_title));
    });
}

void EditSession::acceptMerge(const MergeResult& result)
{
    m_base = m_live;
    m_savedText = render(m_base);
    m_text = toYaml(resolveConflicts(result));
    m_dryRunText.clear();
    setModified(m_text != m_savedText);
    emit textReplaced(m_text);
    startValidation();
    if (m_modified)
        m_draftTimer.start();
}

QString EditSession::mergePatch(QString* error) const
{
    const QList<QJsonObject> objects = editedObjects(error);
    if (objects.size() != 1)
        return {};
    const QJsonValue patch
        = mergePatchBetween(editableObject(m_live.isEmpty() ? m_base : m_live), editableObject(objects.first()));
    return QString::fromUtf8(QJsonDocument(patch.toObject()).toJson(QJsonDocument::Indented));
}

} // namespace meshscope::config
