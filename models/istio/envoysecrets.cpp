#include "envoysecrets.h"

#include <QSslCertificateExtension>
#include <QUrl>

namespace meshscope {
namespace {

QByteArray inlineBytes(const JsonRef& dataSource)
{
    // proto3 JSON writes bytes as base64
    return QByteArray::fromBase64(dataSource.field("inline_bytes").toString().toLatin1());
}

// istioctl's builder: certificate facts from the first PEM block; nothing when it is not a certificate.
EnvoySecret build(
    const QString& name, const QString& state, const QString& trustDomain, const QByteArray& pem, const JsonRef& json)
{
    EnvoySecret secret;
    secret.name = name;
    secret.state = state;
    secret.json = json;
    if (pem.isEmpty())
        return secret;
    secret.chain = QSslCertificate::fromData(pem, QSsl::Pem);
    if (secret.chain.isEmpty() || secret.chain.first().isNull())
        return secret;
    const QSslCertificate& leaf = secret.chain.first();
    secret.hasCertificate = true;
    secret.type = isCertificateAuthority(leaf) ? QStringLiteral("CA") : QStringLiteral("Cert Chain");
    secret.trustDomain = trustDomain;
    if (secret.trustDomain.isEmpty()) {
        for (const QString& id : spiffeIds(leaf))
            secret.trustDomain = QUrl(id).host();
    }
    // %032x of the serial as a number: no separators or leading zeros, at least 32 digits.
    QString serial = QString::fromLatin1(leaf.serialNumber()).remove(QLatin1Char(':')).toLower();
    while (serial.size() > 1 && serial.startsWith(QLatin1Char('0')))
        serial.remove(0, 1);
    secret.serialNumber = serial.rightJustified(32, QLatin1Char('0'));
    secret.notBefore = leaf.effectiveDate().toUTC();
    secret.notAfter = leaf.expiryDate().toUTC();
    return secret;
}

QList<EnvoySecret> readDynamicSecret(const JsonRef& entry, const QString& state)
{
    const QString name = entry.field("name").toString();
    const JsonRef secret = entry.field("secret");
    const QByteArray chain = inlineBytes(secret.field("tls_certificate").field("certificate_chain"));
    if (!chain.isEmpty())
        return { build(name, state, {}, chain, entry) };
    const JsonRef validation = secret.field("validation_context");
    const QByteArray trustedCa = inlineBytes(validation.field("trusted_ca"));
    if (!trustedCa.isEmpty())
        return { build(name, state, {}, trustedCa, entry) };
    const JsonRef validator = validation.field("custom_validator_config").field("typed_config");
    if (validator["@type"].stringView()
        == "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.SPIFFECertValidatorConfig") {
        QList<EnvoySecret> bundles; // one row per trust domain, named after the secret
        const JsonRef domains = validator.field("trust_domains");
        for (std::uint32_t i = 0; i < domains.size(); ++i) {
            const JsonRef domain = domains.at(i);
            bundles << build(
                name, state, domain.field("name").toString(), inlineBytes(domain.field("trust_bundle")), entry);
        }
        return bundles;
    }
    return { build(name, state, {}, {}, entry) };
}

} // namespace

QStringList spiffeIds(const QSslCertificate& certificate)
{
    QStringList ids;
    for (const QSslCertificateExtension& extension : certificate.extensions()) {
        if (extension.name() != QLatin1String("subjectAltName"))
            continue;
        // Qt's subjectAltName is a map of name type → name; URI names (not in subjectAlternativeNames()) are here.
        const QVariantMap names = extension.value().toMap();
        for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
            const QString name = it.value().toString();
            if (it.key() == QLatin1String("URI") && name.startsWith(QLatin1String("spiffe://")))
                ids << name;
        }
    }
    return ids;
}

bool isCertificateAuthority(const QSslCertificate& certificate)
{
    for (const QSslCertificateExtension& extension : certificate.extensions()) {
        if (extension.name() == QLatin1String("basicConstraints"))
            return extension.value().toMap().value(QStringLiteral("ca")).toBool();
    }
    return false;
}

QList<EnvoySecret> readEnvoySecrets(const JsonRef& secretsSection)
{
    QList<EnvoySecret> secrets;
    const JsonRef warming = secretsSection.field("dynamic_warming_secrets");
    for (std::uint32_t i = 0; i < warming.size(); ++i)
        secrets << readDynamicSecret(warming.at(i), QStringLiteral("WARMING"));
    const JsonRef active = secretsSection.field("dynamic_active_secrets");
    for (std::uint32_t i = 0; i < active.size(); ++i)
        secrets << readDynamicSecret(active.at(i), QStringLiteral("ACTIVE"));
    return secrets;
}

} // namespace meshscope
