#include "RawOps.h"

#include <QByteArrayList>

#include <sqlite3.h>

const char* const rawListSelect
    = "SELECT c.id, c.number, c.status, c.received_at, cu.name, cu.key_customer, m.code, c.serial_no, "
      "g.code, "
      "c.symptom, c.next_due_kind, c.next_owner, c.next_due_at FROM cases c JOIN customers cu ON cu.id = "
      "c.customer_id "
      "LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN grades g ON g.id = c.grade_id ";

const char* const visitReportSql
    = "SELECT strftime('%Y-%m', v.visited_at, 'unixepoch') AS month, v.kind, count(*), avg(v.marks), "
      "sum(v.forwarded_to_quality), sum(cu.key_customer), count(DISTINCT c.customer_id), "
      "avg(v.visited_at - c.received_at) / 86400.0 "
      "FROM visits v JOIN cases c ON c.id = v.case_id JOIN customers cu ON cu.id = c.customer_id "
      "WHERE v.visited_at >= ?1 AND v.visited_at < ?2 GROUP BY month, v.kind ORDER BY month, v.kind";

namespace {
QByteArray concat(const char* a, const char* b)
{
    return QByteArray(a) + b;
}
} // namespace

int rawFirstPage(sqlite3* db, int limit)
{
    RawStatement page(db, concat(rawListSelect, "ORDER BY c.id DESC LIMIT ?1").constData());
    return page.bind(1, limit).readAll();
}

struct RawOps::Statements
{
    explicit Statements(sqlite3* db)
        : page(db, concat(rawListSelect, "WHERE c.id < ?1 ORDER BY c.id DESC LIMIT ?2").constData())
        , overdue(db,
                  concat(rawListSelect,
                         "WHERE c.grade_id = ?1 AND +c.next_due_at < ?2 ORDER BY c.id DESC LIMIT ?3")
                      .constData())
        , countAll(db, "SELECT count(*) FROM cases")
        , countOverdue(db, "SELECT count(*) FROM cases WHERE grade_id = ?1 AND next_due_at < ?2")
        , search(db,
                 "SELECT c.id, c.number, c.status, c.received_at, cu.name, cu.key_customer, m.code, "
                 "c.serial_no, "
                 "g.code, c.symptom, c.next_due_kind, c.next_owner, c.next_due_at FROM case_search s "
                 "JOIN cases c ON c.id = s.rowid JOIN customers cu ON cu.id = c.customer_id "
                 "LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN grades g ON g.id = c.grade_id "
                 "WHERE s.body MATCH ?1 ORDER BY s.rowid DESC LIMIT ?2")
        , caseRow(db,
                  "SELECT c.*, cu.name, cu.key_customer, m.code, m.name, m.product_line, lu.display_name, "
                  "ru.display_name, au.display_name, cl.display_name, dc.name, dz.name, g.code, g.name "
                  "FROM cases c JOIN customers cu ON cu.id = c.customer_id "
                  "LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN users lu ON lu.id = c.logged_by "
                  "LEFT JOIN users ru ON ru.id = c.recorded_by LEFT JOIN users au ON au.id = c.analysed_by "
                  "LEFT JOIN users cl ON cl.id = c.closed_by "
                  "LEFT JOIN defect_categories dc ON dc.id = c.defect_category_id "
                  "LEFT JOIN defect_causes dz ON dz.id = c.defect_cause_id "
                  "LEFT JOIN grades g ON g.id = c.grade_id WHERE c.id = ?1")
        , units(db,
                "SELECT cu.*, u.name FROM case_units cu JOIN units u ON u.id = cu.unit_id WHERE cu.case_id = "
                "?1 "
                "ORDER BY cu.id")
        , sheet(db,
                "SELECT s.number, s.issued_at, u.display_name FROM feedback_sheets s "
                "LEFT JOIN users u ON u.id = s.issued_by WHERE s.case_id = ?1")
        , plan(db,
               "SELECT p.*, a.name, t.name, u.display_name FROM plans p "
               "LEFT JOIN service_agencies a ON a.id = p.agency_id LEFT JOIN technicians t ON t.id = "
               "p.technician_id LEFT JOIN users u ON u.id = p.planned_by WHERE p.case_id = ?1")
        , service(
              db,
              "SELECT s.*, t.name, u.display_name FROM service_records s "
              "LEFT JOIN technicians t ON t.id = s.technician_id LEFT JOIN users u ON u.id = s.recorded_by "
              "WHERE s.case_id = ?1")
        , visits(db,
                 "SELECT v.*, u.display_name FROM visits v LEFT JOIN users u ON u.id = v.visited_by "
                 "WHERE v.case_id = ?1 ORDER BY v.id")
        , items(db,
                "SELECT vi.* FROM visits v JOIN visit_items vi ON vi.visit_id = v.id WHERE v.case_id = ?1 "
                "ORDER BY vi.id")
        , followUps(db,
                    "SELECT f.*, u.name FROM follow_ups f JOIN units u ON u.id = f.owner_unit_id "
                    "WHERE f.case_id = ?1 ORDER BY f.id")
        , timeline(
              db,
              "SELECT a.id, a.at, u.display_name, a.entity, a.entity_id, a.action, a.field, a.old_value, "
              "a.new_value FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.case_id = ?1 "
              "ORDER BY a.id")
        , terms(db, "SELECT term FROM search_terms WHERE term >= ?1 AND term < ?2 ORDER BY term LIMIT 17")
        , report(db, visitReportSql)
        , begin(db, "BEGIN IMMEDIATE")
        , commit(db, "COMMIT")
        , counter(db,
                  "INSERT INTO counters(kind, year, last) VALUES ('QI', ?1, 1) "
                  "ON CONFLICT(kind, year) DO UPDATE SET last = last + 1 RETURNING last")
        , insertCase(
              db,
              "INSERT INTO cases(number, status, received_at, channel, customer_id, contact_name, "
              "contact_phone, model_id, serial_no, batch_no, order_no, quantity, symptom, customer_request, "
              "site_address, is_objection, logged_at, logged_by) VALUES (?1, 'logged', ?2, 'phone', ?3, "
              "'Wang Lei', '+86 21 5555 0000', ?4, '', '', '', 1, ?5, 'Repair on site', 'Plant site', 1, "
              "?2, ?6)")
        , insertAudit(
              db,
              "INSERT INTO audit_log(at, user_id, case_id, entity, entity_id, action, field, old_value, "
              "new_value) VALUES (?1, ?2, ?3, 'cases', ?3, ?4, ?5, ?6, ?7)")
        , status(db, "SELECT status, version FROM cases WHERE id = ?1")
        , send(db,
               "UPDATE cases SET sent_at = ?1, sent_by = ?2, status = 'sent', version = version + 1 WHERE id "
               "= ?3")
        , due(db, "UPDATE cases SET next_due_at = ?1, next_due_kind = ?2, next_owner = ?3 WHERE id = ?4")
        , text(db,
               "SELECT c.number, cu.name, c.symptom, c.customer_request, c.site_address FROM cases c "
               "JOIN customers cu ON cu.id = c.customer_id WHERE c.id = ?1")
        , unindex(db, "DELETE FROM case_search WHERE rowid = ?1")
        , index(db, "INSERT INTO case_search(rowid, body) VALUES (?1, ?2)")
    {
    }
    RawStatement page, overdue, countAll, countOverdue, search, caseRow, units, sheet, plan, service, visits,
        items, followUps, timeline, terms, report, begin, commit, counter, insertCase, insertAudit, status,
        send, due, text, unindex, index;
};

RawOps::RawOps(sqlite3* db)
    : m_db(db)
    , m_s(std::make_unique<Statements>(db))
{
}

RawOps::~RawOps() = default;

int RawOps::page(qint64 beforeId, int limit)
{
    return m_s->page.bind(1, beforeId > 0 ? beforeId : (qint64(1) << 62)).bind(2, limit).readAll();
}

int RawOps::overduePage(qint64 gradeId, qint64 now, int limit)
{
    return m_s->overdue.bind(1, gradeId).bind(2, now).bind(3, limit).readAll();
}

qint64 RawOps::countAll()
{
    RawStatement& s = m_s->countAll;
    const qint64 n = s.step() ? s.int64(0) : 0;
    s.reset();
    return n;
}

qint64 RawOps::countOverdue(qint64 gradeId, qint64 now)
{
    RawStatement& s = m_s->countOverdue.bind(1, gradeId).bind(2, now);
    const qint64 n = s.step() ? s.int64(0) : 0;
    s.reset();
    return n;
}

int RawOps::search(const QByteArray& match, int limit)
{
    return m_s->search.bind(1, match).bind(2, limit).readAll();
}

int RawOps::searchPrefix(const QByteArray& prefix, int limit)
{
    RawStatement& t = m_s->terms.bind(1, prefix).bind(2, prefix + "\xf4\x8f\xbf\xbf");
    QByteArrayList whole;
    while (t.step())
        whole.append('"' + t.text(0) + '"');
    t.reset();
    QByteArray match;
    if (whole.isEmpty() || whole.size() > 16)
        match = '"' + prefix + "\" *";
    else
        match = '(' + whole.join(" OR ") + ')';
    return search(match, limit);
}

int RawOps::openCase(qint64 caseId)
{
    int rows = 0;
    for (RawStatement* s : {&m_s->caseRow, &m_s->units, &m_s->sheet, &m_s->plan, &m_s->service, &m_s->visits,
                            &m_s->items, &m_s->followUps, &m_s->timeline})
        rows += s->bind(1, caseId).readAll();
    return rows;
}

int RawOps::visitReport(qint64 from, qint64 to)
{
    return m_s->report.bind(1, from).bind(2, to).readAll();
}

void RawOps::audit(qint64 caseId, qint64 now, qint64 userId, const char* action, const char* field,
                   const QByteArray& oldValue, const QByteArray& newValue)
{
    RawStatement& a = m_s->insertAudit;
    a.bind(1, now).bind(2, userId).bind(3, caseId).bind(4, QByteArray(action)).bind(5, QByteArray(field));
    oldValue.isNull() ? a.bindNull(6) : a.bind(6, oldValue);
    a.bind(7, newValue);
    a.step();
    a.reset();
}

void RawOps::reindex(qint64 caseId)
{
    RawStatement& t = m_s->text.bind(1, caseId);
    QByteArray body;
    if (t.step())
        for (int c = 0; c < 5; ++c)
            body += t.text(c) + ' ';
    t.reset();
    m_s->unindex.bind(1, caseId).step();
    m_s->unindex.reset();
    m_s->index.bind(1, caseId).bind(2, body).step();
    m_s->index.reset();
}

qint64 RawOps::logCase(qint64 userId, qint64 customerId, qint64 modelId, qint64 now)
{
    m_s->begin.step();
    m_s->begin.reset();
    RawStatement& counter = m_s->counter.bind(1, 2026);
    const qint64 n = counter.step() ? counter.int64(0) : 0;
    counter.reset();
    const QByteArray number = "QI-R-" + QByteArray::number(n);
    const QByteArray symptom("Stem packing leaks after two weeks of operation");
    m_s->insertCase.bind(1, number)
        .bind(2, now)
        .bind(3, customerId)
        .bind(4, modelId)
        .bind(5, symptom)
        .bind(6, userId);
    m_s->insertCase.step();
    m_s->insertCase.reset();
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    static const char* const fields[]
        = {"number",           "status",        "received_at",  "channel",   "customer_id",
           "contact_name",     "contact_phone", "model_id",     "quantity",  "symptom",
           "customer_request", "site_address",  "is_objection", "logged_at", "logged_by"};
    for (const char* field : fields)
        audit(id, now, userId, "create", field, QByteArray(),
              QByteArray(field) == "number" ? number : symptom);
    m_s->due.bind(1, now + 3600).bind(2, QByteArray("send")).bind(3, QByteArray("sales")).bind(4, id).step();
    m_s->due.reset();
    reindex(id);
    m_s->commit.step();
    m_s->commit.reset();
    return id;
}

void RawOps::sendToQuality(qint64 userId, qint64 caseId, qint64 now)
{
    m_s->begin.step();
    m_s->begin.reset();
    m_s->status.bind(1, caseId).readAll();
    m_s->send.bind(1, now).bind(2, userId).bind(3, caseId).step();
    m_s->send.reset();
    audit(caseId, now, userId, "update", "sent_at", QByteArray(), QByteArray::number(now));
    audit(caseId, now, userId, "update", "sent_by", QByteArray(), QByteArray::number(userId));
    audit(caseId, now, userId, "update", "status", QByteArray("logged"), QByteArray("sent"));
    m_s->due.bind(1, now + 3600)
        .bind(2, QByteArray("record"))
        .bind(3, QByteArray("quality"))
        .bind(4, caseId)
        .step();
    m_s->due.reset();
    reindex(caseId);
    m_s->commit.step();
    m_s->commit.reset();
}
