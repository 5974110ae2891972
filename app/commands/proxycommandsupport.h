#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace meshscope {

class KubeApi;
class IstioClient;

// What proxy-status and proxy-config share: a connection to the cluster of a kubeconfig context (no informers,
// no window), the namespace to default to, and Go-style flags (`--verbose=false`, `-ojson`).
class ProxyCommandCluster
{
public:
    // Loads the kubeconfig as kubectl does; on failure error() says why.
    ProxyCommandCluster(const QString& kubeconfig, const QString& context);
    ~ProxyCommandCluster();

    QString error() const { return m_error; }
    QString defaultNamespace() const;
    KubeApi* api() const { return m_api.get(); }
    IstioClient* istio() const { return m_istio.get(); }

private:
    QString m_error;
    std::unique_ptr<KubeApi> m_api;
    std::unique_ptr<IstioClient> m_istio;
};

// Turns Go boolean flags written with a value ("--verbose=false", "--with-headers=true") into what
// QCommandLineParser understands: "--verbose" / "--no-verbose" style, given the names of boolean flags.
QStringList normalizeGoBoolFlags(const QStringList& arguments, const QStringList& booleanFlags);

// Prints to stdout as raw bytes (no locale conversion) and flushes.
void writeStdout(const std::string& text);

} // namespace meshscope
