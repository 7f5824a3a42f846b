#include "BenchUtil.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <fcntl.h>
#include <unistd.h>

namespace Bench {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

std::vector<double> time(int warmup, int runs, const std::function<void()>& f)
{
    for (int i = 0; i < warmup; ++i)
        f();
    std::vector<double> out;
    out.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        out.push_back(msSince(t));
    }
    return out;
}

void timePair(int warmup, int runs, const std::function<void()>& project, const std::function<void()>& raw,
              std::vector<double>& projectMs, std::vector<double>& rawMs)
{
    for (int i = 0; i < warmup; ++i) {
        project();
        raw();
    }
    for (int i = 0; i < runs; ++i) {
        const auto a = time(0, 1, i % 2 ? raw : project);
        const auto b = time(0, 1, i % 2 ? project : raw);
        (i % 2 ? rawMs : projectMs).push_back(a.front());
        (i % 2 ? projectMs : rawMs).push_back(b.front());
    }
}

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

void evictFromPageCache(const QString& databasePath)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QByteArray name = QFile::encodeName(databasePath + suffix);
        const int fd = ::open(name.constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

} // namespace Bench
