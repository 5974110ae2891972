#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace meshscope {

// A resource kind as discovery reports it, e.g. networking.istio.io/v1 virtualservices.
struct KubeResource
{
    QString group; // "" = core
    QString version;
    QString resource; // plural
    QString kind;
    bool namespaced = true;

    QString groupVersion() const { return group.isEmpty() ? version : QString(group + QLatin1Char('/') + version); }
    // /api/v1/namespaces/ns/pods/name, /apis/g/v/resource, … (ns empty = all namespaces / cluster scoped)
    QString path(const QString& ns = {}, const QString& name = {}) const;
    bool operator==(const KubeResource&) const = default;
};

// The API server's proxy subresources: /api/v1/namespaces/{ns}/pods/{pod}:{port}/proxy/{path}.
QString podProxyPath(const QString& ns, const QString& pod, int port, const QString& path);
QString serviceProxyPath(const QString& ns, const QString& service, int port, const QString& path);

// "namespace/name", or "name" for cluster-scoped objects: the key caches and models merge by.
QString objectKey(const QJsonObject& object);
QString objectResourceVersion(const QJsonObject& object);

// One page of a list response.
struct KubeListPage
{
    QList<QJsonObject> items;
    QString resourceVersion;
    QString continueToken;
    QString error; // set when the body is not a list
};
// Safe to call on any thread.
KubeListPage parseListPage(const QByteArray& body);

struct KubeWatchEvent
{
    enum class Type
    {
        Added,
        Modified,
        Deleted,
        Bookmark,
        Error,
    };
    Type type = Type::Error;
    QJsonObject object; // the object, or the Status for Error events
};

// Splits a watch stream (one JSON object per line) into events. Bytes arrive in arbitrary chunks.
class WatchStreamParser
{
public:
    // Appends bytes and returns the complete events they finish. A malformed line is reported in error()
    // and skipped.
    QList<KubeWatchEvent> feed(const QByteArray& bytes);
    QString error() const { return m_error; }
    bool hasPartialLine() const { return !m_buffer.isEmpty(); }
    // An event passed maxEventBytes without its newline: its bytes were dropped; start a new stream.
    bool overflowed() const { return m_overflowed; }
    void reset()
    {
        m_buffer.clear();
        m_overflowed = false;
    }
    static constexpr qsizetype maxEventBytes = 256LL * 1024 * 1024;

    static std::optional<KubeWatchEvent> parseEvent(const QByteArray& line, QString* error);

private:
    QByteArray m_buffer;
    QString m_error;
    bool m_overflowed = false;
};

} // namespace meshscope
