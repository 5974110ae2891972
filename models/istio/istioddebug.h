#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace meshscope {

// istiod's /debug/registryz: the services istiod knows.
struct IstiodService
{
    QString hostname;
    QString name;
    QString serviceNamespace;
    QString registry; // Kubernetes, External
    QList<std::pair<QString, int>> ports; // name, port
    bool meshExternal = false;
};
struct RegistryzResult
{
    QList<IstiodService> services;
    QString error;
};
RegistryzResult parseRegistryz(const QByteArray& body);

// istiod's /debug/endpointz: both the legacy array shape and the newer endpointShardz map.
struct IstiodEndpoint
{
    QString service; // hostname
    QString portName;
    QString address;
    int port = 0;
    QString serviceAccount;
    QString workload;
    QString endpointNamespace;
};
struct EndpointzResult
{
    QList<IstiodEndpoint> endpoints;
    QString error;
};
EndpointzResult parseEndpointz(const QByteArray& body);

// istiod's /debug/configz: every Istio config object istiod uses.
struct ConfigzResult
{
    QList<QJsonObject> configs;
    QString error;
};
ConfigzResult parseConfigz(const QByteArray& body);

} // namespace meshscope
