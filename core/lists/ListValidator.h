#pragma once

#include "lists/ListReferences.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

class FieldCheck;
struct ListField;
struct ListSpec;

// Turns what a person typed or a file held into the values an entry of a list stores, and
// names every wrong field in a clerk's words: a missing name, a duplicate code, a bad e-mail,
// a size that is not a number, a model that is no longer active.
//
// Values come as text (an import) or typed (a form): numbers as text or integers, yes/no as
// bool, 1/0 or words, dates as QDate or "2026-03-31", references as an id (a number) or the
// referred entry's code or shown name (text), sets as a list of those.
class ListValidator
{
    Q_DECLARE_TR_FUNCTIONS(ListValidator)
public:
    ListValidator(QSqlDatabase db, const ListSpec& spec);

    // current: the entry as stored (ListService::load), empty when adding (id 0). When editing,
    // a key missing from input keeps its stored value. Returns the value of every field:
    // QString, qint64, bool, QDate, a reference's id or code, a set's QVariantList; an invalid
    // QVariant for "none". Throws UserError with the wrong fields.
    QVariantMap check(const QVariantMap& input, const QVariantMap& current, qint64 id) const;
    // Whether a case or another list uses the entry (ListSpec::usedBy).
    bool isUsed(qint64 id) const;
    // Yes or no as people write it: 1/0, yes/no, y/n, true/false, x, 是/否 (empty is no);
    // nothing when it is neither.
    static std::optional<bool> yesNo(const QVariant& value);
    // A day as people write it: 2026-03-31, 2026/3/31, 2026.3.31, 31.3.2026, 20260331;
    // invalid when it is none of them.
    static QDate date(const QVariant& value);

private:
    QVariant normalize(const ListField& f, const QVariant& raw, const QVariantMap& current, qint64 id,
                       FieldCheck& check) const;
    QVariant reference(const ListField& f, const QVariant& raw, const QVariant& was, FieldCheck& check) const;
    QVariant set(const ListField& f, const QVariant& raw, const QVariant& was, FieldCheck& check) const;
    void checkUnique(const QVariantMap& values, qint64 id, const QVariantMap& current,
                     FieldCheck& check) const;
    void checkRelations(const QVariantMap& values, qint64 id, const QVariantMap& current,
                        FieldCheck& check) const;

    QSqlDatabase m_db;
    const ListSpec& m_spec;
    ListReferences m_references;
};
