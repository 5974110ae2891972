#pragma once

#include "envoyconfigdump.h"

namespace meshscope {

// The secrets of a SecretsConfigDump as istioctl lists them: warming first, then active; one row per secret, or
// one per trust domain of a SPIFFE validator's bundles. Certificates are decoded with QSslCertificate.
QList<EnvoySecret> readEnvoySecrets(const JsonRef& secretsSection);

// SPIFFE IDs among a certificate's subject alternative names (spiffe://trust-domain/ns/…/sa/…).
QStringList spiffeIds(const QSslCertificate& certificate);
bool isCertificateAuthority(const QSslCertificate& certificate);

} // namespace meshscope
