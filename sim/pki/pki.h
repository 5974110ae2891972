// The simulator's own PKI, generated at every start with OpenSSL's libcrypto: a CA, a serving
// certificate for 127.0.0.1/localhost, a client certificate for the kubeconfig's certificate user and the
// workload certificate every sidecar shows as its "default" secret.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace meshscope::sim {

struct PemPair
{
    QByteArray certificate;
    QByteArray privateKey;
};

struct SimPki
{
    PemPair ca;
    PemPair server;
    PemPair client; // subject CN = clientCommonName, O = system:masters
    PemPair workload; // an Istio workload certificate: empty subject, SAN URI = workloadSpiffeId

    static constexpr const char* clientCommonName = "meshscope-cert-user";
    static constexpr const char* workloadSpiffeId = "URI:spiffe://cluster.local/ns/default/sa/default";
    // nullopt (and *error) when OpenSSL fails.
    static std::optional<SimPki> generate(QString* error);
};

} // namespace meshscope::sim
