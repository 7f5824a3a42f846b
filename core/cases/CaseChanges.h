#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

// One field another person changed, in words: who, when, on which record, from what to what.
struct CaseChange
{
    int version = 0; // the version of the case this change made
    QDateTime at;
    QString user; // display name
    QString action; // "create", "update" or "delete"
    QString entity; // the record's table ("cases", "plans", "case_attachments" ...)
    QString record; // "Case", "Responsible unit R&D", "Processing plan" ...
    QString field; // the label as people say it: "Grade of the event"
    QString oldValue; // in words
    QString newValue;

    // The change in one line: "Grade of the event: Grade B: serious → Grade A: major".
    QString text() const;
    // What changed, for a summary: "Grade of the event", "Processing plan added".
    QString what() const;
};

// What others changed in a case after a given version, read from the audit log, and the
// sentences the window shows about it: the refusal of a save built on an older version and
// the notice in a form whose case changed while it was being edited.
class CaseChanges
{
    Q_DECLARE_TR_FUNCTIONS(CaseChanges)
public:
    // zone: the company's time zone; now: to say "14:02" for a change made today.
    CaseChanges(QSqlDatabase db, QTimeZone zone, QDateTime now);

    // The changes that made the versions after this one, oldest first; after -1, the whole
    // history (the timeline), with what was saved before cases had versions.
    QList<CaseChange> since(qint64 caseId, int version) const;

    // "Li Wei changed this case at 14:02" (several people: "Li Wei (14:02) and Wang Fang (14:10) ...").
    QString who(const QList<CaseChange>& changes) const;
    // The refusal of a save built on an older version: who, when, which fields.
    QString conflictMessage(const QList<CaseChange>& changes) const;
    // The notice in a form being edited when the case changed elsewhere.
    QString editingNotice(const QList<CaseChange>& changes) const;
    // Every change, one line each under a heading per save ("Li Wei, 2026-12-03 14:02").
    QString listText(const QList<CaseChange>& changes) const;
    // The heading of one save's changes.
    QString heading(const CaseChange& change) const;
    // A time in the company's time zone: "14:02" today, "2026-12-03 14:02" another day.
    QString when(const QDateTime& at) const;

private:
    QSqlDatabase m_db;
    QTimeZone m_zone;
    QDateTime m_now;
};
