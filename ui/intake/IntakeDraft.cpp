#include "intake/IntakeDraft.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

IntakeDraft::IntakeDraft(const QString& username)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    QString safe = username;
    for (QChar& ch : safe)
        if (!ch.isLetterOrNumber())
            ch = u'_';
    m_path = QDir(dir).filePath(QStringLiteral("intake-draft-%1.json").arg(safe));
}

bool IntakeDraft::exists() const
{
    return QFile::exists(m_path);
}

QJsonObject IntakeDraft::load() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool IntakeDraft::save(const QJsonObject& fields) const
{
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return f.commit();
}

void IntakeDraft::clear() const
{
    QFile::remove(m_path);
}
