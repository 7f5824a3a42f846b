#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <optional>

// A password from standard input for the command line: on a terminal it is asked on standard
// error, typed without echo and asked twice; from a pipe it is the first line.
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)
public:
    static bool isTerminal();
    // Returns the password, or nothing with the problem in words (no line; two different passwords).
    // An empty repeatPrompt asks once (a sign-in).
    static std::optional<QString> read(QTextStream& err, const QString& prompt, const QString& repeatPrompt,
                                       QString& problem);
};
