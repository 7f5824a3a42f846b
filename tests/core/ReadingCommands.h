#pragma once

#include "CliRun.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

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
         QStringLiteral("2026"), out, pdf},
        {QStringLiteral("stats"), QStringLiteral("trend"), QStringLiteral("--from"),
         QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"), out, csv}};
}

// What every program says of a database of a newer version (database version newer).
inline QString newerVersionWords(int newer)
{
    return QStringLiteral(
               "was made by a newer version of QualityLoop (database version %1; this version knows "
               "up to %2). Install the newer QualityLoop")
        .arg(newer)
        .arg(newer - 1);
}

// Runs every command that only reads on the database at address (check too when withCheck): each
// ends with exit code 3, prints nothing on stdout and says every one of words.
inline void checkEachRefuses(const QString& address, const QStringList& words, bool withCheck = false)
{
    const QTemporaryDir folder;
    QList<QStringList> commands = readingCommands(folder.path());
    if (withCheck)
        commands.append({QStringLiteral("check")});
    for (QStringList command : commands) {
        command << QStringLiteral("--database") << address;
        const CliRun run = runCli(command);
        INFO(command.join(u' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.code == 3);
        CHECK(run.out.isEmpty());
        for (const QString& said : words)
            CHECK(run.err.contains(said));
    }
}
