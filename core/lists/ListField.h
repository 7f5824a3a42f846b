#pragma once

#include <QString>
#include <QStringList>

// One field of an entry of the company's lists (a column of its table), with what core checks
// about it and how the lists window shows it. Labels are untranslated source texts of the
// context "ListSpecs" (QT_TRANSLATE_NOOP), read through ListSpecs::translated().
enum class FieldKind
{
    Text, // one line
    LongText, // several lines (addresses, rules)
    Integer, // whole number, empty allowed unless required
    Bool, // yes or no
    Date, // a day, stored as 12:00 UTC of it
    Choice, // one of choices (codes stored)
    Reference, // an entry of another list (its id, or its code when refKey is "code")
    Set, // several entries of another list, kept in an association table
};

namespace FieldFlag {
enum : unsigned
{
    Required = 1u << 0,
    Unique = 1u << 1, // no two entries (of the same parent) share the value
    Generated = 1u << 2, // left empty, core gives the next code (ListSpec::codeFormat)
    Column = 1u << 3, // shown in the list's table
    Sortable = 1u << 4, // the table can be sorted by it (cheap: indexed or a small list)
    Search = 1u << 5, // the search box finds text anywhere in it
    SearchPrefix = 1u << 6, // the search box finds values starting with the text (indexed, big lists)
    Email = 1u << 7,
    Phone = 1u << 8,
    FixedWhenUsed = 1u << 9, // cannot change once the entry is used (other tables refer to the value)
};
}

struct ListField
{
    QString key; // column name; also the key of the field's error
    FieldKind kind = FieldKind::Text;
    const char* label = ""; // source text, context "ListSpecs"
    unsigned flags = 0;
    QString refList; // Reference and Set: the id of the list referred to
    QString refKey = QStringLiteral("id"); // Reference and Set: the column of the list stored here
    // Reference: the referred entry's parent must be the entry named by this field of ours
    // (a shipment's site belongs to the shipment's customer).
    QString refWithin;
    int maxLength = 200; // Text and LongText
    qint64 minimum = 0; // Integer
    qint64 maximum = 0; // Integer (0: no limit)
    QStringList choices; // Choice: the codes, with choiceLabels their source texts
    QList<const char*> choiceLabels;
    QString notBefore; // Date: the key of a date field this one cannot be earlier than
    // Set: the association table, the column naming the owner and the one naming the member.
    QString setTable;
    QString setOwner;
    QString setMember;

    bool has(unsigned flag) const { return (flags & flag) != 0; }
};
