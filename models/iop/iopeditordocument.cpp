#include "iopeditordocument.h"

#include "iopbuiltins.h"
#include "iopsail.h"
#include "ioptextedit.h"
#include "ioptree.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

namespace meshscope::iop {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::iop::IopEditorDocument)
};

constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

} // namespace

int IopAnalysis::errorCount() const
{
    return int(
        std::count_if(issues.cbegin(), issues.cend(), [](const IopIssue& i) { return i.severity == IopIssue::Error; }));
}

int IopAnalysis::warningCount() const
{
    return int(issues.size()) - errorCount();
}

int IopAnalysis::lineOf(const QString& path) const
{
    QString candidate = path;
    while (!candidate.isEmpty()) {
        const int line = file.document.lines.value(candidate);
        if (line > 0)
            return line;
        qsizetype cut = -1;
        for (qsizetype i = candidate.size() - 1; i > 0; --i) {
            if (candidate.at(i) == u'[' || (candidate.at(i) == u'.' && candidate.at(i - 1) != u'\\')) {
                cut = i;
                break;
            }
        }
        if (cut < 0)
            break;
        candidate = candidate.left(cut);
    }
    return 0;
}

IopAnalysis analyseIstioOperator(const QString& name, const QString& text, const QStringList& setFlags)
{
    IopAnalysis analysis;
    analysis.file = readIopFile(name, text.toUtf8());
    if (!analysis.file.error.isEmpty()) {
        analysis.issues.append({ IopIssue::Error, QString(), analysis.file.error });
        return analysis;
    }
    if (isSailIstio(analysis.file.tree)) {
        analysis.sail = analysis.file.tree;
        const Conversion conversion = sailToIop(analysis.sail);
        analysis.file.tree = conversion.tree;
        analysis.issues.append({ IopIssue::Warning, QString(),
            Tr::tr("A Sail operator Istio resource: the views show the IstioOperator it corresponds to (see the Sail "
                   "tab); the form edits IstioOperator files only.") });
    }
    MergeRequest request;
    request.files << analysis.file;
    request.setFlags = setFlags;
    request.withChartDefaults = true;
    analysis.merge = mergeIstioOperator(request);
    // An unknown profile is the file's spec.profile (unless a --set chose it): mark that line.
    const bool unknownProfile = !isProfileName(analysis.merge.profile);
    for (const QString& error : std::as_const(analysis.merge.errors))
        analysis.issues.append({ IopIssue::Error,
            unknownProfile && !error.startsWith(QStringLiteral("--set")) ? QStringLiteral("spec.profile") : QString(),
            error });
    for (const QString& warning : std::as_const(analysis.merge.warnings))
        analysis.issues.append({ IopIssue::Warning, QString(), warning });
    if (analysis.merge.ok()) {
        // istioctl validates what the user gave over the profiles, not the chart defaults beneath them.
        MergeRequest plain = request;
        plain.withChartDefaults = false;
        analysis.issues += validateIstioOperator(mergeIstioOperator(plain).merged);
    }
    return analysis;
}

IopEditorDocument::IopEditorDocument(QObject* parent)
    : QObject(parent)
{
    schedule();
}

IopEditorDocument::~IopEditorDocument() = default;

QString IopEditorDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_origin.isEmpty() ? Tr::tr("Untitled") : m_origin;
}

void IopEditorDocument::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    ++m_revision;
    noteChange();
    schedule();
}

void IopEditorDocument::replaceText(const QString& text)
{
    if (text == m_text)
        return;
    setText(text);
    emit textReplaced(m_text);
}

void IopEditorDocument::setSetFlags(const QStringList& flags)
{
    m_setFlags = flags;
    ++m_revision;
    schedule();
}

bool IopEditorDocument::setValue(const QString& path, const QVariant& value, QString* error)
{
    const TextEdit edit = setYamlValue(m_text, path, value);
    if (!edit.ok) {
        if (error)
            *error = edit.error;
        return false;
    }
    if (edit.rewritten)
        emit notice(
            Tr::tr("The YAML was written anew to change %1: its comments and key order were not kept.").arg(path));
    replaceText(edit.text);
    return true;
}

QVariant IopEditorDocument::fileValue(const QString& path) const
{
    return valueAt(m_analysis.file.tree, path);
}

QVariant IopEditorDocument::effectiveValue(const QString& path) const
{
    return valueAt(m_analysis.merge.merged, path);
}

void IopEditorDocument::newDocument(const QString& text)
{
    m_filePath.clear();
    m_origin.clear();
    m_savedText = text;
    emit filePathChanged();
    replaceText(text);
    noteChange();
}

bool IopEditorDocument::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        if (error)
            *error = Tr::tr("%1 is too large for an IstioOperator file (%2 MB)")
                         .arg(path)
                         .arg(file.size() / (1024 * 1024));
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_origin.clear();
    m_savedText = text;
    emit filePathChanged();
    replaceText(text);
    noteChange();
    return true;
}

bool IopEditorDocument::save(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(m_text.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_origin.clear();
    m_savedText = m_text;
    emit filePathChanged();
    noteChange();
    return true;
}

void IopEditorDocument::setUnsavedText(const QString& text, const QString& origin)
{
    m_filePath.clear();
    m_origin = origin;
    m_savedText.clear();
    emit filePathChanged();
    replaceText(text);
    noteChange();
}

void IopEditorDocument::noteChange()
{
    if (m_wasModified != isModified()) {
        m_wasModified = isModified();
        emit modifiedChanged(m_wasModified);
    }
    if (!m_drafts)
        return;
    if (!isModified()) {
        m_drafts->remove(m_draftKey);
        return;
    }
    QString error;
    if (m_drafts->save({ m_draftKey, m_filePath, m_origin, m_text, {} }, &error) || error.isEmpty()) {
        m_draftError.clear();
    } else if (error != m_draftError) {
        m_draftError = error; // said once, not at every keystroke
        emit notice(error);
    }
}

void IopEditorDocument::keepDrafts(const QString& directory)
{
    m_drafts.emplace(directory);
    if (m_draftKey.isEmpty())
        m_draftKey = IopDraftStore::newKey();
    m_draftLock = m_drafts->lock(m_draftKey);
    noteChange();
}

void IopEditorDocument::restoreDraft(const IopDraft& draft)
{
    // No draft writes while the file is loaded under the draft: the draft on disk stays until its text is back.
    std::optional<IopDraftStore> drafts = std::move(m_drafts);
    m_drafts.reset();
    if (!draft.filePath.isEmpty() && QFileInfo::exists(draft.filePath) && load(draft.filePath))
        replaceText(draft.text);
    else
        setUnsavedText(draft.text,
            draft.origin.isEmpty() ? (draft.filePath.isEmpty() ? Tr::tr("Recovered draft") : draft.filePath)
                                   : draft.origin);
    m_drafts = std::move(drafts);
    if (m_drafts) {
        m_drafts->remove(m_draftKey);
        m_draftKey = draft.key;
        m_draftLock = m_drafts->lock(m_draftKey);
    }
    noteChange();
}

void IopEditorDocument::discardDraft()
{
    if (m_drafts)
        m_drafts->remove(m_draftKey);
}

void IopEditorDocument::schedule()
{
    const QString name = displayName();
    const QString text = m_text;
    const QStringList flags = m_setFlags;
    const quint64 revision = m_revision;
    // The application, not this object, is the context: Qt 6.4's QFuture::then asserts when its context dies
    // before the work ends; the job tracker (a member) already drops results that arrive after we are gone.
    m_analysisTicket = m_jobs.run(
        QCoreApplication::instance(), QStringLiteral("analyse"),
        [name, text, flags, revision] {
            IopAnalysis analysis = analyseIstioOperator(name, text, flags);
            analysis.revision = revision;
            return analysis;
        },
        [this](IopAnalysis analysis) {
            m_analysis = std::move(analysis);
            m_jobs.finish(m_analysisTicket);
            emit analysed();
        });
}

} // namespace meshscope::iop
