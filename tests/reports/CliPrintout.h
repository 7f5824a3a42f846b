#pragma once

#include <QString>
#include <QStringList>

// qualityloop-cli print run as a clerk's script runs it, the PDF kept in <build>/printouts for
// people to look at, as the other printouts are.
namespace CliPrintout {
// print <what...> --database database --output printouts/fileName [--language language]; what is
// the kind and what to print (a number, or --year 2026). Requires exit code 0; returns the
// PDF's path.
QString file(const QStringList& what, const QString& database, const QString& fileName,
             const QString& language = {});
// The text read back from print KIND NUMBER's PDF.
QString text(const QString& kind, const QString& number, const QString& database, const QString& fileName,
             const QString& language = {});
// Something that names nothing (an unknown number, a year without a survey): refused with exit
// code 1, named in the message, no file written.
void refuses(const QStringList& what, const QString& database, const QString& named);
void refusesUnknown(const QString& kind, const QString& number, const QString& database);
} // namespace CliPrintout
