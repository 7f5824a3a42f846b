#include "lists/ListFieldMakers.h"
#include "lists/ListSpec.h"

using namespace ListFields;
namespace F = FieldFlag;

// R19: service agencies, their technicians with what they know, and training records.
QList<ListSpec> ListSpecs::serviceLists()
{
    ListSpec agencies;
    agencies.id = agencies.table = QStringLiteral("service_agencies");
    agencies.title = QT_TRANSLATE_NOOP("ListSpecs", "Service agencies");
    agencies.entryName = QT_TRANSLATE_NOOP("ListSpecs", "service agency");
    agencies.fields = {
        text(QStringLiteral("code"), QT_TRANSLATE_NOOP("ListSpecs", "Code"),
             F::Generated | F::Unique | F::Column | F::Sortable | F::Search, 30),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListSpecs", "Name"),
             F::Required | F::Column | F::Sortable | F::Search),
        text(QStringLiteral("region"), QT_TRANSLATE_NOOP("ListSpecs", "Region"),
             F::Column | F::Sortable | F::Search, 100),
        longText(QStringLiteral("address"), QT_TRANSLATE_NOOP("ListSpecs", "Address"), F::Search, 500),
        text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("ListSpecs", "Phone"),
             F::Phone | F::Column | F::Search, 40),
    };
    agencies.display = QStringLiteral("%1.name");
    agencies.defaultSort = QStringLiteral("name");
    agencies.keyField = QStringLiteral("code");
    agencies.codeFormat = QStringLiteral("AG%03d");
    agencies.usedBy = {QStringLiteral("SELECT 1 FROM technicians WHERE agency_id = ? LIMIT 1"),
                       QStringLiteral("SELECT 1 FROM plans WHERE agency_id = ? LIMIT 1")};

    ListSpec technicians;
    technicians.id = technicians.table = QStringLiteral("technicians");
    technicians.title = QT_TRANSLATE_NOOP("ListSpecs", "Technicians");
    technicians.entryName = QT_TRANSLATE_NOOP("ListSpecs", "technician");
    technicians.fields = {
        text(QStringLiteral("code"), QT_TRANSLATE_NOOP("ListSpecs", "Code"),
             F::Generated | F::Unique | F::Column | F::Sortable | F::Search, 30),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListSpecs", "Name"),
             F::Required | F::Column | F::Sortable | F::Search),
        reference(QStringLiteral("agency_id"), QT_TRANSLATE_NOOP("ListSpecs", "Service agency"),
                  F::Required | F::Column | F::Sortable, QStringLiteral("service_agencies")),
        text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("ListSpecs", "Phone"),
             F::Phone | F::Column | F::Search, 40),
        text(QStringLiteral("email"), QT_TRANSLATE_NOOP("ListSpecs", "E-mail"), F::Email | F::Search),
        set(QStringLiteral("lines"), QT_TRANSLATE_NOOP("ListSpecs", "Product lines known"), F::Column,
            QStringLiteral("product_lines"), QStringLiteral("code"), QStringLiteral("technician_lines"),
            QStringLiteral("technician_id"), QStringLiteral("product_line")),
        set(QStringLiteral("models"), QT_TRANSLATE_NOOP("ListSpecs", "Models known"), 0,
            QStringLiteral("product_models"), QStringLiteral("id"), QStringLiteral("technician_models"),
            QStringLiteral("technician_id"), QStringLiteral("model_id")),
    };
    technicians.display = QStringLiteral("%1.name");
    technicians.defaultSort = QStringLiteral("name");
    technicians.keyField = QStringLiteral("code");
    technicians.codeFormat = QStringLiteral("T%04d");
    technicians.usedBy = {QStringLiteral("SELECT 1 FROM plans WHERE technician_id = ? LIMIT 1"),
                          QStringLiteral("SELECT 1 FROM service_records WHERE technician_id = ? LIMIT 1"),
                          QStringLiteral("SELECT 1 FROM users WHERE technician_id = ? LIMIT 1")};

    ListSpec training;
    training.id = training.table = QStringLiteral("technician_training");
    training.title = QT_TRANSLATE_NOOP("ListSpecs", "Training records");
    training.entryName = QT_TRANSLATE_NOOP("ListSpecs", "training record");
    training.fields = {
        reference(QStringLiteral("technician_id"), QT_TRANSLATE_NOOP("ListSpecs", "Technician"),
                  F::Required | F::Column | F::Sortable, QStringLiteral("technicians")),
        text(QStringLiteral("course"), QT_TRANSLATE_NOOP("ListSpecs", "Course"),
             F::Required | F::Column | F::Sortable | F::Search),
        reference(QStringLiteral("product_line"), QT_TRANSLATE_NOOP("ListSpecs", "For product line"),
                  F::Column, QStringLiteral("product_lines"), QStringLiteral("code")),
        reference(QStringLiteral("model_id"), QT_TRANSLATE_NOOP("ListSpecs", "For model"), F::Column,
                  QStringLiteral("product_models")),
        date(QStringLiteral("trained_on"), QT_TRANSLATE_NOOP("ListSpecs", "Date"),
             F::Required | F::Column | F::Sortable),
        choice(QStringLiteral("result"), QT_TRANSLATE_NOOP("ListSpecs", "Result"), F::Required | F::Column,
               {QStringLiteral("passed"), QStringLiteral("failed")},
               {QT_TRANSLATE_NOOP("ListSpecs", "Passed"), QT_TRANSLATE_NOOP("ListSpecs", "Failed")}),
        date(QStringLiteral("valid_until"), QT_TRANSLATE_NOOP("ListSpecs", "Valid until"),
             F::Column | F::Sortable, QStringLiteral("trained_on")),
        longText(QStringLiteral("note"), QT_TRANSLATE_NOOP("ListSpecs", "Note"), F::Search, 1000),
    };
    training.parentField = QStringLiteral("technician_id");
    training.display = QStringLiteral("%1.course");
    training.defaultSort = QStringLiteral("trained_on");
    return {agencies, technicians, training};
}
