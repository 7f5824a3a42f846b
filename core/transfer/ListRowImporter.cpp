#include "transfer/ListRowImporter.h"

#include "UserError.h"
#include "db/DatabaseError.h"
#include "lists/ListSpec.h"
#include "lists/ListValidator.h"

ListRowImporter::ListRowImporter(QSqlDatabase db, const Clock& clock, const User& actor,
                                 const TransferKind& kind, const ImportOptions& options)
    : m_lists(std::move(db), clock)
    , m_actor(actor)
    , m_kind(kind)
    , m_spec(ListSpecs::get(kind.listId))
    , m_options(options)
{
    m_lists.setOneAuditRowPerCreate(true, options.source);
}

QString ListRowImporter::fileKey(const RowValues& row) const
{
    if (m_kind.keyColumn.isEmpty()) // contacts: the customer and the name
        return row.value(QStringLiteral("customer")).trimmed() + QChar(0x1f)
            + row.value(QStringLiteral("name")).simplified();
    return row.value(m_kind.keyColumn).trimmed();
}

QVariantMap ListRowImporter::values(const RowValues& row)
{
    QVariantMap values;
    for (const TransferColumn& c : m_kind.columns)
        if (c.name != QLatin1String("active") && row.has(c.name))
            values.insert(c.field, row.value(c.name));
    return values;
}

qint64 ListRowImporter::existing(const RowValues& row) const
{
    if (!m_kind.keyColumn.isEmpty()) {
        const QString key = row.value(m_kind.keyColumn).trimmed();
        return key.isEmpty() ? 0 : m_lists.findId(m_spec.id, key);
    }
    const qint64 customer
        = m_lists.findId(QStringLiteral("customers"), row.value(QStringLiteral("customer")));
    if (customer == 0)
        return 0;
    return m_lists.findId(
        m_spec.id,
        QVariantMap {{QStringLiteral("customer_id"), customer},
                     {QStringLiteral("name"), row.value(QStringLiteral("name")).simplified()}});
}

void ListRowImporter::refuse(const UserError& error) const
{
    QMap<QString, QString> byColumn;
    for (auto it = error.fieldErrors().cbegin(); it != error.fieldErrors().cend(); ++it) {
        const TransferColumn* c = m_kind.columnOfField(it.key());
        byColumn.insert(c ? c->name : it.key(), it.value());
    }
    throw UserError(error.message(), byColumn);
}

RowImporter::Outcome ListRowImporter::importRow(const RowValues& row)
{
    std::optional<bool> active;
    if (row.has(QStringLiteral("active"))) {
        const QString text = row.value(QStringLiteral("active"));
        active = text.trimmed().isEmpty() ? std::optional<bool>(true) : ListValidator::yesNo(text);
        if (!active)
            throw UserError(tr("“Active” is yes or no; “%1” is neither.").arg(text.trimmed()),
                            {{QStringLiteral("active"),
                              tr("“Active” is yes or no; “%1” is neither.").arg(text.trimmed())}});
    }
    try {
        const QVariantMap input = values(row);
        Outcome outcome = Outcome::Added;
        qint64 id = existing(row);
        bool wasActive = true;
        if (id > 0) {
            if (m_options.onExisting == ImportOptions::OnExisting::Refuse) {
                const QString message
                    = tr("There is already a %1 “%2” in the list. To change it from this file, import "
                         "with “update what is there” (on the command line: --on-existing update).")
                          .arg(m_spec.entryText(),
                               m_kind.keyColumn.isEmpty() ? row.value(QStringLiteral("name")).simplified()
                                                          : row.value(m_kind.keyColumn).trimmed());
                const QString column = m_kind.keyColumn.isEmpty() ? QStringLiteral("name") : m_kind.keyColumn;
                throw UserError(message, {{column, message}});
            }
            wasActive = m_lists.load(m_spec.id, id).value(QStringLiteral("active")).toBool();
            outcome = m_lists.edit(m_actor, m_spec.id, id, input) > 0 ? Outcome::Updated : Outcome::Unchanged;
        } else {
            id = m_lists.add(m_actor, m_spec.id, input);
        }
        if (active && *active != wasActive) {
            m_lists.setActive(m_actor, m_spec.id, id, *active);
            if (outcome == Outcome::Unchanged)
                outcome = Outcome::Updated;
        }
        return outcome;
    } catch (const DatabaseError&) {
        throw;
    } catch (const UserError& error) {
        refuse(error);
    }
}
