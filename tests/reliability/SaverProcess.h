#pragma once

#include <QList>
#include <QProcess>
#include <QStringList>

#include <functional>

// What a saving process was told was saved: one line "ACK L|S <number> <id>" of ql_saver.
struct Ack
{
    char step = 'L'; // L: the case was logged; S: it was then sent to Quality
    QString number;
    qint64 id = 0;
};

// One ql_saver process seen from a test: starts it, reads its lines as they come (never
// waiting on a clock), kills it with SIGKILL.
class SaverProcess
{
public:
    explicit SaverProcess(const QStringList& arguments);
    ~SaverProcess();
    SaverProcess(const SaverProcess&) = delete;
    SaverProcess& operator=(const SaverProcess&) = delete;

    void start();
    void kill(); // SIGKILL, at once
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool hasFinished() const { return m_finished; }
    bool isReady() const { return m_ready; }
    int exitCode() const { return m_process.exitCode(); }
    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }

    const QList<Ack>& acks() const { return m_acks; }
    const QStringList& walDeleted() const { return m_walDeleted; }
    const QStringList& failures() const { return m_failures; }
    // Saves refused because another process's saves kept the lock past the busy timeout.
    const QStringList& busy() const { return m_busy; }
    QString errorOutput() const { return QString::fromUtf8(m_errors); }

    std::function<void(const Ack&)> onAck; // called for each line ACK as it arrives
    std::function<void()> onFinished;

    static QString program();

private:
    void readLines();

    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_pending;
    QByteArray m_errors;
    QList<Ack> m_acks;
    QStringList m_walDeleted;
    QStringList m_failures;
    QStringList m_busy;
    bool m_ready = false;
    bool m_finished = false;
};
