// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tlskeypair.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace TicketDesk {

namespace {

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};

std::unique_ptr<BIO, BioFree> memoryBio(const QByteArray &bytes)
{
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

// No passphrase is ever asked for: OpenSSL would otherwise prompt on the terminal.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

} // namespace

bool tlsKeyMatchesCertificate(const QByteArray &certPem, const QByteArray &keyPem)
{
    const auto certBio = memoryBio(certPem);
    const auto keyBio = memoryBio(keyPem);
    if (!certBio || !keyBio)
        return false;
    const std::unique_ptr<X509, X509Free> cert(PEM_read_bio_X509(certBio.get(), nullptr, noPassphrase, nullptr));
    const std::unique_ptr<EVP_PKEY, KeyFree> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr));
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

} // namespace TicketDesk
