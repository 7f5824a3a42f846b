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
        , counter(db,
                  "INSERT INTO counters(kind, year, last) VALUES ('QI', $1, 1) "
                  "ON CONFLICT(kind, year) DO UPDATE SET last = counters.last + 1 RETURNING last")
        , insertCase(
              db,
              "INSERT INTO cases(number, status, received_at, channel, customer_id, contact_name, "
              "contact_phone, model_id, serial_no, batch_no, order_no, quantity, symptom, customer_request, "
              "site_address, is_objection, logged_at, logged_by) VALUES ($1, 'logged', $2, 'phone', $3, "
              "'Wang Lei', '+86 21 5555 0000', $4, '', '', '', 1, $5, 'Repair on site', 'Plant site', 1, "
              "$2, $6) RETURNING id")
        , insertAudit(
              db,
              "INSERT INTO audit_log(at, user_id, case_id, entity, entity_id, action, field, old_value, "
              "new_value) VALUES ($1, $2, $3, 'cases', $3, $4, $5, $6, $7)")
        , status(db, "SELECT status, version FROM cases WHERE id = $1")
        , send(db,
               "UPDATE cases SET sent_at = $1, sent_by = $2, status = 'sent', version = version + 1 WHERE id "
               "= $3")
        , due(db, "UPDATE cases SET next_due_at = $1, next_due_kind = $2, next_owner = $3 WHERE id = $4")
        , text(db,
               "SELECT c.number, cu.name, c.symptom, c.customer_request, c.site_address FROM cases c "
               "JOIN customers cu ON cu.id = c.customer_id WHERE c.id = $1")
        , unindex(db, "DELETE FROM case_search WHERE id = $1")
        , index(db, "INSERT INTO case_search(id, body) VALUES ($1, $2)")
    {
    }
    RawPgStatement page, overdue, countAll, countOverdue, search, caseRow, units, sheet, plan, service,
        visits, items, followUps, timeline, terms, begin, commit, counter, insertCase, insertAudit, status,
        send, due, text, unindex, index;
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

void RawPgOps::audit(qint64 caseId, qint64 now, qint64 userId, const char* action, const char* field,
                     const QByteArray& oldValue, const QByteArray& newValue)
{
    RawPgStatement& a = m_s->insertAudit;
    a.bind(now).bind(userId).bind(caseId).bind(QByteArray(action)).bind(QByteArray(field));
    oldValue.isNull() ? a.bindNull() : a.bind(oldValue);
    a.bind(newValue).readAll();
}

void RawPgOps::reindex(qint64 caseId)
{
    QByteArray body;
    for (const QByteArray& text : m_s->text.bind(caseId).firstRow())
        body += text + ' ';
    m_s->unindex.bind(caseId).readAll();
    m_s->index.bind(caseId).bind(body).readAll();
}

qint64 RawPgOps::logCase(qint64 userId, qint64 customerId, qint64 modelId, qint64 now)
{
    m_s->begin.readAll();
    const qint64 n = m_s->counter.bind(2026).scalar();
    const QByteArray number = "QI-R-" + QByteArray::number(n);
    const QByteArray symptom("Stem packing leaks after two weeks of operation");
    const qint64 id = m_s->insertCase.bind(number)
                          .bind(now)
                          .bind(customerId)
                          .bind(modelId)
                          .bind(symptom)
                          .bind(userId)
                          .scalar();
    static const char* const fields[]
        = {"number",           "status",        "received_at",  "channel",   "customer_id",
           "contact_name",     "contact_phone", "model_id",     "quantity",  "symptom",
           "customer_request", "site_address",  "is_objection", "logged_at", "logged_by"};
    for (const char* field : fields)
        audit(id, now, userId, "create", field, QByteArray(),
              QByteArray(field) == "number" ? number : symptom);
    m_s->due.bind(now + 3600).bind(QByteArray("send")).bind(QByteArray("sales")).bind(id).readAll();
    reindex(id);
    m_s->commit.readAll();
    return id;
}

void RawPgOps::sendToQuality(qint64 userId, qint64 caseId, qint64 now)
{
    m_s->begin.readAll();
    m_s->status.bind(caseId).readAll();
    m_s->send.bind(now).bind(userId).bind(caseId).readAll();
    audit(caseId, now, userId, "update", "sent_at", QByteArray(), QByteArray::number(now));
    audit(caseId, now, userId, "update", "sent_by", QByteArray(), QByteArray::number(userId));
    audit(caseId, now, userId, "update", "status", QByteArray("logged"), QByteArray("sent"));
    m_s->due.bind(now + 3600).bind(QByteArray("record")).bind(QByteArray("quality")).bind(caseId).readAll();
    reindex(caseId);
    m_s->commit.readAll();
}
