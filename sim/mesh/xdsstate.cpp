#include "xdsstate.h"

#include <QCryptographicHash>

namespace meshscope::sim {

QString XdsState::Push::versionInfo() const
{
    return time.toString(Qt::ISODate) + QLatin1Char('/') + QString::number(version);
}

QString XdsState::Push::lastUpdated() const
{
    return time.toString(Qt::ISODateWithMs);
}

const XdsState::Push& XdsState::current(const std::shared_ptr<const MeshTopology>& topology)
{
    if (m_changed || !m_current.topology) {
        m_changed = false;
        ++m_current.version;
        m_current.time = QDateTime::currentDateTimeUtc();
    }
    m_current.topology = topology; // pods may have changed without a config push
    return m_current;
}

XdsState::Push XdsState::pushOf(const QString& proxy, const std::shared_ptr<const MeshTopology>& topology)
{
    const auto it = m_stale.constFind(proxy);
    return it != m_stale.constEnd() ? it.value() : current(topology);
}

void XdsState::markStale(const QString& proxy, const std::shared_ptr<const MeshTopology>& topology)
{
    if (m_stale.contains(proxy))
        return;
    m_stale.insert(proxy, current(topology));
    // The config moves on without this proxy: the next read is a newer push it has not acknowledged.
    m_changed = true;
}

QStringList XdsState::staleProxies() const
{
    QStringList proxies = m_stale.keys();
    proxies.sort();
    return proxies;
}

QString XdsState::nonce(int version, const QString& type)
{
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray(QByteArray::number(version) + '/' + type.toUtf8()), QCryptographicHash::Sha256);
    const QByteArray hex = hash.mid(8, 16).toHex();
    return QString::fromLatin1(hash.left(8).toBase64()) + QLatin1Char('=')
        + QString::fromLatin1(
            hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

} // namespace meshscope::sim
