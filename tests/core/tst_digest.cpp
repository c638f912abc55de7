// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/digest.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <atomic>
#include <cstdlib>
#include <thread>

using namespace TicketDesk;

namespace {

// libcrypto's allocations still held, counted through its own allocator hooks
// (set in main(), before libcrypto allocates anything). The sanitizer build
// ignores leaks that end in libcrypto (tests/sanitizer/lsan.supp), so a
// thread's hashing contexts that were never freed would go unseen there.
std::atomic<long> liveCryptoAllocations{0};
bool cryptoAllocationsCounted = false;

void *countedMalloc(size_t size, const char *, int)
{
    void *p = std::malloc(size);
    if (p != nullptr)
        liveCryptoAllocations.fetch_add(1, std::memory_order_relaxed);
    return p;
}

void *countedRealloc(void *old, size_t size, const char *, int)
{
    if (old == nullptr)
        return countedMalloc(size, nullptr, 0);
    if (size == 0) {
        std::free(old);
        liveCryptoAllocations.fetch_sub(1, std::memory_order_relaxed);
        return nullptr;
    }
    return std::realloc(old, size);
}

void countedFree(void *p, const char *, int)
{
    if (p != nullptr)
        liveCryptoAllocations.fetch_sub(1, std::memory_order_relaxed);
    std::free(p);
}

} // namespace

// Built twice: tst_digest with libcrypto as the system configures it, and
// tst_digestfallback with TICKETDESK_OPENSSL_CONF, a configuration that loads
// only OpenSSL's null provider, so every answer comes from Qt's fallback.

class TestDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: a QThread's thread_local objects may still be going away after
    // QThread::wait() returns, and the count would see them.
    void aThreadsContextsAreFreedWhenItEnds();
    void libcryptoProvidesWhatThisBuildExpects();
    void sha256KnownAnswers_data();
    void sha256KnownAnswers();
    void hmacKnownAnswers_data();
    void hmacKnownAnswers();
    void agreesWithQtOnEveryLength();
    void anEmptyKeyIsNotThePreviousKey();
    void eachThreadGetsTheSameAnswers();
};

void TestDigest::libcryptoProvidesWhatThisBuildExpects()
{
#ifdef TICKETDESK_OPENSSL_CONF
    const bool expected = false;
#else
    const bool expected = true;
#endif
    EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    const bool hasSha256 = md != nullptr;
    const bool hasHmac = mac != nullptr;
    EVP_MD_free(md);
    EVP_MAC_free(mac);
    QCOMPARE(hasSha256, expected);
    QCOMPARE(hasHmac, expected);
}

void TestDigest::sha256KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("hex");
    // FIPS 180-2's examples.
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestDigest::sha256KnownAnswers()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, hex);
    QCOMPARE(sha256(data).toHex(), hex);
}

void TestDigest::hmacKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("hex");
    // RFC 4231's test cases 1, 2 and 6 (a key longer than SHA-256's block).
    QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("case 6") << QByteArray(131, '\xaa')
                            << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

void TestDigest::hmacKnownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, hex);
    QCOMPARE(hmacSha256(key, data).toHex(), hex);
}

void TestDigest::agreesWithQtOnEveryLength()
{
    // Every length across several blocks, and keys shorter than, equal to and
    // longer than the 64-byte block, against Qt's own implementation.
    QRandomGenerator random(20261204);
    QByteArray data(300, Qt::Uninitialized);
    for (char &c : data)
        c = static_cast<char>(random.bounded(256));
    const QByteArray keys[] = {QByteArray("k"), data.left(64), data.right(65), data.left(200)};
    for (qsizetype n = 0; n <= data.size(); ++n) {
        const QByteArray part = data.left(n);
        QCOMPARE(sha256(part), QCryptographicHash::hash(part, QCryptographicHash::Sha256));
        const QByteArray &key = keys[n % std::size(keys)];
        QCOMPARE(hmacSha256(key, part), QMessageAuthenticationCode::hash(part, key, QCryptographicHash::Sha256));
    }
}

void TestDigest::anEmptyKeyIsNotThePreviousKey()
{
    const QByteArray data("the same message");
    const QByteArray withKey = hmacSha256("secret", data);
    const QByteArray withEmptyKey = hmacSha256(QByteArrayView(), data);
    QVERIFY(withKey != withEmptyKey);
    QCOMPARE(withEmptyKey, QMessageAuthenticationCode::hash(data, QByteArray(), QCryptographicHash::Sha256));
}

void TestDigest::eachThreadGetsTheSameAnswers()
{
    const QByteArray data("a body hashed on several threads at once");
    const QByteArray expectedHash = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    const QByteArray expectedMac = QMessageAuthenticationCode::hash(data, "key", QCryptographicHash::Sha256);
    QAtomicInt wrong;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&] {
            for (int i = 0; i < 2000; ++i) {
                if (sha256(data) != expectedHash || hmacSha256("key", data) != expectedMac)
                    wrong.fetchAndAddRelaxed(1);
            }
        });
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    QCOMPARE(wrong.loadRelaxed(), 0);
}

void TestDigest::aThreadsContextsAreFreedWhenItEnds()
{
    QVERIFY2(cryptoAllocationsCounted, "libcrypto had allocated before main() could count");
    const QByteArray expected = QMessageAuthenticationCode::hash("body", "key", QCryptographicHash::Sha256);
    const auto hashOnANewThread = [&] {
        bool right = false;
        std::thread t([&] {
            right = sha256("body") == QCryptographicHash::hash("body", QCryptographicHash::Sha256) &&
                    hmacSha256("key", "body") == expected;
        });
        t.join(); // returns after the thread's thread_local objects are destroyed
        return right;
    };
    // The first thread may leave what libcrypto keeps for the process
    // (providers, the fetched algorithms' cache); a thread's own contexts go with it.
    QVERIFY(hashOnANewThread());
    const long afterFirst = liveCryptoAllocations.load();
#ifndef TICKETDESK_OPENSSL_CONF
    QVERIFY(afterFirst > 0); // the count sees libcrypto at work
#endif
    for (int i = 0; i < 20; ++i)
        QVERIFY(hashOnANewThread());
    QCOMPARE(liveCryptoAllocations.load(), afterFirst);
}

int main(int argc, char **argv)
{
    cryptoAllocationsCounted = CRYPTO_set_mem_functions(countedMalloc, countedRealloc, countedFree) == 1;
#ifdef TICKETDESK_OPENSSL_CONF
    // Read when libcrypto first initialises, which nothing has done yet.
    qputenv("OPENSSL_CONF", TICKETDESK_OPENSSL_CONF);
#endif
    QCoreApplication app(argc, argv);
    TestDigest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_digest.moc"
