#pragma once

#include "lists/ListField.h"

// Short makers for the fields of the list specs (ListSpecs*.cpp), so a spec reads as a table.
namespace ListFields {

inline ListField text(const QString& key, const char* label, unsigned flags, int maxLength = 200)
{
    ListField f;
    f.key = key;
    f.label = label;
    f.flags = flags;
    f.maxLength = maxLength;
    return f;
}

inline ListField longText(const QString& key, const char* label, unsigned flags, int maxLength = 2000)
{
    ListField f = text(key, label, flags, maxLength);
    f.kind = FieldKind::LongText;
    return f;
}

inline ListField integer(const QString& key, const char* label, unsigned flags, qint64 minimum,
                         qint64 maximum)
{
    ListField f = text(key, label, flags);
    f.kind = FieldKind::Integer;
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

inline ListField boolean(const QString& key, const char* label, unsigned flags)
{
    ListField f = text(key, label, flags);
    f.kind = FieldKind::Bool;
    return f;
}

inline ListField date(const QString& key, const char* label, unsigned flags, const QString& notBefore = {})
{
    ListField f = text(key, label, flags);
    f.kind = FieldKind::Date;
    f.notBefore = notBefore;
    return f;
}

inline ListField choice(const QString& key, const char* label, unsigned flags, const QStringList& codes,
                        const QList<const char*>& labels)
{
    ListField f = text(key, label, flags);
    f.kind = FieldKind::Choice;
    f.choices = codes;
    f.choiceLabels = labels;
    return f;
}

inline ListField reference(const QString& key, const char* label, unsigned flags, const QString& list,
                           const QString& refKey = QStringLiteral("id"))
{
    ListField f = text(key, label, flags);
    f.kind = FieldKind::Reference;
    f.refList = list;
    f.refKey = refKey;
    return f;
}

inline ListField set(const QString& key, const char* label, unsigned flags, const QString& list,
                     const QString& refKey, const QString& table, const QString& owner, const QString& member)
{
    ListField f = reference(key, label, flags, list, refKey);
    f.kind = FieldKind::Set;
    f.setTable = table;
    f.setOwner = owner;
    f.setMember = member;
    return f;
}

} // namespace ListFields
