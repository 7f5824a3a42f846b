#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What a person typed into a form and has not saved yet, on disk as they type (an atomic
// replace of a small JSON file), so a crash, a kill or a power cut loses nothing; it is offered
// back when the same form is opened again and removed once saved or discarded.
//
// A draft belongs to one database (its settings row database.id) and one user: it lives in
// AppDataLocation/drafts/<database id>/<user>/<form>.json and names both inside, and is never
// offered in another database or to another person.
class FormDraft
{
public:
    struct Content
    {
        QJsonObject fields;
        int caseVersion = 0; // the version of the case the form was opened on (0: no case)
        QDateTime savedAt; // UTC
    };

    FormDraft(const QString& databaseId, const QString& username, const QString& form);

    // The identity of the database (migration 010); empty if it has none.
    static QString databaseId(const QSqlDatabase& db);
    // The form name of a step form of one case: "case-12-analysis".
    static QString caseForm(qint64 caseId, const QString& step);

    QString path() const { return m_path; }
    bool exists() const { return load().has_value(); }
    // Nothing when there is no draft, or the file belongs to another database or user.
    std::optional<Content> load() const;
    // Atomic replace. caseVersion: the version of the case the form was opened on (0: no case);
    // at: now, from the Clock.
    bool save(const QJsonObject& fields, int caseVersion, const QDateTime& at) const;
    void clear() const;

private:
    QString m_databaseId;
    QString m_username;
    QString m_form;
    QString m_path;
};
