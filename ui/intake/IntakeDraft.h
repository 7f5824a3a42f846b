#pragma once

#include <QJsonObject>
#include <QString>

// The intake form's draft on disk (AppDataLocation, one JSON file per user), written as the
// clerk types so a crash or a power cut loses nothing, and offered back on the next start.
class IntakeDraft
{
public:
    explicit IntakeDraft(const QString& username);
    QString path() const { return m_path; }
    bool exists() const;
    QJsonObject load() const;
    bool save(const QJsonObject& fields) const; // atomic replace
    void clear() const;

private:
    QString m_path;
};
