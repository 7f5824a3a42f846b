#include "ShellQuote.h"

#include <QDir>
#include <QRegularExpression>

QString shellQuoted(const QString& path)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:+-]+$"));
    const QString native = QDir::toNativeSeparators(path);
    if (plain.match(native).hasMatch())
        return native;
    QString quoted = native;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}
