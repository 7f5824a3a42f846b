#include "auth/PasswordRules.h"

#include "UserError.h"

#include <QSet>

namespace {
// The passwords tried first by anyone guessing: the top of the published lists of leaked
// passwords, and the words of this program.
bool isWellKnown(const QString& password)
{
    static const QSet<QString> known = {
        QStringLiteral("password"),    QStringLiteral("password1"),  QStringLiteral("password123"),
        QStringLiteral("passw0rd"),    QStringLiteral("12345678"),   QStringLiteral("123456789"),
        QStringLiteral("1234567890"),  QStringLiteral("12341234"),   QStringLiteral("87654321"),
        QStringLiteral("11223344"),    QStringLiteral("qwertyui"),   QStringLiteral("qwertyuiop"),
        QStringLiteral("qwerty123"),   QStringLiteral("1qaz2wsx"),   QStringLiteral("asdfghjk"),
        QStringLiteral("zxcvbnm1"),    QStringLiteral("iloveyou"),   QStringLiteral("sunshine"),
        QStringLiteral("princess"),    QStringLiteral("football"),   QStringLiteral("baseball"),
        QStringLiteral("welcome1"),    QStringLiteral("abc12345"),   QStringLiteral("abcd1234"),
        QStringLiteral("a1b2c3d4"),    QStringLiteral("admin123"),   QStringLiteral("administrator"),
        QStringLiteral("letmein1"),    QStringLiteral("woaini1314"), QStringLiteral("5201314520"),
        QStringLiteral("qualityloop"), QStringLiteral("changeme"),   QStringLiteral("trustno1"),
    };
    return known.contains(password.toLower());
}

bool isOneCharacterRepeated(const QList<uint>& characters)
{
    for (uint c : characters)
        if (c != characters.first())
            return false;
    return true;
}
} // namespace

QString PasswordRules::description()
{
    return tr("At least %1 characters; not the user name, not one character repeated and not a "
              "well-known password such as “12345678”.")
        .arg(minimumLength);
}

QString PasswordRules::problem(const QString& password, const QString& username)
{
    const QList<uint> characters = password.toUcs4();
    if (characters.size() < minimumLength)
        return tr("A password needs at least %1 characters.").arg(minimumLength);
    if (characters.size() > maximumLength)
        return tr("A password has at most %1 characters.").arg(maximumLength);
    if (!username.trimmed().isEmpty()
        && password.trimmed().compare(username.trimmed(), Qt::CaseInsensitive) == 0)
        return tr("The password must not be the user name.");
    if (isOneCharacterRepeated(characters))
        return tr("The password must not be one character repeated.");
    if (isWellKnown(password))
        return tr("This is one of the first passwords anyone would try. Choose another.");
    return {};
}

void PasswordRules::check(const QString& password, const QString& username, const QString& field)
{
    const QString wrong = problem(password, username);
    if (!wrong.isEmpty())
        throw UserError(wrong, {{field, wrong}});
}
