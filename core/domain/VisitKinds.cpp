#include "domain/VisitKinds.h"

namespace {
struct Entry
{
    VisitKind kind;
    const char* code;
    const char* word;
};

const Entry entries[] = {
    {VisitKind::First, "first", QT_TRANSLATE_NOOP("VisitKinds", "First return visit")},
    {VisitKind::Second, "second", QT_TRANSLATE_NOOP("VisitKinds", "Second return visit")},
    {VisitKind::Resupply, "resupply", QT_TRANSLATE_NOOP("VisitKinds", "Resupply follow-up")},
};

const Entry& entry(VisitKind kind)
{
    for (const Entry& e : entries)
        if (e.kind == kind)
            return e;
    return entries[0];
}
} // namespace

QString VisitKinds::code(VisitKind kind)
{
    return QLatin1String(entry(kind).code);
}

VisitKind VisitKinds::fromCode(const QString& code)
{
    for (const Entry& e : entries)
        if (code == QLatin1String(e.code))
            return e.kind;
    return VisitKind::First;
}

bool VisitKinds::isKnown(const QString& code)
{
    for (const Entry& e : entries)
        if (code == QLatin1String(e.code))
            return true;
    return false;
}

const char* VisitKinds::source(VisitKind kind)
{
    return entry(kind).word;
}

QString VisitKinds::name(VisitKind kind)
{
    return tr(source(kind));
}
