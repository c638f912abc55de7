// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/digest.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace TicketDesk {

namespace {

constexpr int digestBytes = 32;

// One set per thread: libcrypto's contexts are not shared between threads, and
// fetching an algorithm or making a context for every message cost more than
// hashing a webhook's body.
class Contexts
{
public:
    Contexts()
        : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
        , m_digest(EVP_MD_CTX_new())
        , m_macAlgorithm(EVP_MAC_fetch(nullptr, "HMAC", nullptr))
        , m_mac(m_macAlgorithm != nullptr ? EVP_MAC_CTX_new(m_macAlgorithm) : nullptr)
    {
        if (m_mac != nullptr) {
            char name[] = "SHA256";
            const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, name, 0),
                                         OSSL_PARAM_construct_end()};
            if (EVP_MAC_CTX_set_params(m_mac, params) != 1) {
                EVP_MAC_CTX_free(m_mac);
                m_mac = nullptr;
            }
        }
    }
    ~Contexts()
    {
        EVP_MAC_CTX_free(m_mac);
        EVP_MAC_free(m_macAlgorithm);
        EVP_MD_CTX_free(m_digest);
        EVP_MD_free(m_md);
    }
    Contexts(const Contexts &) = delete;
    Contexts &operator=(const Contexts &) = delete;

    bool sha256(QByteArrayView data, unsigned char *out)
    {
        unsigned int size = 0;
        return m_md != nullptr && m_digest != nullptr && EVP_DigestInit_ex(m_digest, m_md, nullptr) == 1 &&
               EVP_DigestUpdate(m_digest, data.data(), static_cast<size_t>(data.size())) == 1 &&
               EVP_DigestFinal_ex(m_digest, out, &size) == 1 && size == digestBytes;
    }

    bool hmacSha256(QByteArrayView key, QByteArrayView data, unsigned char *out)
    {
        // A null key pointer would tell libcrypto to reuse the previous
        // message's key, so an empty key still passes a real address.
        static const unsigned char emptyKey = 0;
        const auto *keyBytes = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.data());
        size_t size = 0;
        return m_mac != nullptr && EVP_MAC_init(m_mac, keyBytes, static_cast<size_t>(key.size()), nullptr) == 1 &&
               EVP_MAC_update(m_mac, reinterpret_cast<const unsigned char *>(data.data()),
                              static_cast<size_t>(data.size())) == 1 &&
               EVP_MAC_final(m_mac, out, &size, digestBytes) == 1 && size == digestBytes;
    }

private:
    EVP_MD *m_md;
    EVP_MD_CTX *m_digest;
    EVP_MAC *m_macAlgorithm;
    EVP_MAC_CTX *m_mac;
};

Contexts &contexts()
{
    thread_local Contexts c;
    return c;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(digestBytes, Qt::Uninitialized);
    if (contexts().sha256(data, reinterpret_cast<unsigned char *>(out.data())))
        return out;
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(digestBytes, Qt::Uninitialized);
    if (contexts().hmacSha256(key, data, reinterpret_cast<unsigned char *>(out.data())))
        return out;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key.toByteArray());
    mac.addData(data.data(), data.size());
    return mac.result();
}

} // namespace TicketDesk
