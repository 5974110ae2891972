// Unsaved edits kept on disk while they are typed, so that a crash or `kill -9` loses nothing: one JSON file per
// edited resource or file under AppDataLocation/drafts, written atomically (QSaveFile). Drafts never hold a
// Secret's data: a text that is (or contains) a Secret is not kept, and its old draft is removed.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace meshscope::config {

struct Draft
{
    QString key; // "cluster:<context>/<group>/<Kind>/<namespace>/<name>", "file:<path>" or "new:<id>"
    QString title; // "VirtualService bookinfo/reviews"
    QString text; // the edit
    QJsonObject base; // the object the edit started from (for the three-way merge), when it came from a cluster
    QString context; // kubeconfig context of a cluster object
    QString filePath; // of a local file
    QDateTime saved;
};

class DraftStore
{
public:
    // dir: where drafts live; empty = QStandardPaths::AppDataLocation + "/drafts".
    explicit DraftStore(const QString& dir = {});

    QString directory() const { return m_dir; }
    // Writes draft atomically. false and *error when it cannot; false with *error empty when the text holds a
    // Secret (then nothing is kept).
    bool save(const Draft& draft, QString* error = nullptr) const;
    void remove(const QString& key) const;
    std::optional<Draft> load(const QString& key) const;
    QList<Draft> all() const; // newest first; unreadable files are skipped

    // A text that declares a Secret (parsed, or when it does not parse, by its kind line).
    static bool holdsSecret(const QString& text);

private:
    QString pathFor(const QString& key) const;

    QString m_dir;
};

} // namespace meshscope::config
