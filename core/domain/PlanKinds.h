#pragma once

#include "domain/QualityCase.h"

#include <QCoreApplication>

// How a case is processed (R5): the code stored with a plan and the one word for each kind,
// used by the store, the window, the history and the printouts alike.
class PlanKinds
{
    Q_DECLARE_TR_FUNCTIONS(PlanKinds)
public:
    static QString code(PlanKind kind); // "onsite", "return", "replacement", "remote"
    static PlanKind fromCode(const QString& code); // an unknown code is an on-site service
    static bool isKnown(const QString& code);
    // The English word, to be translated in the context "PlanKinds" (a document translates it
    // in its own language).
    static const char* source(PlanKind kind);
    // In the window's language: "On-site service"…
    static QString name(PlanKind kind);
};
