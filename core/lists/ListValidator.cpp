#include "lists/ListValidator.h"

#include "db/BulkStatement.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "lists/ListSpec.h"
#include "workflow/FieldCheck.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {
bool blank(const QVariant& v)
{
    return !v.isValid() || v.isNull()
        || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

bool isNumberType(const QVariant& v)
{
    const int t = v.typeId();
    return t == QMetaType::Int || t == QMetaType::LongLong || t == QMetaType::UInt
        || t == QMetaType::ULongLong;
}

std::optional<bool> parseBool(const QVariant& v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (isNumberType(v))
        return v.toLongLong() != 0;
    const QString s = v.toString().trimmed().toLower();
    static const QStringList yes {QStringLiteral("1"),    QStringLiteral("yes"), QStringLiteral("y"),
                                  QStringLiteral("true"), QStringLiteral("x"),   QStringLiteral("是")};
    static const QStringList no {QString(),           QStringLiteral("0"),     QStringLiteral("no"),
                                 QStringLiteral("n"), QStringLiteral("false"), QStringLiteral("否")};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

QDate parseDate(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().date();
    const QString s = v.toString().trimmed();
    for (const char* format : {"yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "d.M.yyyy", "yyyyMMdd"}) {
        const QDate d = QDate::fromString(s, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace

std::optional<bool> ListValidator::yesNo(const QVariant& value)
{
    return parseBool(value);
}

QDate ListValidator::date(const QVariant& value)
{
    return parseDate(value);
}

namespace {
bool looksLikeEmail(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return re.match(s).hasMatch();
}

bool looksLikePhone(const QString& s)
{
    QString rest = s.toLower();
    for (const QString& word : {QStringLiteral("ext"), QStringLiteral("转"), QStringLiteral("x")})
        rest.remove(word);
    static const QRegularExpression allowed(QStringLiteral("^[0-9 +\\-()./#*,;]+$"));
    int digits = 0;
    for (QChar c : rest)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 3 && allowed.match(rest).hasMatch();
}
} // namespace

ListValidator::ListValidator(QSqlDatabase db, const ListSpec& spec)
    : m_db(db)
    , m_spec(spec)
    , m_references(std::move(db))
{
}

QVariantMap ListValidator::check(const QVariantMap& input, const QVariantMap& current, qint64 id) const
{
    FieldCheck check;
    QVariantMap values;
    for (const ListField& f : m_spec.fields) {
        if (id > 0 && !input.contains(f.key)) {
            values.insert(f.key, current.value(f.key));
            continue;
        }
        values.insert(f.key, normalize(f, input.value(f.key), current, id, check));
    }
    checkUnique(values, id, current, check);
    checkRelations(values, id, current, check);
    check.throwIfAny();
    return values;
}

QVariant ListValidator::normalize(const ListField& f, const QVariant& raw, const QVariantMap& current,
                                  qint64 id, FieldCheck& check) const
{
    const QString label = ListSpecs::translated(f.label);
    const bool required = f.has(FieldFlag::Required);
    const QVariant was = id > 0 ? current.value(f.key) : QVariant();
    switch (f.kind) {
    case FieldKind::Text:
    case FieldKind::LongText: {
        QString s = raw.toString().trimmed();
        if (f.kind == FieldKind::Text)
            s = s.simplified();
        check.require(!(required && s.isEmpty()), f.key, tr("Fill in “%1”.").arg(label));
        check.require(s.size() <= f.maxLength, f.key,
                      tr("“%1” is too long: at most %n characters.", nullptr, f.maxLength).arg(label));
        if (!s.isEmpty() && f.has(FieldFlag::Email))
            check.require(looksLikeEmail(s), f.key,
                          tr("“%1” is not an e-mail address (it looks like name@example.com).").arg(s));
        if (!s.isEmpty() && f.has(FieldFlag::Phone))
            check.require(looksLikePhone(s), f.key,
                          tr("“%1” is not a phone number: use digits, spaces, + - ( ).").arg(s));
        return s;
    }
    case FieldKind::Integer: {
        if (blank(raw)) {
            check.require(!required, f.key, tr("Fill in “%1”.").arg(label));
            return {};
        }
        bool ok = isNumberType(raw);
        const qint64 n = ok ? raw.toLongLong() : raw.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            check.require(
                false, f.key,
                tr("“%1” must be a whole number; “%2” is not.").arg(label, raw.toString().trimmed()));
            return {};
        }
        check.require(n >= f.minimum && (f.maximum == 0 || n <= f.maximum), f.key,
                      tr("“%1” must be between %2 and %3.").arg(label).arg(f.minimum).arg(f.maximum));
        return n;
    }
    case FieldKind::Bool: {
        const std::optional<bool> b = parseBool(raw);
        check.require(b.has_value(), f.key,
                      tr("“%1” is yes or no; “%2” is neither.").arg(label, raw.toString().trimmed()));
        return b.value_or(false);
    }
    case FieldKind::Date: {
        if (blank(raw)) {
            check.require(!required, f.key, tr("Fill in “%1”.").arg(label));
            return {};
        }
        const QDate d = parseDate(raw);
        check.require(d.isValid(), f.key,
                      tr("“%1” is not a date: write it like 2026-03-31.").arg(raw.toString().trimmed()));
        return d.isValid() ? QVariant(d) : QVariant();
    }
    case FieldKind::Choice: {
        const QString s = raw.toString().trimmed();
        if (s.isEmpty()) {
            check.require(!required, f.key, tr("Choose “%1”.").arg(label));
            return {};
        }
        for (int i = 0; i < f.choices.size(); ++i) {
            const QString source = QString::fromUtf8(f.choiceLabels.value(i));
            if (s.compare(f.choices[i], Qt::CaseInsensitive) == 0
                || s.compare(source, Qt::CaseInsensitive) == 0
                || s == ListSpecs::translated(f.choiceLabels.value(i)))
                return f.choices[i];
        }
        QStringList names;
        for (const char* c : f.choiceLabels)
            names.append(ListSpecs::translated(c));
        check.require(false, f.key,
                      tr("“%1” must be one of: %2.").arg(label, names.join(QStringLiteral(", "))));
        return {};
    }
    case FieldKind::Reference:
        return reference(f, raw, was, check);
    case FieldKind::Set:
        return set(f, raw, was, check);
    }
    return {};
}

QVariant ListValidator::reference(const ListField& f, const QVariant& raw, const QVariant& was,
                                  FieldCheck& check) const
{
    const ListSpec& target = ListSpecs::get(f.refList);
    if (blank(raw) || (isNumberType(raw) && raw.toLongLong() == 0)) {
        check.require(!f.has(FieldFlag::Required), f.key, tr("Choose the %1.").arg(target.entryText()));
        return {};
    }
    const ListReferences::Found found = m_references.find(f, raw);
    if (!found.exists) {
        check.require(false, f.key,
                      tr("There is no %1 “%2”.").arg(target.entryText(), raw.toString().trimmed()));
        return {};
    }
    // An entry no longer active stays on what already names it, but is not chosen anew.
    const bool unchanged = was.isValid() && !was.isNull() && was == found.stored;
    check.require(found.active || unchanged, f.key,
                  tr("The %1 “%2” is no longer active: choose another, or reactivate it first.")
                      .arg(target.entryText(), found.display));
    return found.stored;
}

QVariant ListValidator::set(const ListField& f, const QVariant& raw, const QVariant& was,
                            FieldCheck& check) const
{
    QVariantList members;
    const QVariantList given = raw.typeId() == QMetaType::QString
        ? [&raw] {
              QVariantList parts;
              for (const QString& p : raw.toString().split(QRegularExpression(QStringLiteral("[,;]"))))
                  if (!p.trimmed().isEmpty())
                      parts.append(p.trimmed());
              return parts;
          }()
        : raw.toList();
    const QVariantList before = was.toList();
    for (const QVariant& item : given) {
        const ListReferences::Found found = m_references.find(f, item);
        if (!found.exists) {
            check.require(false, f.key,
                          tr("There is no %1 “%2”.")
                              .arg(ListSpecs::get(f.refList).entryText(), item.toString().trimmed()));
            continue;
        }
        check.require(found.active || before.contains(found.stored), f.key,
                      tr("The %1 “%2” is no longer active: choose another, or reactivate it first.")
                          .arg(ListSpecs::get(f.refList).entryText(), found.display));
        if (!members.contains(found.stored))
            members.append(found.stored);
    }
    std::sort(members.begin(), members.end(), [](const QVariant& a, const QVariant& b) {
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    });
    return members;
}

void ListValidator::checkUnique(const QVariantMap& values, qint64 id, const QVariantMap& current,
                                FieldCheck& check) const
{
    const auto taken = [&](const QStringList& keys) {
        QString sql = QStringLiteral("SELECT 1 FROM %1 t WHERE t.id <> ?").arg(m_spec.table);
        QVariantList binds {id};
        for (const QString& key : keys) {
            sql += QStringLiteral(" AND t.%1 = ?").arg(key);
            binds.append(values.value(key));
        }
        if (!m_spec.fixedWhere.isEmpty())
            sql += QStringLiteral(" AND ") + m_spec.whereSql(QStringLiteral("t"));
        if (!m_spec.parentField.isEmpty() && !keys.contains(m_spec.parentField)) {
            sql += QStringLiteral(" AND t.%1 = ?").arg(m_spec.parentField);
            binds.append(values.value(m_spec.parentField));
        }
        BulkStatement& q = Sql::prepared(m_db, sql + QStringLiteral(" LIMIT 1"));
        for (int i = 0; i < binds.size(); ++i)
            q.bind(i + 1, RecordWriter::storable(binds.at(i)));
        const bool found = q.next();
        q.reset();
        return found;
    };
    const auto changed
        = [&](const QString& key) { return id == 0 || values.value(key) != current.value(key); };
    for (const ListField& f : m_spec.fields) {
        if (!f.has(FieldFlag::Unique) || blank(values.value(f.key)) || !changed(f.key))
            continue;
        check.require(!taken({f.key}), f.key,
                      tr("“%1” is already used by another %2.")
                          .arg(values.value(f.key).toString(), m_spec.entryText()));
    }
    if (m_spec.uniqueTogether.isEmpty())
        return;
    QStringList shown;
    bool anyChanged = false;
    for (const QString& key : m_spec.uniqueTogether) {
        if (blank(values.value(key)))
            return;
        shown.append(values.value(key).toString());
        anyChanged = anyChanged || changed(key);
    }
    if (anyChanged)
        check.require(
            !taken(m_spec.uniqueTogether), m_spec.uniqueTogether.last(),
            tr("There is already a %1 “%2”.").arg(m_spec.entryText(), shown.join(QStringLiteral(" / "))));
}

void ListValidator::checkRelations(const QVariantMap& values, qint64 id, const QVariantMap& current,
                                   FieldCheck& check) const
{
    for (const ListField& f : m_spec.fields) {
        const QVariant value = values.value(f.key);
        const bool changed = id == 0 || value != current.value(f.key);
        if (f.has(FieldFlag::FixedWhenUsed) && id > 0 && changed && isUsed(id))
            check.require(false, f.key,
                          tr("“%1” cannot change: this %2 is already used by cases or other lists.")
                              .arg(ListSpecs::translated(f.label), m_spec.entryText()));
        if (f.kind == FieldKind::Date && !f.notBefore.isEmpty() && value.isValid()) {
            const QDate other = values.value(f.notBefore).toDate();
            check.require(!other.isValid() || value.toDate() >= other, f.key,
                          tr("“%1” cannot be before “%2”.")
                              .arg(ListSpecs::translated(f.label), m_spec.label(f.notBefore)));
        }
        if (f.kind == FieldKind::Reference && !f.refWithin.isEmpty() && value.isValid() && !value.isNull()) {
            const ListReferences::Found found = m_references.findStored(f, value);
            const qint64 owner = values.value(f.refWithin).toLongLong();
            check.require(!found.exists || found.parentId == owner, f.key,
                          tr("The %1 “%2” does not belong to the %3 chosen.")
                              .arg(ListSpecs::get(f.refList).entryText(), found.display,
                                   ListSpecs::get(m_spec.field(f.refWithin)->refList).entryText()));
        }
    }
}

bool ListValidator::isUsed(qint64 id) const
{
    for (const QString& sql : m_spec.usedBy) {
        QSqlQuery& q = Sql::cached(m_db, sql, {id});
        const bool used = q.next();
        q.finish();
        if (used)
            return true;
    }
    return false;
}
