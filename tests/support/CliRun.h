#pragma once

#include "TestPaths.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// qualityloop-cli run as a separate process, as a clerk's script runs it: its exit code and
// what it printed, in English.
struct CliRun
{
    int code;
    QString out, err;
};

inline CliRun runCli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QUALITYLOOP_LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(testPath("QL_CLI_PATH"), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, // a crash is no exit code
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
