#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Every command of qualityloop-cli that only reads a database, each with what it needs besides
// --database DB (a case or visit number that need not exist: the database is refused before).
// Files it would write go into folder.
inline QList<QStringList> readingCommands(const QString& folder)
{
    const QString pdf = folder + QStringLiteral("/out.pdf");
    const QString csv = folder + QStringLiteral("/out.csv");
    const QString out = QStringLiteral("--output");
    return {
        {QStringLiteral("cases")},
        {QStringLiteral("actions")},
        {QStringLiteral("callbacks")},
        {QStringLiteral("export"), QStringLiteral("customers"), out, csv},
        {QStringLiteral("attachments"), QStringLiteral("QF-2026-0001")},
        {QStringLiteral("print"), QStringLiteral("overdue-list"), out, pdf},
        {QStringLiteral("print"), QStringLiteral("feedback-sheet"), QStringLiteral("QF-2026-0001"), out, pdf},
        {QStringLiteral("print"), QStringLiteral("8d"), QStringLiteral("QF-2026-0001"), out, pdf},
        {QStringLiteral("print"), QStringLiteral("round"), QStringLiteral("VR-2026-001"), out, pdf},
        {QStringLiteral("print"), QStringLiteral("survey-letters"), QStringLiteral("--year"),
         QStringLiteral("2026"), out, pdf},
        {QStringLiteral("print"), QStringLiteral("survey-summary"), QStringLiteral("--year"),
         QStringLiteral("2026"), out, pdf}};
}
