#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace {

const char fileName[] = "test-paths.ini";

// The file is in <build>/tests; every test program lives one or two folders below it.
QString findPathsFile()
{
    const QByteArray given = qgetenv("QL_TEST_PATHS");
    if (!given.isEmpty())
        return QString::fromLocal8Bit(given);
    QDir dir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(u'/', 0, -2);
    for (int up = 0; up < 4; ++up) {
        if (dir.exists(QLatin1String(fileName)))
            return dir.filePath(QLatin1String(fileName));
        if (!dir.cdUp())
            break;
    }
    return {};
}

QHash<QString, QString> readPaths()
{
    const QString path = findPathsFile();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("%s not found above the test program (or QL_TEST_PATHS unset)", fileName);
    QHash<QString, QString> paths;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            paths.insert(line.left(eq), line.mid(eq + 1));
    }
    return paths;
}

} // namespace

QString testPath(const char* key)
{
    static const QHash<QString, QString> paths = readPaths();
    const auto it = paths.constFind(QString::fromLatin1(key));
    if (it == paths.constEnd())
        qFatal("%s has no path %s: add it in tests/CMakeLists.txt", fileName, key);
    return it.value();
}
