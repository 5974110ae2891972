// What an exec credential plugin prints on stdout (ExecCredential JSON), read for both API versions.
#include "fuzzinput.h"
#include "models/kube/execcredential.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    for (const char* version : { "client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1" }) {
        const ExecCredential credential = parseExecCredential(input, QString::fromLatin1(version));
        if (credential.ok() && credential.token.isEmpty() && credential.clientCertificateData.isEmpty())
            __builtin_trap(); // accepted without any credential
    }
    return 0;
}
