#pragma once

#include "domain/QualityCase.h"

#include <QCoreApplication>

// Which return visit (R7, R8, R14): the code stored with a visit and the one word for each kind,
// used by the store, the window, the history and the printouts alike.
class VisitKinds
{
    Q_DECLARE_TR_FUNCTIONS(VisitKinds)
public:
    static QString code(VisitKind kind); // "first", "second", "resupply"
    static VisitKind fromCode(const QString& code); // an unknown code is a first visit
    static bool isKnown(const QString& code);
    // The English word, to be translated in the context "VisitKinds" (a document translates it
    // in its own language).
    static const char* source(VisitKind kind);
    // In the window's language: "First return visit"…
    static QString name(VisitKind kind);
};
