#pragma once

#include <QString>

// qualityloop-cli print KIND NUMBER run as a clerk's script runs it, the PDF kept in
// <build>/printouts for people to look at, as the other printouts are.
namespace CliPrintout {
// Prints into printouts/fileName (in language, when given); requires exit code 0 and returns the
// text read back from the PDF.
QString text(const QString& kind, const QString& number, const QString& database, const QString& fileName,
             const QString& language = {});
// A number that names nothing: refused with exit code 1 and the number in the message, no file.
void refusesUnknown(const QString& kind, const QString& number, const QString& database);
} // namespace CliPrintout
