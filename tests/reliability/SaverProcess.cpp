#include "SaverProcess.h"

#include "TestPaths.h"

SaverProcess::SaverProcess(const QStringList& arguments)
    : m_arguments(arguments)
{
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this]() { readLines(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError,
                     [this]() { m_errors += m_process.readAllStandardError(); });
    QObject::connect(&m_process, &QProcess::finished, [this]() {
        readLines(); // what it wrote before it died is still in the pipe
        m_errors += m_process.readAllStandardError();
        m_finished = true;
        if (onFinished)
            onFinished();
    });
}

SaverProcess::~SaverProcess()
{
    QObject::disconnect(&m_process, nullptr, nullptr, nullptr); // no callback into a half-destroyed object
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(30000);
    }
}

QString SaverProcess::program()
{
    return testPath("QL_SAVER_PATH");
}

void SaverProcess::start()
{
    m_finished = false;
    m_process.start(program(), m_arguments);
}

void SaverProcess::kill()
{
    m_process.kill();
}

void SaverProcess::readLines()
{
    m_pending += m_process.readAllStandardOutput();
    int end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end));
        m_pending.remove(0, end + 1);
        const QStringList words = line.split(u' ');
        if (words.value(0) == QLatin1String("ACK") && words.size() == 4) {
            Ack ack;
            ack.step = words.at(1) == QLatin1String("S") ? 'S' : 'L';
            ack.number = words.at(2);
            ack.id = words.at(3).toLongLong();
            m_acks.append(ack);
            if (onAck)
                onAck(ack);
        } else if (words.value(0) == QLatin1String("READY")) {
            m_ready = true;
        } else if (words.value(0) == QLatin1String("WAL-DELETED")) {
            m_walDeleted.append(line.mid(12));
        } else if (words.value(0) == QLatin1String("FAIL")) {
            m_failures.append(line.mid(5));
        } else if (words.value(0) == QLatin1String("BUSY")) {
            m_busy.append(line.mid(5));
        }
    }
}
