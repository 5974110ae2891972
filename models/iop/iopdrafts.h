// Unsaved IstioOperator edits kept on disk as they are typed, so that a crash or `kill -9` loses nothing: one
// JSON file per editor under a directory of their own (AppDataLocation/iop-drafts), written atomically with
// QSaveFile. A text that declares a Secret is never kept.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

class QLockFile;

namespace meshscope::iop {

struct IopDraft
{
    QString key; // one per editor; also the file name
    QString filePath; // the file being edited, when there is one
    QString origin; // where an unsaved text came from ("istio-system/installed-state (cluster)")
    QString text; // the edit
    QDateTime saved;
};

class IopDraftStore
{
public:
    explicit IopDraftStore(const QString& directory = defaultDirectory());
    static QString defaultDirectory();
    static QString newKey();

    QString directory() const { return m_directory; }
    // Writes atomically; false with *error when it cannot (or, *error empty, when the text holds a Secret).
    bool save(const IopDraft& draft, QString* error = nullptr) const;
    void remove(const QString& key) const;
    QList<IopDraft> all() const; // newest first; unreadable files are skipped

    // An editor holds its draft's lock while it is open, so that another running Meshscope does not offer that
    // draft for recovery; a crashed process's lock is stale and no longer counts. Null when it cannot lock.
    std::unique_ptr<QLockFile> lock(const QString& key) const;
    bool isInUse(const QString& key) const;

    static bool holdsSecret(const QString& text);

private:
    QString pathFor(const QString& key) const;

    QString m_directory;
};

} // namespace meshscope::iop
