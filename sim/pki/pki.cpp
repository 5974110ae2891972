#include "sim/pki/pki.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace meshscope::sim {

namespace {
template <auto Free> struct Deleter
{
    template <typename T> void operator()(T* p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;

constexpr long validitySeconds = 60L * 60 * 24 * 365;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

QByteArray keyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

QByteArray certPem(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

struct CertSpec
{
    const char* commonName;
    const char* organization; // may be null
    bool isCa;
    const char* extendedKeyUsage; // may be null
    const char* subjectAltName; // may be null
};

// Issues a certificate for key, signed by issuerKey (self-signed when issuer is null).
CertPtr issue(const CertSpec& spec, EVP_PKEY* key, X509* issuer, EVP_PKEY* issuerKey)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(cert.get()));
    BN_free(serialNumber);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), validitySeconds);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    if (spec.organization) {
        X509_NAME_add_entry_by_txt(
            name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(spec.organization), -1, -1, 0);
    }
    if (spec.commonName) { // Istio's workload certificates have an empty subject
        X509_NAME_add_entry_by_txt(
            name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(spec.commonName), -1, -1, 0);
    }
    X509* signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok
        = addExtension(cert.get(), signer, NID_basic_constraints, spec.isCa ? "critical,CA:TRUE" : "critical,CA:FALSE")
        && addExtension(cert.get(), signer, NID_key_usage,
            spec.isCa ? "critical,keyCertSign,cRLSign,digitalSignature" : "critical,digitalSignature,keyEncipherment")
        && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (issuer)
        ok = ok && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (spec.extendedKeyUsage)
        ok = ok && addExtension(cert.get(), signer, NID_ext_key_usage, spec.extendedKeyUsage);
    if (spec.subjectAltName)
        ok = ok && addExtension(cert.get(), signer, NID_subject_alt_name, spec.subjectAltName);
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

KeyPtr newKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}
} // namespace

std::optional<SimPki> SimPki::generate(QString* error)
{
    KeyPtr caKey = newKey();
    KeyPtr serverKey = newKey();
    KeyPtr clientKey = newKey();
    KeyPtr workloadKey = newKey();
    if (!caKey || !serverKey || !clientKey || !workloadKey) {
        *error = QStringLiteral("cannot generate EC keys");
        return std::nullopt;
    }
    CertPtr ca = issue({ "meshscope-sim-ca", nullptr, true, nullptr, nullptr }, caKey.get(), nullptr, nullptr);
    if (!ca) {
        *error = QStringLiteral("cannot issue the CA certificate");
        return std::nullopt;
    }
    CertPtr server = issue(
        { "kube-apiserver", nullptr, false, "serverAuth", "IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc" },
        serverKey.get(), ca.get(), caKey.get());
    CertPtr client = issue(
        { clientCommonName, "system:masters", false, "clientAuth", nullptr }, clientKey.get(), ca.get(), caKey.get());
    CertPtr workload = issue({ nullptr, nullptr, false, "serverAuth,clientAuth", SimPki::workloadSpiffeId },
        workloadKey.get(), ca.get(), caKey.get());
    if (!server || !client || !workload) {
        *error = QStringLiteral("cannot issue the serving, client or workload certificate");
        return std::nullopt;
    }
    SimPki pki;
    pki.ca = { certPem(ca.get()), keyPem(caKey.get()) };
    pki.server = { certPem(server.get()), keyPem(serverKey.get()) };
    pki.client = { certPem(client.get()), keyPem(clientKey.get()) };
    pki.workload = { certPem(workload.get()), keyPem(workloadKey.get()) };
    return pki;
}

} // namespace meshscope::sim
