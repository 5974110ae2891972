#pragma once

#include "proxytarget.h"

#include <QList>
#include <QString>
#include <functional>

namespace meshscope {

class IstioClient;

// Envoy's logger levels (admin /logging): "active loggers:" then "  name: level" lines.
struct EnvoyLogger
{
    QString name;
    QString level;
};
QList<EnvoyLogger> parseEnvoyLogging(const QByteArray& text);

// The levels Envoy accepts, most verbose first; istioctl also takes "warn" for warning.
const QStringList& envoyLogLevels();

// A --level argument: "LEVEL" for every logger, or "LOGGER:LEVEL,LOGGER=LEVEL,…" (a "ns::" prefix is dropped).
// Returns the changes in the order Envoy is told them (all loggers first); error for an unknown level.
struct LoggingChange
{
    QString logger; // "level" means every logger
    QString level;
};
QList<LoggingChange> parseLoggingLevels(const QString& spec, QString* error);

struct EnvoyLoggingResult
{
    QString text; // Envoy's answer to the last request (the levels after the change)
    QList<EnvoyLogger> loggers;
    QString error;
};
// istioctl proxy-config log: reads the levels, applies levelSpec (or resets every logger to warning), and
// answers with the levels Envoy reports afterwards. Logger names are checked against Envoy's own list.
void runEnvoyLogging(IstioClient* istio, const ProxyPod& pod, const QString& levelSpec, bool reset, int adminPort,
    QObject* context, std::function<void(const EnvoyLoggingResult&)> done);

} // namespace meshscope
