#include "lists/ListFieldMakers.h"
#include "lists/ListSpec.h"

using namespace ListFields;
namespace F = FieldFlag;

namespace {
// Code, English and Chinese name: the fields of the quality department's short lists.
QList<ListField> codedNames(int codeLength, unsigned codeFlags = 0)
{
    return {text(QStringLiteral("code"), QT_TRANSLATE_NOOP("ListSpecs", "Code"),
                 F::Required | F::Unique | F::Column | F::Sortable | F::Search | codeFlags, codeLength),
            text(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListSpecs", "Name"),
                 F::Required | F::Column | F::Sortable | F::Search),
            text(QStringLiteral("name_zh"), QT_TRANSLATE_NOOP("ListSpecs", "Name in Chinese"),
                 F::Column | F::Search)};
}

// A two-level defect catalog: its groups (one table for both catalogs) and its codes.
QList<ListSpec> catalog(const QString& catalogCode, const QString& table, const char* groupsTitle,
                        const char* title, const char* entryName, const QString& usedByCases)
{
    ListSpec groups;
    groups.id = table + QStringLiteral("_groups");
    groups.table = QStringLiteral("defect_groups");
    groups.title = groupsTitle;
    groups.entryName = QT_TRANSLATE_NOOP("ListSpecs", "group");
    groups.fields = codedNames(20);
    groups.fixedWhere = QStringLiteral("%1.catalog = '") + catalogCode + u'\'';
    groups.fixedValues = {{QStringLiteral("catalog"), catalogCode}};
    groups.display = QStringLiteral("%1.code || ' — ' || %1.name");
    groups.defaultSort = QStringLiteral("code");
    groups.keyField = QStringLiteral("code");
    groups.usedBy = {QStringLiteral("SELECT 1 FROM %1 WHERE group_id = ? LIMIT 1").arg(table)};

    ListSpec codes;
    codes.id = codes.table = table;
    codes.title = title;
    codes.entryName = entryName;
    codes.fields = {reference(QStringLiteral("group_id"), QT_TRANSLATE_NOOP("ListSpecs", "Group"),
                              F::Required | F::Column | F::Sortable, groups.id)};
    codes.fields += codedNames(30);
    codes.display = QStringLiteral("%1.code || ' — ' || %1.name");
    codes.defaultSort = QStringLiteral("code");
    codes.keyField = QStringLiteral("code");
    codes.usedBy = {QStringLiteral("SELECT 1 FROM cases WHERE %1 = ? LIMIT 1").arg(usedByCases)};
    return {groups, codes};
}
} // namespace

// Responsible units, grades with their rules (R10), and the defect catalogs.
QList<ListSpec> ListSpecs::qualityLists()
{
    ListSpec units;
    units.id = units.table = QStringLiteral("units");
    units.title = QT_TRANSLATE_NOOP("ListSpecs", "Responsible units");
    units.entryName = QT_TRANSLATE_NOOP("ListSpecs", "unit");
    units.fields = codedNames(30, F::FixedWhenUsed);
    units.display = QStringLiteral("%1.name");
    units.defaultSort = QStringLiteral("code");
    units.keyField = QStringLiteral("code");
    // The workflow itself names three units by their code.
    units.usedBy
        = {QStringLiteral("SELECT 1 FROM units WHERE id = ? AND code IN ('SALES', 'QUALITY', 'TECHSUPPORT')"),
           QStringLiteral("SELECT 1 FROM case_units WHERE unit_id = ? LIMIT 1"),
           QStringLiteral("SELECT 1 FROM follow_ups WHERE owner_unit_id = ? LIMIT 1"),
           QStringLiteral("SELECT 1 FROM users WHERE unit_id = ? LIMIT 1")};

    ListSpec grades;
    grades.id = grades.table = QStringLiteral("grades");
    grades.title = QT_TRANSLATE_NOOP("ListSpecs", "Grades");
    grades.entryName = QT_TRANSLATE_NOOP("ListSpecs", "grade");
    grades.fields = codedNames(10);
    grades.fields += {
        longText(QStringLiteral("response_rules"), QT_TRANSLATE_NOOP("ListSpecs", "Response rules"),
                 F::Required | F::Search),
        longText(QStringLiteral("response_rules_zh"),
                 QT_TRANSLATE_NOOP("ListSpecs", "Response rules in Chinese"), 0),
        longText(QStringLiteral("temporary_measures"), QT_TRANSLATE_NOOP("ListSpecs", "Temporary measures"),
                 F::Search),
        longText(QStringLiteral("temporary_measures_zh"),
                 QT_TRANSLATE_NOOP("ListSpecs", "Temporary measures in Chinese"), 0),
        integer(QStringLiteral("processing_hours"),
                QT_TRANSLATE_NOOP("ListSpecs", "Processing deadline (hours)"),
                F::Required | F::Column | F::Sortable, 1, 8760),
        integer(QStringLiteral("unit_reply_hours"), QT_TRANSLATE_NOOP("ListSpecs", "Unit reply (hours)"),
                F::Required | F::Column, 1, 8760),
        integer(QStringLiteral("arrival_hours"), QT_TRANSLATE_NOOP("ListSpecs", "On-site arrival (hours)"),
                F::Required | F::Column, 1, 8760),
    };
    grades.display = QStringLiteral("%1.name");
    grades.defaultSort = QStringLiteral("code");
    grades.keyField = QStringLiteral("code");
    grades.usedBy = {QStringLiteral("SELECT 1 FROM cases WHERE grade_id = ? LIMIT 1")};

    QList<ListSpec> lists {units, grades};
    lists += catalog(QStringLiteral("category"), QStringLiteral("defect_categories"),
                     QT_TRANSLATE_NOOP("ListSpecs", "Defect category groups"),
                     QT_TRANSLATE_NOOP("ListSpecs", "Defect categories"),
                     QT_TRANSLATE_NOOP("ListSpecs", "defect category"), QStringLiteral("defect_category_id"));
    lists += catalog(QStringLiteral("cause"), QStringLiteral("defect_causes"),
                     QT_TRANSLATE_NOOP("ListSpecs", "Defect cause groups"),
                     QT_TRANSLATE_NOOP("ListSpecs", "Defect causes"),
                     QT_TRANSLATE_NOOP("ListSpecs", "defect cause"), QStringLiteral("defect_cause_id"));
    return lists;
}
