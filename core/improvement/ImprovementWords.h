#pragma once

#include "improvement/Improvement.h"

#include <QCoreApplication>
#include <QString>

// The codes stored for the improvement loop's kinds and states, and their words. Each word has
// its untranslated source (for a document printed in another language than the window's:
// DocumentContext::translate("ImprovementWords", source)) and its translation in the window's.
class ImprovementWords
{
    Q_DECLARE_TR_FUNCTIONS(ImprovementWords)
public:
    static constexpr int stepCount = 9; // D0..D8

    static const char* stepSource(int step); // "D4 Root cause and escape point"
    static const char* kindSource(ActionKind kind);
    static const char* statusSource(ActionStatus status);
    static const char* meetingSource(Meeting meeting);
    static const char* reasonSource(TracingReason reason);
    static QString stepTitle(int step) { return tr(stepSource(step)); }
    static QString kindName(ActionKind kind) { return tr(kindSource(kind)); }
    static QString statusName(ActionStatus status) { return tr(statusSource(status)); }
    static QString meetingName(Meeting meeting) { return tr(meetingSource(meeting)); }
    static QString reasonName(TracingReason reason) { return tr(reasonSource(reason)); }

    static QString code(ActionKind kind);
    static QString code(ActionStatus status);
    static QString code(ActionSource source);
    static QString code(Meeting meeting);
    static QString code(TracingReason reason);
    static ActionKind kindOf(const QString& code);
    static ActionStatus statusOf(const QString& code);
    static ActionSource sourceOf(const QString& code);
    static Meeting meetingOf(const QString& code);
    static TracingReason reasonOf(const QString& code);
    static QList<Meeting> meetings();
};
