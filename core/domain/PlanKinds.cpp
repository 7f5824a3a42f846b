#include "domain/PlanKinds.h"

namespace {
struct Entry
{
    PlanKind kind;
    const char* code;
    const char* word;
};

const Entry entries[] = {
    {PlanKind::OnSite, "onsite", QT_TRANSLATE_NOOP("PlanKinds", "On-site service")},
    {PlanKind::ReturnToFactory, "return", QT_TRANSLATE_NOOP("PlanKinds", "Return to factory")},
    {PlanKind::Replacement, "replacement", QT_TRANSLATE_NOOP("PlanKinds", "Replacement")},
    {PlanKind::RemoteGuidance, "remote", QT_TRANSLATE_NOOP("PlanKinds", "Remote guidance")},
};

const Entry& entry(PlanKind kind)
{
    for (const Entry& e : entries)
        if (e.kind == kind)
            return e;
    return entries[0];
}
} // namespace

QString PlanKinds::code(PlanKind kind)
{
    return QLatin1String(entry(kind).code);
}

PlanKind PlanKinds::fromCode(const QString& code)
{
    for (const Entry& e : entries)
        if (code == QLatin1String(e.code))
            return e.kind;
    return PlanKind::OnSite;
}

bool PlanKinds::isKnown(const QString& code)
{
    for (const Entry& e : entries)
        if (code == QLatin1String(e.code))
            return true;
    return false;
}

const char* PlanKinds::source(PlanKind kind)
{
    return entry(kind).word;
}

QString PlanKinds::name(PlanKind kind)
{
    return tr(source(kind));
}
