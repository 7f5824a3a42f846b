#include "transfer/CsvWriter.h"

#include "transfer/CellGuard.h"

QString CsvWriter::field(const QString& value)
{
    bool quote = false;
    for (const QChar c : value)
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    if (!quote)
        return value;
    QString out = value;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QByteArray CsvWriter::line(const QStringList& values, bool guard)
{
    QString text;
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += u',';
        text += field(guard ? CellGuard::guarded(values.at(i)) : values.at(i));
    }
    text += QStringLiteral("\r\n");
    return text.toUtf8();
}
