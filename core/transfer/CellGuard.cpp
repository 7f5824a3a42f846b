#include "transfer/CellGuard.h"

namespace {
bool risky(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// An apostrophe before a risky character or before another apostrophe of that kind.
bool escaped(const QString& text)
{
    return text.size() >= 2 && text.at(0) == u'\'' && (risky(text.at(1)) || text.at(1) == u'\'');
}
} // namespace

QString CellGuard::guarded(const QString& text)
{
    if (text.isEmpty())
        return text;
    if (risky(text.at(0)) || escaped(text))
        return u'\'' + text;
    return text;
}

QString CellGuard::unguarded(const QString& text)
{
    return escaped(text) ? text.mid(1) : text;
}
