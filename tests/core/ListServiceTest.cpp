#include "FlowDriver.h"
#include "ListTestWorld.h"
#include "UserError.h"
#include "db/Sql.h"
#include "lists/ListSpec.h"

#include <catch2/catch.hpp>

namespace {
// A field of each list to change in the edit test, with its new value and how it reads back.
struct Change
{
    QString key;
    QVariant value;
    QVariant stored;
};

Change changeFor(const ListSpec& spec, ListTestWorld& w)
{
    if (spec.id == QLatin1String("serials")) {
        const qint64 other
            = w.lists.add(w.office, QStringLiteral("product_models"),
                          w.validEntry(QStringLiteral("product_models"), QStringLiteral("other")));
        return {QStringLiteral("model_id"), other, other};
    }
    if (spec.id == QLatin1String("shipments"))
        return {QStringLiteral("shipped_at"), QStringLiteral("2025-12-24"), QDate(2025, 12, 24)};
    if (spec.id == QLatin1String("technician_training"))
        return {QStringLiteral("course"), QStringLiteral("Electric actuators, level 2"),
                QStringLiteral("Electric actuators, level 2")};
    return {QStringLiteral("name"), QStringLiteral("Renamed  entry "), QStringLiteral("Renamed entry")};
}
} // namespace

TEST_CASE("Every list - the office adds and edits and deactivates and reactivates an entry with every change "
          "audited",
          "[lists]")
{
    for (const ListSpec& spec : ListSpecs::all()) {
        INFO("list " << spec.id.toStdString());
        ListTestWorld w;
        const QVariantMap entry = w.validEntry(spec.id, QStringLiteral("1"));
        REQUIRE_FALSE(entry.isEmpty());
        const qint64 id = w.lists.add(w.office, spec.id, entry);
        REQUIRE(id > 0);
        const QVariantMap stored = w.lists.load(spec.id, id);
        CHECK(stored.value(QStringLiteral("active")).toBool());
        // Who, when and every field given, in the audit log of the list's table (no case).
        CHECK(w.auditRows(spec.table, id, QStringLiteral("create")) >= 2);
        CHECK(Sql::scalar(w.t.connection(),
                          QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = ? AND entity_id = ? "
                                         "AND (user_id <> ? OR at <> ?)"),
                          {spec.table, id, w.office.id, w.clock.now().toSecsSinceEpoch()})
                  .toInt()
              == 0);

        const Change change = changeFor(spec, w);
        const QVariant before = stored.value(change.key);
        CHECK(w.lists.edit(w.office, spec.id, id, {{change.key, change.value}}) == 1);
        CHECK(w.lists.load(spec.id, id).value(change.key) == change.stored);
        const QVariant oldLogged = Sql::scalar(
            w.t.connection(),
            QStringLiteral("SELECT old_value FROM audit_log WHERE entity = ? AND entity_id = ? AND field = ? "
                           "AND action = 'update'"),
            {spec.table, id, change.key});
        CHECK(oldLogged.isValid());
        // Saving the same values again changes nothing and logs nothing.
        const int rows = w.auditRows(spec.table, id);
        CHECK(w.lists.edit(w.office, spec.id, id, w.lists.load(spec.id, id)) == 0);
        CHECK(w.auditRows(spec.table, id) == rows);

        w.lists.setActive(w.office, spec.id, id, false);
        CHECK_FALSE(w.lists.load(spec.id, id).value(QStringLiteral("active")).toBool());
        CHECK(Sql::scalar(
                  w.t.connection(),
                  QStringLiteral("SELECT new_value FROM audit_log WHERE entity = ? AND entity_id = ? AND "
                                 "field = 'active' ORDER BY id DESC LIMIT 1"),
                  {spec.table, id})
                  .toString()
              == QStringLiteral("0"));
        w.lists.setActive(w.office, spec.id, id, true);
        CHECK(w.lists.load(spec.id, id).value(QStringLiteral("active")).toBool());
        (void)before;
    }
}

TEST_CASE("Every list - Sales and Quality and the others are refused by core and nothing changes", "[lists]")
{
    for (const ListSpec& spec : ListSpecs::all()) {
        INFO("list " << spec.id.toStdString());
        ListTestWorld w;
        const qint64 id = w.lists.add(w.t.admin, spec.id, w.validEntry(spec.id, QStringLiteral("1")));
        const QVariantMap before = w.lists.load(spec.id, id);
        const int auditBefore
            = Sql::scalar(w.t.connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        for (const User& who : {w.t.sales, w.t.quality, w.t.technician, w.t.rnd, w.t.manager}) {
            INFO("role " << Roles::code(who.role).toStdString());
            try {
                w.lists.add(who, spec.id, w.validEntry(spec.id, QStringLiteral("2")));
                FAIL("added");
            } catch (const UserError& e) {
                CHECK(e.message().contains(QStringLiteral("Only the office or an administrator")));
            }
            CHECK_THROWS_AS(w.lists.edit(who, spec.id, id, {{QStringLiteral("name"), QStringLiteral("X")}}),
                            UserError);
            CHECK_THROWS_AS(w.lists.setActive(who, spec.id, id, false), UserError);
        }
        CHECK(w.lists.load(spec.id, id) == before);
        CHECK(Sql::scalar(w.t.connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt()
              == auditBefore);
    }
}

TEST_CASE("Every list with a key refuses a duplicate and names the field", "[lists]")
{
    for (const ListSpec& spec : ListSpecs::all()) {
        QStringList keys;
        for (const ListField& f : spec.fields)
            if (f.has(FieldFlag::Unique))
                keys.append(f.key);
        if (keys.isEmpty() && spec.uniqueTogether.isEmpty())
            continue;
        INFO("list " << spec.id.toStdString());
        ListTestWorld w;
        const QVariantMap entry = w.validEntry(spec.id, QStringLiteral("1"));
        w.lists.add(w.office, spec.id, entry);
        const qint64 second = w.lists.add(w.office, spec.id, w.validEntry(spec.id, QStringLiteral("2")));
        const int audit
            = Sql::scalar(w.t.connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        const QString errorKey = keys.isEmpty() ? spec.uniqueTogether.last() : keys.first();
        try {
            w.lists.add(w.office, spec.id, entry);
            FAIL("a duplicate was added");
        } catch (const UserError& e) {
            CHECK(e.fieldErrors().contains(errorKey));
        }
        // Changing another entry to the same key is refused too, and leaves it as it was.
        QVariantMap same;
        for (const QString& k : keys.isEmpty() ? spec.uniqueTogether : keys)
            same.insert(k, entry.value(k));
        CHECK_THROWS_AS(w.lists.edit(w.office, spec.id, second, same), UserError);
        CHECK(Sql::scalar(w.t.connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt()
              == audit);
    }
}

TEST_CASE("Field errors in a clerk's words for a missing name or bad e-mail or a DN that is no number or an "
          "unknown model",
          "[lists]")
{
    ListTestWorld w;
    const auto errors = [&w](const QString& list, const QVariantMap& values) {
        try {
            w.lists.add(w.office, list, values);
        } catch (const UserError& e) {
            return e.fieldErrors();
        }
        return QMap<QString, QString>();
    };
    QVariantMap customer = w.validEntry(QStringLiteral("customers"), QStringLiteral("1"));
    customer.insert(QStringLiteral("name"), QStringLiteral("   "));
    CHECK(errors(QStringLiteral("customers"), customer).value(QStringLiteral("name"))
          == QStringLiteral("Fill in “Name”."));

    QVariantMap contact = w.validEntry(QStringLiteral("contacts"), QStringLiteral("1"));
    contact.insert(QStringLiteral("email"), QStringLiteral("buyer.example.com"));
    contact.insert(QStringLiteral("phone"), QStringLiteral("call the plant"));
    const auto contactErrors = errors(QStringLiteral("contacts"), contact);
    CHECK(contactErrors.value(QStringLiteral("email")).contains(QStringLiteral("is not an e-mail address")));
    CHECK(contactErrors.value(QStringLiteral("phone")).contains(QStringLiteral("is not a phone number")));

    QVariantMap model = w.validEntry(QStringLiteral("product_models"), QStringLiteral("1"));
    model.insert(QStringLiteral("size_dn"), QStringLiteral("fifty"));
    model.insert(QStringLiteral("product_line"), QStringLiteral("pumps"));
    const auto modelErrors = errors(QStringLiteral("product_models"), model);
    CHECK(modelErrors.value(QStringLiteral("size_dn"))
          == QStringLiteral("“Size DN” must be a whole number; “fifty” is not."));
    CHECK(modelErrors.value(QStringLiteral("product_line"))
          == QStringLiteral("There is no product line “pumps”."));

    QVariantMap serial = w.validEntry(QStringLiteral("serials"), QStringLiteral("1"));
    serial.insert(QStringLiteral("model_id"), QStringLiteral("NO-SUCH-MODEL"));
    CHECK(errors(QStringLiteral("serials"), serial).value(QStringLiteral("model_id"))
          == QStringLiteral("There is no product model “NO-SUCH-MODEL”."));

    QVariantMap training = w.validEntry(QStringLiteral("technician_training"), QStringLiteral("1"));
    training.insert(QStringLiteral("valid_until"), QStringLiteral("2024-01-01"));
    training.insert(QStringLiteral("result"), QStringLiteral("so-so"));
    const auto trainingErrors = errors(QStringLiteral("technician_training"), training);
    CHECK(trainingErrors.value(QStringLiteral("valid_until"))
          == QStringLiteral("“Valid until” cannot be before “Date”."));
    CHECK(trainingErrors.value(QStringLiteral("result"))
          == QStringLiteral("“Result” must be one of: Passed, Failed."));

    QVariantMap grade = w.validEntry(QStringLiteral("grades"), QStringLiteral("1"));
    grade.insert(QStringLiteral("processing_hours"), 0);
    CHECK(errors(QStringLiteral("grades"), grade).value(QStringLiteral("processing_hours"))
          == QStringLiteral("“Processing deadline (hours)” must be between 1 and 8760."));
    CHECK(Sql::scalar(w.t.connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 0);
}

TEST_CASE("Codes left empty are given and a product line or serial in use keeps its code", "[lists]")
{
    ListTestWorld w;
    const qint64 c1
        = w.lists.add(w.office, QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("A")}});
    const qint64 c2
        = w.lists.add(w.office, QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("B")}});
    const QString code1
        = w.lists.load(QStringLiteral("customers"), c1).value(QStringLiteral("code")).toString();
    const QString code2
        = w.lists.load(QStringLiteral("customers"), c2).value(QStringLiteral("code")).toString();
    CHECK(code1.startsWith(u'C'));
    CHECK(code1 != code2);
    const qint64 agency = w.lists.add(w.office, QStringLiteral("service_agencies"),
                                      {{QStringLiteral("name"), QStringLiteral("North")}});
    CHECK(w.lists.load(QStringLiteral("service_agencies"), agency)
              .value(QStringLiteral("code"))
              .toString()
              .startsWith(QStringLiteral("AG")));

    const qint64 valve = w.lists.findId(QStringLiteral("product_lines"), QStringLiteral("valve"));
    try {
        w.lists.edit(w.office, QStringLiteral("product_lines"), valve,
                     {{QStringLiteral("code"), QStringLiteral("valves")}});
        FAIL("renamed a line in use");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().contains(QStringLiteral("code")));
    }
    // A serial number a case was logged with keeps its number (cases name it by its number).
    const qint64 serial = w.lists.findId(QStringLiteral("serials"), w.t.serialNo);
    CHECK(w.lists.edit(w.office, QStringLiteral("serials"), serial,
                       {{QStringLiteral("serial_no"), QStringLiteral("SN-NEW")}})
          == 1);
    CHECK(w.lists.edit(w.office, QStringLiteral("serials"), serial,
                       {{QStringLiteral("serial_no"), w.t.serialNo}})
          == 1);
    FlowDriver(w.t).log();
    CHECK_THROWS_AS(w.lists.edit(w.office, QStringLiteral("serials"), serial,
                                 {{QStringLiteral("serial_no"), QStringLiteral("SN-NEW")}}),
                    UserError);
    const qint64 unused = w.lists.add(w.office, QStringLiteral("product_lines"),
                                      w.validEntry(QStringLiteral("product_lines"), QStringLiteral("x")));
    CHECK(w.lists.edit(w.office, QStringLiteral("product_lines"), unused,
                       {{QStringLiteral("code"), QStringLiteral("pump")}})
          == 1);
}
