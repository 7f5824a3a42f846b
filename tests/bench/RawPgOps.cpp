#include "RawPgOps.h"

#include "RawOps.h" // rawListSelect: the list's columns and joins

#include <QByteArrayList>

namespace {
QByteArray concat(const char* a, const char* b)
{
    return QByteArray(a) + b;
}
} // namespace

int rawPgFirstPage(pg_conn* conn, int limit)
{
    RawPgStatement page(conn, concat(rawListSelect, "ORDER BY c.id DESC LIMIT $1").constData());
    return page.bind(limit).readAll();
}

struct RawPgOps::Statements
{
    explicit Statements(pg_conn* db)
        : page(db, concat(rawListSelect, "WHERE c.id < $1 ORDER BY c.id DESC LIMIT $2").constData())
        , overdue(db,
                  concat(rawListSelect,
                         "WHERE c.grade_id = $1 AND c.next_due_at < $2 ORDER BY c.id DESC LIMIT $3")
                      .constData())
        , countAll(db, "SELECT count(*) FROM cases")
        , countOverdue(db, "SELECT count(*) FROM cases WHERE grade_id = $1 AND next_due_at < $2")
        , search(db,
                 "SELECT c.id, c.number, c.status, c.received_at, cu.name, cu.key_customer, m.code, "
                 "c.serial_no, g.code, c.symptom, c.next_due_kind, c.next_owner, c.next_due_at FROM "
                 "case_search s "
                 "JOIN cases c ON c.id = s.id JOIN customers cu ON cu.id = c.customer_id "
                 "LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN grades g ON g.id = c.grade_id "
                 "WHERE s.tokens @@ to_tsquery('simple', $1) ORDER BY s.id DESC LIMIT $2")
        , caseRow(db,
                  "SELECT c.*, cu.name, cu.key_customer, m.code, m.name, m.product_line, lu.display_name, "
                  "ru.display_name, au.display_name, cl.display_name, dc.name, dz.name, g.code, g.name "
                  "FROM cases c JOIN customers cu ON cu.id = c.customer_id "
                  "LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN users lu ON lu.id = c.logged_by "
                  "LEFT JOIN users ru ON ru.id = c.recorded_by LEFT JOIN users au ON au.id = c.analysed_by "
                  "LEFT JOIN users cl ON cl.id = c.closed_by "
                  "LEFT JOIN defect_categories dc ON dc.id = c.defect_category_id "
                  "LEFT JOIN defect_causes dz ON dz.id = c.defect_cause_id "
                  "LEFT JOIN grades g ON g.id = c.grade_id WHERE c.id = $1")
        , units(db,
                "SELECT cu.*, u.name FROM case_units cu JOIN units u ON u.id = cu.unit_id WHERE cu.case_id = "
                "$1 "
                "ORDER BY cu.id")
        , sheet(db,
                "SELECT s.number, s.issued_at, u.display_name FROM feedback_sheets s "
                "LEFT JOIN users u ON u.id = s.issued_by WHERE s.case_id = $1")
        , plan(db,
               "SELECT p.*, a.name, t.name, u.display_name FROM plans p "
               "LEFT JOIN service_agencies a ON a.id = p.agency_id LEFT JOIN technicians t ON t.id = "
               "p.technician_id LEFT JOIN users u ON u.id = p.planned_by WHERE p.case_id = $1")
        , service(
              db,
              "SELECT s.*, t.name, u.display_name FROM service_records s "
              "LEFT JOIN technicians t ON t.id = s.technician_id LEFT JOIN users u ON u.id = s.recorded_by "
              "WHERE s.case_id = $1")
        , visits(db,
                 "SELECT v.*, u.display_name FROM visits v LEFT JOIN users u ON u.id = v.visited_by "
                 "WHERE v.case_id = $1 ORDER BY v.id")
        , items(db,
                "SELECT vi.* FROM visits v JOIN visit_items vi ON vi.visit_id = v.id WHERE v.case_id = $1 "
                "ORDER BY vi.id")
        , followUps(db,
                    "SELECT f.*, u.name FROM follow_ups f JOIN units u ON u.id = f.owner_unit_id "
                    "WHERE f.case_id = $1 ORDER BY f.id")
        , timeline(
              db,
              "SELECT a.id, a.at, u.display_name, a.entity, a.entity_id, a.action, a.field, a.old_value, "
              "a.new_value FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.case_id = $1 "
              "ORDER BY a.id")
        , terms(db, "SELECT term FROM search_terms WHERE term >= $1 AND term < $2 ORDER BY term LIMIT 17")
        , begin(db, "BEGIN")
        , commit(db, "COMMIT")
        , serial(
              db,
              "SELECT s.serial_no, s.model_id, m.code, m.name, m.product_line, s.shipment_id, sh.batch_no, "
              "sh.order_no, sh.customer_id, c.name, sh.shipped_at, (SELECT count(*) FROM cases k WHERE "
              "k.serial_no = s.serial_no AND k.status <> 'closed') FROM serials s JOIN product_models m ON "
              "m.id "
              "= s.model_id JOIN shipments sh ON sh.id = s.shipment_id JOIN customers c ON c.id = "
              "sh.customer_id "
              "WHERE s.serial_no = $1 AND s.active = 1")
        , customerActive(db, "SELECT active FROM customers WHERE id = $1")
        , modelActive(db, "SELECT active FROM product_models WHERE id = $1")
        , counter(db,
                  "INSERT INTO counters(kind, year, last) VALUES ('QI', $1, 1) "
                  "ON CONFLICT(kind, year) DO UPDATE SET last = counters.last + 1 RETURNING last")
        , insertCase(
              db,
              "INSERT INTO cases(number, status, received_at, channel, customer_id, contact_name, "
              "contact_phone, model_id, serial_no, batch_no, order_no, quantity, symptom, customer_request, "
              "site_address, is_objection, logged_at, logged_by) VALUES ($1, 'logged', $2, 'phone', $3, "
              "'Wang Lei', '+86 21 5555 0000', $4, $5, $6, $7, 1, $8, 'Repair on site', 'Plant site', 1, "
              "$2, $9) RETURNING id")
        , insertAudit(
              db,
              "INSERT INTO audit_log(at, user_id, case_id, entity, entity_id, action, field, old_value, "
              "new_value, case_version) SELECT $1, $2, $3, 'cases', $3, $4, f, o, n, $5 "
              "FROM unnest($6::text[], $7::text[], $8::text[]) AS t(f, o, n)")
        , status(db, "SELECT status, version, sent_at, sent_by FROM cases WHERE id = $1")
        , send(db, "UPDATE cases SET sent_at = $1, sent_by = $2, status = 'sent' WHERE id = $3")
        , clearDuties(db, "DELETE FROM case_duties WHERE case_id = $1")
        , duty(db,
               "INSERT INTO case_duties(case_id, kind, owner_kind, owner_id, record_id, due_at, done_at) "
               "VALUES ($1, $2, $3, 0, 0, $4, $5)")
        , clearClocks(db, "DELETE FROM case_clocks WHERE case_id = $1")
        , clock(db,
                "INSERT INTO case_clocks(case_id, kind, unit_id, due_at, done_at) VALUES ($1, $2, 0, $3, $4) "
                "ON CONFLICT(case_id, kind, unit_id) DO UPDATE SET due_at = excluded.due_at, done_at = "
                "excluded.done_at")
        , due(db,
              "UPDATE cases SET next_due_at = $1, next_due_kind = $2, next_owner = $3, version = $4 WHERE id "
              "= $5")
        , text(db,
               "SELECT c.number, cu.name, c.contact_name, m.code, m.name, c.serial_no, c.batch_no, "
               "c.order_no, "
               "c.symptom, c.customer_request, c.site_address FROM cases c JOIN customers cu ON cu.id = "
               "c.customer_id LEFT JOIN product_models m ON m.id = c.model_id WHERE c.id = $1")
        , unindex(db, "DELETE FROM case_search WHERE id = $1")
        , index(db, "INSERT INTO case_search(id, body) VALUES ($1, $2)")
        , addTerms(db, "INSERT INTO search_terms(term) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING")
    {
    }
    RawPgStatement page, overdue, countAll, countOverdue, search, caseRow, units, sheet, plan, service,
        visits, items, followUps, timeline, terms, begin, commit, serial, customerActive, modelActive,
        counter, insertCase, insertAudit, status, send, clearDuties, duty, clearClocks, clock, due, text,
        unindex, index, addTerms;
};

RawPgOps::RawPgOps(pg_conn* conn)
    : m_s(std::make_unique<Statements>(conn))
{
}

RawPgOps::~RawPgOps() = default;

int RawPgOps::page(qint64 beforeId, int limit)
{
    return m_s->page.bind(beforeId > 0 ? beforeId : (qint64(1) << 62)).bind(limit).readAll();
}

int RawPgOps::overduePage(qint64 gradeId, qint64 now, int limit)
{
    return m_s->overdue.bind(gradeId).bind(now).bind(limit).readAll();
}

qint64 RawPgOps::countAll()
{
    return m_s->countAll.scalar();
}

qint64 RawPgOps::countOverdue(qint64 gradeId, qint64 now)
{
    return m_s->countOverdue.bind(gradeId).bind(now).scalar();
}

int RawPgOps::search(const QByteArray& query, int limit)
{
    return m_s->search.bind(query).bind(limit).readAll();
}

int RawPgOps::searchPrefix(const QByteArray& prefix, int limit)
{
    const QList<QByteArray> whole = m_s->terms.bind(prefix).bind(prefix + "\xf4\x8f\xbf\xbf").texts();
    if (whole.isEmpty() || whole.size() > 16)
        return search(prefix + ":*", limit);
    return search(QByteArrayList(whole).join(" | "), limit);
}

int RawPgOps::openCase(qint64 caseId)
{
    int rows = 0;
    for (RawPgStatement* s : {&m_s->caseRow, &m_s->units, &m_s->sheet, &m_s->plan, &m_s->service,
                              &m_s->visits, &m_s->items, &m_s->followUps, &m_s->timeline})
        rows += s->bind(caseId).readAll();
    return rows;
}

namespace {
// A PostgreSQL array literal of texts; a null QByteArray is NULL.
QByteArray textArray(const QByteArrayList& values)
{
    QByteArrayList quoted;
    for (const QByteArray& v : values) {
        if (v.isNull()) {
            quoted.append("NULL");
            continue;
        }
        QByteArray escaped = v;
        escaped.replace('\\', "\\\\").replace('"', "\\\"");
        quoted.append('"' + escaped + '"');
    }
    return '{' + quoted.join(',') + '}';
}
} // namespace

void RawPgOps::audit(qint64 caseId, qint64 version, qint64 now, qint64 userId, const char* action,
                     const QByteArrayList& fields, const QByteArrayList& oldValues,
                     const QByteArrayList& newValues)
{
    m_s->insertAudit.bind(now)
        .bind(userId)
        .bind(caseId)
        .bind(QByteArray(action))
        .bind(version)
        .bind(textArray(fields))
        .bind(textArray(oldValues))
        .bind(textArray(newValues))
        .readAll();
}

void RawPgOps::duties(qint64 caseId, qint64 now, bool sent)
{
    m_s->clearDuties.bind(caseId).readAll();
    m_s->duty.bind(caseId)
        .bind(QByteArray("disposal"))
        .bind(QByteArray("sales"))
        .bind(now + 86400)
        .bindNull()
        .readAll();
    RawPgStatement& send
        = m_s->duty.bind(caseId).bind(QByteArray("send")).bind(QByteArray("sales")).bind(now + 3600);
    sent ? send.bind(now) : send.bindNull();
    send.readAll();
    if (sent)
        m_s->duty.bind(caseId)
            .bind(QByteArray("record"))
            .bind(QByteArray("quality"))
            .bindNull()
            .bindNull()
            .readAll();
    m_s->clearClocks.bind(caseId).readAll();
    m_s->clock.bind(caseId).bind(QByteArray("disposal")).bind(now + 86400).bindNull().readAll();
    RawPgStatement& clock = m_s->clock.bind(caseId).bind(QByteArray("send")).bind(now + 3600);
    sent ? clock.bind(now) : clock.bindNull();
    clock.readAll();
}

void RawPgOps::reindex(qint64 caseId)
{
    QByteArray body;
    for (const QByteArray& text : m_s->text.bind(caseId).firstRow())
        body += text + ' ';
    QByteArrayList terms;
    QByteArray term;
    const QByteArray lower = body.toLower() + ' ';
    for (const char c : lower) {
        if (QChar::isLetterOrNumber(static_cast<uchar>(c)) || static_cast<uchar>(c) >= 0x80) {
            term += c;
        } else if (!term.isEmpty()) {
            terms.append(term);
            term.clear();
        }
    }
    m_s->unindex.bind(caseId).readAll();
    m_s->index.bind(caseId).bind(body).readAll();
    m_s->addTerms.bind(textArray(terms)).readAll();
}

qint64 RawPgOps::logCase(qint64 userId, qint64 customerId, const QByteArray& serial, qint64 now)
{
    const QList<QByteArray> found = m_s->serial.bind(serial).firstRow();
    const qint64 modelId = found.value(1).toLongLong();
    m_s->customerActive.bind(customerId).readAll();
    m_s->modelActive.bind(modelId).readAll();
    m_s->begin.readAll();
    const qint64 n = m_s->counter.bind(2026).scalar();
    const QByteArray number = "QI-R-" + QByteArray::number(n);
    const QByteArray symptom("Stem packing leaks after two weeks of operation");
    const qint64 id = m_s->insertCase.bind(number)
                          .bind(now)
                          .bind(customerId)
                          .bind(modelId)
                          .bind(serial)
                          .bind(found.value(6))
                          .bind(found.value(7))
                          .bind(symptom)
                          .bind(userId)
                          .scalar();
    const QByteArray time = QByteArray::number(now);
    const QByteArrayList fields {
        "number",        "status",           "received_at",  "channel",      "customer_id", "contact_name",
        "contact_phone", "model_id",         "serial_no",    "batch_no",     "order_no",    "quantity",
        "symptom",       "customer_request", "site_address", "is_objection", "logged_at",   "logged_by"};
    const QByteArrayList values {number,
                                 "logged",
                                 time,
                                 "phone",
                                 QByteArray::number(customerId),
                                 "Wang Lei",
                                 "+86 21 5555 0000",
                                 QByteArray::number(modelId),
                                 serial,
                                 found.value(6),
                                 found.value(7),
                                 "1",
                                 symptom,
                                 "Repair on site",
                                 "Plant site",
                                 "1",
                                 time,
                                 QByteArray::number(userId)};
    audit(id, 1, now, userId, "create", fields, QByteArrayList(fields.size(), QByteArray()), values);
    duties(id, now, false);
    m_s->due.bind(now + 3600).bind(QByteArray("send")).bind(QByteArray("sales")).bind(1).bind(id).readAll();
    reindex(id);
    m_s->commit.readAll();
    return id;
}

void RawPgOps::sendToQuality(qint64 userId, qint64 caseId, qint64 now)
{
    m_s->begin.readAll();
    m_s->status.bind(caseId).readAll();
    m_s->send.bind(now).bind(userId).bind(caseId).readAll();
    audit(caseId, 2, now, userId, "update", {"sent_at", "sent_by", "status"},
          {QByteArray(), QByteArray(), "logged"},
          {QByteArray::number(now), QByteArray::number(userId), "sent"});
    duties(caseId, now, true);
    m_s->due.bind(now + 86400)
        .bind(QByteArray("disposal"))
        .bind(QByteArray("sales"))
        .bind(2)
        .bind(caseId)
        .readAll();
    reindex(caseId);
    m_s->commit.readAll();
}
