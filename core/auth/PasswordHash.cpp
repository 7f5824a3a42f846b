#include "auth/PasswordHash.h"

#include "UserError.h"

#include <sodium.h>

namespace {
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw UserError(PasswordHash::tr("The password library could not start."));
}
} // namespace

QString PasswordHash::hash(const QString& password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw UserError(tr("There is not enough memory to protect the password."));
    return QString::fromLatin1(hash);
}

bool PasswordHash::verify(const QString& hash, const QString& password)
{
    ensureSodium();
    if (hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
        == 0;
}

QString PasswordHash::dummyHash()
{
    // The hash of 32 random bytes nobody kept.
    return QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$bAVhWiwISrDpXK+WUlSTfg$"
                          "Eq+cEG9e//A6C7OuC/sBHp8q3tKbTAu2MXB1HKfZpfE");
}

void PasswordHash::verifyDummy(const QString& password)
{
    verify(dummyHash(), password);
}
