#include "models/config/editsession.h"

#include "models/config/appliedrecords.h"
#include "models/config/yamlwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace meshscope::config {

namespace {
// live restricted to what applied declares: the current values of the fields Meshscope sent.
QJsonValue project(const QJsonValue& live, const QJsonValue& applied)
{
    if (live.isObject() && applied.isObject()) {
        QJsonObject out;
        const QJsonObject l = live.toObject();
        const QJsonObject a = applied.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (l.contains(it.key()))
                out.insert(it.key(), project(l.value(it.key()), it.value()));
        }
        return out;
    }
    if (live.isArray() && applied.isArray() && live.toArray().size() == applied.toArray().size()) {
        QJsonArray out;
        for (int i = 0; i < live.toArray().size(); ++i)
            out.append(project(live.toArray().at(i), applied.toArray().at(i)));
        return out;
    }
    return live;
}

} // namespace

QString EditSession::titleOf(const QJsonObject& object)
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    const QString ns = metadata.value(QStringLiteral("namespace")).toString();
    const QString name = metadata.value(QStringLiteral("name")).toString();
    return object.value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
        + (ns.isEmpty() ? name : ns + QLatin1Char('/') + name);
}

EditSession::EditSession(DraftStore* drafts, AppliedRecords* applied, QObject* parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_applied(applied)
    , m_schemas(SchemaSet::builtIn())
{
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(250);
    connect(&m_validateTimer, &QTimer::timeout, this, &EditSession::startValidation);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &EditSession::saveDraft);
}

EditSession::~EditSession()
{
    // A pending draft is written now: closing (or crashing later) must not lose the last keystrokes.
    // Nobody listens any more: views of this session may be half destroyed.
    blockSignals(true);
    if (m_draftTimer.isActive() && m_modified)
        saveDraft();
}

void EditSession::setCluster(const ClusterAccess& access)
{
    m_cluster = access;
    delete m_sync;
    m_sync = nullptr;
    if (access.connected()) {
        m_sync = new ManifestSync(access.api, access.discovery, access.writer, access.defaultNamespace, this);
        connect(m_sync, &ManifestSync::finished, this, [this] { setBusy(false); });
    }
}

void EditSession::setSchemas(std::shared_ptr<const SchemaSet> schemas)
{
    m_schemas = schemas ? std::move(schemas) : SchemaSet::builtIn();
    startValidation();
}

QString EditSession::schemaOrigin() const
{
    return m_schemas->describeOrigin();
}

void EditSession::setExtraChecks(std::function<QList<ValidationMessage>(const QJsonObject&)> checks)
{
    m_extraChecks = std::move(checks);
}

QString EditSession::render(const QJsonObject& object) const
{
    return toYaml(m_hideServerFields ? editableObject(object, false) : object);
}

void EditSession::reset(Origin origin, const QString& title, const QString& text)
{
    m_origin = origin;
    m_title = title;
    m_savedText = text;
    m_text = text;
    m_verdicts.clear();
    m_dryRunText.clear();
    setModified(false);
    emit textReplaced(text);
    startValidation();
}

void EditSession::openObject(const QJsonObject& live)
{
    m_base = live;
    m_live = live;
    m_filePath.clear();
    const QJsonObject metadata = live.value(QStringLiteral("metadata")).toObject();
    const QString apiVersion = live.value(QStringLiteral("apiVersion")).toString();
    m_draftKey = QStringLiteral("cluster:")
        + AppliedRecords::keyFor(m_cluster.context,
            apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 0, 0) : QString(),
            live.value(QStringLiteral("kind")).toString(), metadata.value(QStringLiteral("namespace")).toString(),
            metadata.value(QStringLiteral("name")).toString());
    reset(Origin::Cluster, titleOf(live), render(live));
}

void EditSession::openNew(const QString& text, const QString& title)
{
    m_base = {};
    m_live = {};
    m_filePath.clear();
    static int counter = 0;
    m_draftKey = QStringLiteral("new:%1:%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    reset(Origin::New, title, text);
    setModified(true); // nothing saved yet: closing asks
    m_draftTimer.start();
}

bool EditSession::openFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    m_base = {};
    m_live = {};
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_draftKey = QStringLiteral("file:") + m_filePath;
    reset(Origin::File, QFileInfo(path).fileName(), QString::fromUtf8(file.readAll()));
    return true;
}

void EditSession::restoreDraft(const Draft& draft)
{
    m_draftKey = draft.key;
    m_base = draft.base;
    m_live = draft.base;
    m_filePath = draft.filePath;
    m_cluster.context = draft.context.isEmpty() ? m_cluster.context : draft.context;
    const Origin origin = draft.key.startsWith(QLatin1String("file:")) ? Origin::File
        : draft.key.startsWith(QLatin1String("new:"))                  ? Origin::New
                                                                       : Origin::Cluster;
    const QString saved = origin == Origin::File ? [&] {
        QFile file(draft.filePath);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }()
        : origin == Origin::Cluster ? render(draft.base)
                                    : QString();
    reset(origin, draft.title, saved);
    m_text = draft.text;
    setModified(m_text != m_savedText);
    emit textReplaced(m_text);
    startValidation();
}

std::optional<OwnershipNotice> EditSession::ownership() const
{
    return ownershipNotice(m_live.isEmpty() ? m_base : m_live);
}

void EditSession::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setModified(m_text != m_savedText);
    m_validateTimer.start();
    if (m_modified)
        m_draftTimer.start();
    else if (m_drafts)
        m_drafts->remove(m_draftKey);
}

void EditSession::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

bool EditSession::setHideServerFields(bool hide, QString* error)
{
    if (hide == m_hideServerFields)
        return true;
    if (m_origin != Origin::Cluster) {
        m_hideServerFields = hide; // nothing of the server's in a file or a new object to show or hide
        return true;
    }
    const YamlDocument document = parseYamlDocument(m_text);
    if (!document.ok() || !document.isObject()) {
        *error = tr("Fix the YAML first: %1").arg(document.ok() ? tr("the text is not one object") : document.error);
        return false;
    }
    QJsonObject object = document.object();
    if (!hide) {
        // Put back what the server set, as it is live.
        const QJsonObject source = m_live.isEmpty() ? m_base : m_live;
        QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        const QJsonObject sourceMetadata = source.value(QStringLiteral("metadata")).toObject();
        for (const char* field : { "managedFields", "resourceVersion", "uid", "generation", "creationTimestamp" }) {
            if (sourceMetadata.contains(QLatin1String(field)))
                metadata.insert(QLatin1String(field), sourceMetadata.value(QLatin1String(field)));
        }
        object.insert(QStringLiteral("metadata"), metadata);
        if (source.contains(QStringLiteral("status")))
            object.insert(QStringLiteral("status"), source.value(QStringLiteral("status")));
    }
    m_hideServerFields = hide;
    const bool wasModified = m_modified;
    m_savedText = render(m_base);
    m_text = render(object);
    setModified(wasModified && m_text != m_savedText);
    emit textReplaced(m_text);
    startValidation();
    return true;
}

void EditSession::validateNow()
{
    m_validateTimer.stop();
    startValidation();
}

bool EditSession::isValidating() const
{
    return m_validateTimer.isActive() || m_jobs.isBusy(QStringLiteral("validate"));
}

void EditSession::startValidation()
{
    m_validateTimer.stop();
    const QString text = m_text;
    const std::shared_ptr<const SchemaSet> schemas = m_schemas;
    const auto extra = m_extraChecks;
    const JobTracker::Ticket ticket = m_jobs.start(QStringLiteral("validate"));
    // The application is the continuation's context: the session may be closed before the work ends, and the
    // tracker's guard (it dies with the session) drops the result then.
    runInBackground(
        QCoreApplication::instance(),
        [text, schemas, extra] {
            ValidationOptions options;
            options.requireName = true;
            TextValidation result = validateText(text, *schemas, options);
            if (extra) {
                for (const TextResource& resource : resourcesOf(result.documents)) {
                    const YamlDocument& document = result.documents.at(resource.documentIndex);
                    for (const ValidationMessage& message : extra(resource.object)) {
                        DocumentMessage m;
                        m.documentIndex = resource.documentIndex;
                        m.position = document.positionOf(message.path);
                        m.kind = resource.object.value(QStringLiteral("kind")).toString();
                        m.message = message;
                        result.messages.append(m);
                    }
                }
            }
            return result;
        },
        m_jobs.guard(ticket, [this, ticket](const TextValidation& result) {
            m_jobs.finish(ticket);
            m_validation = result;
            emit validated();
        }));
}

void EditSession::saveDraft()
{
    m_draftTimer.stop();
    if (!m_drafts || !m_modified)
        return;
    Draft draft { m_draftKey, m_title, m_text, m_base, m_cluster.context, m_filePath, {} };
    QString error;
    if (m_drafts->save(draft, &error))
        emit draftSaved();
    else if (!error.isEmpty())
        emit notice(tr("The draft could not be kept: %1").arg(error));
}

QList<QJsonObject> EditSession::editedObjects(QString* error) const
{
    QList<QJsonObject> objects;
    const QList<YamlDocument> documents = parseYamlDocuments(m_text);
    for (const YamlDocument& document : documents) {
        if (!document.ok()) {
            *error = tr("Line %1: %2").arg(document.errorPosition.line).arg(document.error);
            return {};
        }
    }
    for (const TextResource& resource : resourcesOf(documents))
        objects.append(resource.object);
    if (objects.isEmpty())
        *error = tr("There is no resource in the text");
    return objects;
}

std::optional<textdiff::LineDiff> EditSession::diffEditedVsLive(QString* error) const
{
    const QList<QJsonObject> objects = editedObjects(error);
    if (objects.isEmpty())
        return std::nullopt;
    if (objects.size() != 1 || m_origin == Origin::File) {
        *error = tr("A file with several resources is compared with the cluster by a server dry run (Dry run)");
        return std::nullopt;
    }
    const QString live = m_live.isEmpty() ? QString() : toYaml(editableObject(m_live, !m_hideServerFields));
    return textdiff::diffTexts(live, toYaml(editableObject(objects.first(), !m_hideServerFields)));
}

std::optional<textdiff::LineDiff> EditSession::diffLiveVsLastApplied(QString* error) const
{
    if (!m_applied || m_live.isEmpty()) {
        *error = tr("This object is not in the cluster");
        return std::nullopt;
    }
    const std::optional<QJsonObject> applied = m_applied->lastApplied(identityKey(m_live));
    if (!applied) {
        *error = tr("Meshscope has not applied this object from here yet");
        return std::nullopt;
    }
    return textdiff::diffTexts(toYaml(*applied), toYaml(project(editableObject(m_live), *applied)));
}

QString EditSession::identityKey(const QJsonObject& object) const
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    const QString apiVersion = object.value(QStringLiteral("apiVersion")).toString();
    return AppliedRecords::keyFor(m_cluster.context,
        apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 0, 0) : QString(),
        object.value(QStringLiteral("kind")).toString(),
        metadata.value(QStringLiteral("namespace")).toString(m_cluster.defaultNamespace),
        metadata.value(QStringLiteral("name")).toString());
}

QString EditSession::applyBlocker() const
{
    if (!m_cluster.connected())
        return tr("Not connected to a cluster");
    if (m_cluster.readOnly)
        return m_cluster.readOnlyReason.isEmpty() ? tr("Your account may not change Istio resources (read-only)")
                                                  : m_cluster.readOnlyReason;
    if (m_busy)
        return tr("Waiting for the server");
    const auto errors
        = std::count_if(m_validation.messages.cbegin(), m_validation.messages.cend(), [](const DocumentMessage& m) {
              return m.message.isError() && m.message.source != ValidationMessage::Source::Analysis;
          });
    if (errors > 0)
        return tr("Fix the %n error(s) first", nullptr, int(errors));
    return {};
}

bool EditSession::dryRunPassed() const
{
    return !m_dryRunText.isEmpty() && m_dryRunText == m_text;
}

void EditSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void EditSession::refreshLive()
{
    if (!m_cluster.connected() || m_origin == Origin::File || (m_base.isEmpty() && m_live.isEmpty()))
        return;
    QString error;
    const QJsonObject object = m_live.isEmpty() ? m_base : m_live;
    const auto ref = resolveResource(*m_cluster.discovery, object, m_cluster.defaultNamespace, &error);
    if (!ref)
        return;
    auto* client = new ResourceClient(m_cluster.api, m_cluster.writer, this);
    client->fetch(*ref, this, [this, client](const ResourceClient::Live& live) {
        client->deleteLater();
        if (live.found) {
            m_live = live.object;
            emit liveChanged();
        }
    });
}

bool EditSession::saveToFile(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_text.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    if (m_origin == Origin::File || m_origin == Origin::New) {
        if (m_drafts)
            m_drafts->remove(m_draftKey);
        m_origin = Origin::File;
        m_filePath = QFileInfo(path).absoluteFilePath();
        m_draftKey = QStringLiteral("file:") + m_filePath;
        m_title = QFileInfo(path).fileName();
        m_savedText = m_text;
        setModified(false);
    }
    return true;
}

void EditSession::discard()
{
    m_draftTimer.stop();
    if (m_drafts)
        m_drafts->remove(m_draftKey);
    setModified(false);
}

} // namespace meshscope::config
