#pragma once

#include <QCoreApplication>
#include <QStringList>

// How a customer's call reached us (the channel stored with a case): the codes and the one
// word for each, used by the window, the CLI, the timeline and the printouts alike.
class Channels
{
    Q_DECLARE_TR_FUNCTIONS(Channels)
public:
    static QStringList codes(); // "phone", "visit", "letter", "email", "onsite"
    static bool isKnown(const QString& code);
    // The English word, to be translated in the context "Channels" (a document translates it
    // in its own language); null for an unknown code.
    static const char* source(const QString& code);
    // In the window's language: "Telephone"…; an unknown code as stored.
    static QString name(const QString& code);
};
