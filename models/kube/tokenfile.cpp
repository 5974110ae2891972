#include "tokenfile.h"

#include <QFile>
#include <QFileInfo>

namespace meshscope {

TokenFile::TokenFile(const QString& path, const QByteArray& token)
    : m_path(path)
    , m_token(token)
{
    const QFileInfo info(path);
    m_modified = info.lastModified();
    m_size = info.size();
}

QByteArray TokenFile::token()
{
    if (m_path.isEmpty())
        return m_token;
    const QFileInfo info(m_path);
    if (!info.exists() || (info.lastModified() == m_modified && info.size() == m_size))
        return m_token;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return m_token;
    const QByteArray fresh = file.readAll().trimmed();
    if (fresh.isEmpty())
        return m_token; // being rewritten: try again next time (size stays unknown)
    m_token = fresh;
    m_modified = info.lastModified();
    m_size = info.size();
    return m_token;
}

} // namespace meshscope
