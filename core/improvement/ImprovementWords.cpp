#include "improvement/ImprovementWords.h"

namespace {
const char* const steps[] = {
    QT_TRANSLATE_NOOP("ImprovementWords", "D0 Emergency response"),
    QT_TRANSLATE_NOOP("ImprovementWords", "D1 Team"),
    QT_TRANSLATE_NOOP("ImprovementWords",
                      "D2 Problem description (what, where, when, how many; is / is not)"),
    QT_TRANSLATE_NOOP("ImprovementWords", "D3 Containment"),
    QT_TRANSLATE_NOOP("ImprovementWords", "D4 Root cause and escape point (verified)"),
    QT_TRANSLATE_NOOP("ImprovementWords", "D5 Permanent correction chosen (verified)"),
    QT_TRANSLATE_NOOP("ImprovementWords", "D6 Implemented and validated, containment removed"),
    QT_TRANSLATE_NOOP("ImprovementWords", "D7 Recurrence prevented (standards, control plan, FMEA updated)"),
    QT_TRANSLATE_NOOP("ImprovementWords", "D8 Closed with lessons learned"),
};
} // namespace

const char* ImprovementWords::stepSource(int step)
{
    return step >= 0 && step < stepCount ? steps[step] : "";
}

const char* ImprovementWords::kindSource(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Technical:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Technical");
    case ActionKind::Purchasing:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Purchasing");
    case ActionKind::Manufacturing:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Manufacturing");
    }
    return "";
}

const char* ImprovementWords::statusSource(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Open");
    case ActionStatus::Done:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Done, effectiveness to check");
    case ActionStatus::Effective:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Checked effective");
    case ActionStatus::Closed:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Closed");
    }
    return "";
}

const char* ImprovementWords::meetingSource(Meeting meeting)
{
    switch (meeting) {
    case Meeting::QualityManagement:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Quality management meeting");
    case Meeting::TechnicalCoordination:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Technical coordination meeting");
    case Meeting::JointProduction:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Joint production meeting");
    }
    return "";
}

const char* ImprovementWords::reasonSource(TracingReason reason)
{
    switch (reason) {
    case TracingReason::KeyCustomer:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Key customer");
    case TracingReason::Major:
        return QT_TRANSLATE_NOOP("ImprovementWords", "Major problem");
    case TracingReason::Request:
        return QT_TRANSLATE_NOOP("ImprovementWords", "On request");
    }
    return "";
}

QString ImprovementWords::code(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Technical:
        return QStringLiteral("technical");
    case ActionKind::Purchasing:
        return QStringLiteral("purchasing");
    case ActionKind::Manufacturing:
        return QStringLiteral("manufacturing");
    }
    return {};
}

QString ImprovementWords::code(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Effective:
        return QStringLiteral("effective");
    case ActionStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString ImprovementWords::code(ActionSource source)
{
    switch (source) {
    case ActionSource::Manual:
        return QStringLiteral("manual");
    case ActionSource::Case:
        return QStringLiteral("case");
    case ActionSource::Tracing:
        return QStringLiteral("tracing");
    case ActionSource::Survey:
        return QStringLiteral("survey");
    }
    return {};
}

QString ImprovementWords::code(Meeting meeting)
{
    switch (meeting) {
    case Meeting::QualityManagement:
        return QStringLiteral("quality");
    case Meeting::TechnicalCoordination:
        return QStringLiteral("technical");
    case Meeting::JointProduction:
        return QStringLiteral("production");
    }
    return {};
}

QString ImprovementWords::code(TracingReason reason)
{
    switch (reason) {
    case TracingReason::KeyCustomer:
        return QStringLiteral("key_customer");
    case TracingReason::Major:
        return QStringLiteral("major");
    case TracingReason::Request:
        return QStringLiteral("request");
    }
    return {};
}

ActionKind ImprovementWords::kindOf(const QString& code)
{
    for (ActionKind k : {ActionKind::Technical, ActionKind::Purchasing, ActionKind::Manufacturing})
        if (ImprovementWords::code(k) == code)
            return k;
    return ActionKind::Technical;
}

ActionStatus ImprovementWords::statusOf(const QString& code)
{
    for (ActionStatus s :
         {ActionStatus::Open, ActionStatus::Done, ActionStatus::Effective, ActionStatus::Closed})
        if (ImprovementWords::code(s) == code)
            return s;
    return ActionStatus::Open;
}

ActionSource ImprovementWords::sourceOf(const QString& code)
{
    for (ActionSource s :
         {ActionSource::Manual, ActionSource::Case, ActionSource::Tracing, ActionSource::Survey})
        if (ImprovementWords::code(s) == code)
            return s;
    return ActionSource::Manual;
}

Meeting ImprovementWords::meetingOf(const QString& code)
{
    for (Meeting m : meetings())
        if (ImprovementWords::code(m) == code)
            return m;
    return Meeting::QualityManagement;
}

TracingReason ImprovementWords::reasonOf(const QString& code)
{
    for (TracingReason r : {TracingReason::KeyCustomer, TracingReason::Major, TracingReason::Request})
        if (ImprovementWords::code(r) == code)
            return r;
    return TracingReason::Request;
}

QList<Meeting> ImprovementWords::meetings()
{
    return {Meeting::QualityManagement, Meeting::TechnicalCoordination, Meeting::JointProduction};
}
