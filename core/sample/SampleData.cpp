#include "sample/SampleData.h"

#include "UserError.h"
#include "auth/PasswordHash.h"
#include "db/BulkStatement.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "reference/ReferenceData.h"
#include "sample/SampleCaseWriter.h"
#include "sample/SampleImprovement.h"
#include "sample/SampleLoops.h"
#include "sample/SamplePhotos.h"
#include "sample/SampleTexts.h"
#include "search/SearchIndex.h"

#include <QRandomGenerator>

namespace {

struct ModelSpec
{
    const char* code;
    const char* name;
    const char* line;
    const char* type;
    int dn; // 0: none
    const char* pressure;
};

const ModelSpec models[] = {
    {"Q41F-16C-50", "Ball valve Q41F-16C DN50", "valve", "ball valve", 50, "PN16"},
    {"Q41F-16C-100", "Ball valve Q41F-16C DN100", "valve", "ball valve", 100, "PN16"},
    {"J41H-25-80", "Globe valve J41H-25 DN80", "valve", "globe valve", 80, "PN25"},
    {"Z41H-16C-150", "Gate valve Z41H-16C DN150", "valve", "gate valve", 150, "PN16"},
    {"D341X-10-300", "Butterfly valve D341X DN300", "valve", "butterfly valve", 300, "PN10"},
    {"ZJHP-16P-50", "Pneumatic control valve ZJHP DN50", "valve", "pneumatic control valve", 50, "PN16"},
    {"AT-063", "Pneumatic actuator AT-63 (double acting)", "actuator", "pneumatic actuator", 0, ""},
    {"AT-125S", "Pneumatic actuator AT-125 (spring return)", "actuator", "pneumatic actuator", 0, ""},
    {"EA-200", "Electric actuator EA-200, 380 V", "actuator", "electric actuator", 0, ""},
    {"SP-3000", "Smart positioner SP-3000 (HART)", "positioner", "smart positioner", 0, ""},
    {"EP-20", "Electro-pneumatic positioner EP-20", "positioner", "electro-pneumatic positioner", 0, ""},
    {"KIT-SEAT-50", "Seat and seal kit DN50", "spare", "seal kit", 50, ""},
};

// Training records of the sample technicians (R19): one current, one expiring, one expired.
void addTraining(const QSqlDatabase& db, qint64 technician, const char* course, const char* line,
                 const QDate& on, const QDate& until)
{
    const auto noon = [](const QDate& d) { return QDateTime(d, QTime(12, 0), Qt::UTC).toSecsSinceEpoch(); };
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO technician_training(technician_id, course, product_line, trained_on, "
                       "result, valid_until) VALUES (?, ?, ?, ?, 'passed', ?)"),
        {technician, QString::fromUtf8(course), QString::fromLatin1(line), noon(on), noon(until)});
}

void buildWorld(const QSqlDatabase& db, SampleWorld& w, QRandomGenerator& rng, qint64 cases,
                const QDateTime& now)
{
    ReferenceData ref(db);
    const QStringList& names = SampleTexts::customerNames();
    const int customerCount
        = static_cast<int>(std::min<qint64>(2000, std::max<qint64>(names.size(), cases / 500)));
    for (int i = 0; i < customerCount; ++i) {
        const QString name = i < names.size()
            ? names.at(i)
            : QStringLiteral("%1 (site %2)").arg(names.at(i % names.size())).arg(i / names.size() + 1);
        const qint64 id
            = ref.addCustomer(name, i % 7 == 0, QStringLiteral("Industrial Park Road %1").arg(i + 1),
                              SampleTexts::regions().at(i % SampleTexts::regions().size()));
        ref.addContact(id, SampleTexts::contacts().at(i % SampleTexts::contacts().size()),
                       QStringLiteral("+86 21 5555 %1").arg(1000 + i), QString());
        if (i % 5 == 0)
            Sql::exec(
                db, QStringLiteral("INSERT INTO customer_sites(customer_id, name, address) VALUES (?, ?, ?)"),
                {id, QStringLiteral("Main plant"),
                 QStringLiteral("Industrial Park Road %1, Gate 2").arg(i + 1)});
        w.customers.append(id);
        w.customerNames.insert(id, name);
    }
    QList<qint64> modelIds;
    for (const ModelSpec& m : models) {
        const qint64 id = ref.addProductModel(QString::fromLatin1(m.code), QString::fromLatin1(m.name),
                                              QString::fromLatin1(m.line));
        Sql::exec(db,
                  QStringLiteral("UPDATE product_models SET model_type = ?, size_dn = ?, pressure_rating = ? "
                                 "WHERE id = ?"),
                  {QString::fromLatin1(m.type), m.dn > 0 ? QVariant(m.dn) : QVariant(),
                   QString::fromLatin1(m.pressure), id});
        modelIds.append(id);
        w.modelLines.insert(id, QString::fromLatin1(m.line));
    }
    // Shipments with serial numbers: enough serials that most cases have their own.
    const qint64 serialCount = std::max<qint64>(200, cases);
    const qint64 shipments = std::max<qint64>(20, serialCount / 20);
    sqlite3* handle = Sql::handle(db);
    BulkStatement shipment(
        handle, "INSERT INTO shipments(order_no, batch_no, customer_id, shipped_at) VALUES (?1,?2,?3,?4)");
    BulkStatement serial(handle, "INSERT INTO serials(serial_no, shipment_id, model_id) VALUES (?1,?2,?3)");
    const qint64 span = 10LL * 365 * 86400;
    for (qint64 s = 0; s < shipments; ++s) {
        const qint64 customer = w.customers.at(static_cast<int>(rng.bounded(customerCount)));
        const qint64 shipped = now.toSecsSinceEpoch() - span + span * s / shipments;
        const qint64 id = shipment.bind(1, QStringLiteral("SO-%1").arg(s + 1))
                              .bind(2, QStringLiteral("B%1").arg(s + 1))
                              .bind(3, customer)
                              .bind(4, shipped)
                              .run();
        const qint64 model = modelIds.at(static_cast<int>(rng.bounded(static_cast<int>(modelIds.size()))));
        for (qint64 k = 0; k < 20; ++k) {
            const QString no = QStringLiteral("SN%1%2")
                                   .arg(QDateTime::fromSecsSinceEpoch(shipped).date().year())
                                   .arg(s * 20 + k, 7, 10, QLatin1Char('0'));
            serial.bind(1, no).bind(2, id).bind(3, model).run();
            w.serials.append(no);
            w.serialsShipment.append(id);
            w.serialModels.append(model);
        }
    }
    const QList<NamedItem> units = ref.units();
    for (const NamedItem& u : units) {
        w.unitNames.insert(u.id, u.name);
        if (u.code != QLatin1String("SALES") && u.code != QLatin1String("QUALITY"))
            w.units.append(u.id);
        if (u.code == QLatin1String("TECHSUPPORT"))
            w.techSupportUnit = u.id;
    }
    const qint64 east = ref.addServiceAgency(QStringLiteral("East China Service Center"),
                                             QStringLiteral("East"), QStringLiteral("+86 21 5555 0101"));
    const qint64 north = ref.addServiceAgency(QStringLiteral("华北服务站"), QStringLiteral("North"),
                                              QStringLiteral("+86 10 5555 0102"));
    const QList<QPair<qint64, QString>> techs {{east, QStringLiteral("Zhou Jie")},
                                               {east, QStringLiteral("吴刚")},
                                               {north, QStringLiteral("Ma Lin")},
                                               {north, QStringLiteral("郑海")}};
    for (int i = 0; i < techs.size(); ++i) {
        const QStringList lines = i % 2 == 0
            ? QStringList {QStringLiteral("valve"), QStringLiteral("actuator")}
            : QStringList {QStringLiteral("positioner"), QStringLiteral("valve")};
        w.technicians.append({techs[i].first,
                              ref.addTechnician(techs[i].first, techs[i].second,
                                                QStringLiteral("+86 139 0000 %1").arg(1000 + i), lines)});
    }
    const QDate today = now.date();
    addTraining(db, w.technicians[0].second, "Ball and control valves: service", "valve", today.addYears(-1),
                today.addYears(1));
    addTraining(db, w.technicians[1].second, "Smart positioners: calibration", "positioner",
                today.addMonths(-11), today.addMonths(1));
    addTraining(db, w.technicians[2].second, "Ball and control valves: service", "valve", today.addYears(-3),
                today.addMonths(-2));
    for (const Grade& g : ref.grades()) {
        w.grades.append(g.id);
        w.gradeHours.insert(g.id, {g.processingHours, g.unitReplyHours});
        w.gradeArrival.insert(g.id, g.arrivalHours);
    }
    for (const NamedItem& i : ref.defectCategories())
        w.categories.append(i.id);
    for (const NamedItem& i : ref.defectCauses())
        w.causes.append(i.id);
}

void addPeople(const QSqlDatabase& db, SampleWorld& w)
{
    // One hash for all sample accounts: hashing is deliberately slow.
    const QString hash = PasswordHash::hash(SampleData::demoPassword());
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    auto add = [&](const QString& username, const QString& name, const char* role, qint64 unit,
                   qint64 technician) {
        return Sql::exec(
                   db,
                   QStringLiteral("INSERT INTO users(username, display_name, role, unit_id, technician_id, "
                                  "password_hash, created_at) VALUES (?,?,?,?,?,?,?)"),
                   {username, name, QString::fromLatin1(role), unit > 0 ? QVariant(unit) : QVariant(),
                    technician > 0 ? QVariant(technician) : QVariant(), hash, created})
            .lastInsertId()
            .toLongLong();
    };
    // The demonstration's administrator (a database older than migration 011 still had a
    // password-less "admin", which gets the password).
    Sql::exec(db,
              QStringLiteral("INSERT INTO users(username, display_name, role, password_hash, created_at) "
                             "VALUES ('admin', 'Administrator', 'admin', ?, ?) ON CONFLICT(username) DO "
                             "UPDATE SET password_hash = excluded.password_hash WHERE password_hash = ''"),
              {hash, created});
    w.salesUsers = {add(QStringLiteral("sales"), QStringLiteral("Li Na"), "sales", 0, 0),
                    add(QStringLiteral("sales2"), QStringLiteral("王芳"), "sales", 0, 0)};
    w.qualityUsers = {add(QStringLiteral("quality"), QStringLiteral("Zhang Wei"), "quality", 0, 0),
                      add(QStringLiteral("quality2"), QStringLiteral("刘敏"), "quality", 0, 0)};
    add(QStringLiteral("tech"), QStringLiteral("Zhou Jie"), "technician", 0, w.technicians.first().second);
    add(QStringLiteral("support"), QStringLiteral("Technical Support desk"), "unit", w.techSupportUnit, 0);
    add(QStringLiteral("rnd"), QStringLiteral("R&D desk"), "unit", w.units.first(), 0);
    add(QStringLiteral("manager"), QStringLiteral("Chen Jun"), "manager", 0, 0);
    add(QStringLiteral("office"), QStringLiteral("Office"), "office", 0, 0);
}

} // namespace

QString SampleData::refusedOnServer()
{
    return tr("Sample data goes only into a new database file on this PC, never into a database on a "
              "PostgreSQL server, which holds a shared office's real cases. Nothing was changed.");
}

void SampleData::generate(const QSqlDatabase& db, const SampleOptions& options)
{
    if (Sql::isServer(db))
        throw UserError(refusedOnServer());
    if (Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong() > 0)
        throw UserError(
            tr("This database already has cases; sample data goes only into a new, empty database."));
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    QRandomGenerator rng(options.seed);
    SampleWorld world;
    const DeadlineCalculator deadlines(DeadlineRules::load(db));
    {
        Transaction transaction(db);
        buildWorld(db, world, rng, options.cases, now);
        addPeople(db, world);
        SampleCaseWriter writer(Sql::handle(db), world, deadlines, now, options.seed);
        std::unique_ptr<SamplePhotos> photos;
        if (options.photos) {
            photos = std::make_unique<SamplePhotos>(db, options.seed, options.cases);
            writer.setPhotos(photos.get());
        }
        // Cases spread over up to ten years, one year per 100,000 cases, newest last.
        const qint64 years = std::clamp<qint64>(options.cases / 100000, 1, 10);
        const qint64 span = years * 365 * 86400;
        const qint64 start = now.toSecsSinceEpoch() - span;
        // About a hundred reports (at most one per 5,000 cases); the last one after the search index.
        const qint64 step = std::clamp<qint64>(options.cases / 100, 1, 5000);
        // With the loops, one case of those asked for is the objection of a call-back (SampleLoops).
        const qint64 written = options.cases - (options.loops && options.cases > 0 ? 1 : 0);
        for (qint64 i = 0; i < written; ++i) {
            writer.write(
                QDateTime::fromSecsSinceEpoch(start + span * i / std::max<qint64>(1, written), Qt::UTC));
            if (options.progress && (i + 1) % step == 0 && i + 1 < options.cases)
                options.progress(i + 1, options.cases);
        }
        writer.finish();
        SampleImprovement::add(db, now); // issue 14: tracings, actions, groups
        transaction.commit();
    }
    if (options.loops) // issue 15: the customer loops in every state
        SampleLoops::write(db, now, options.cases > 0);
    SearchIndex::rebuild(db);
    if (options.progress)
        options.progress(options.cases, options.cases);
}
