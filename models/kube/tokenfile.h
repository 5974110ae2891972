#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace meshscope {

// A kubeconfig user's tokenFile, re-read whenever the file changes, as client-go does: projected service-account
// tokens and rotating CI tokens are rewritten in place while a session runs. If the file is briefly missing or
// empty during a rotation the last token stays in use. Never logs the token.
class TokenFile
{
public:
    TokenFile() = default;
    TokenFile(const QString& path, const QByteArray& token);

    bool isSet() const { return !m_path.isEmpty(); }
    QByteArray token(); // re-reads the file if its modification time or size changed
    void invalidate() { m_size = -1; } // after a 401: read it again next time whatever the file looks like

private:
    QString m_path;
    QByteArray m_token;
    QDateTime m_modified;
    qint64 m_size = -1;
};

} // namespace meshscope
