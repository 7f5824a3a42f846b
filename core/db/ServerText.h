#pragma once

#include <QString>
#include <QVariantList>

#include <optional>

class QSqlDriver;

// A statement for a PostgreSQL server with its values written into it, so that it goes to the
// server in one round trip (Sql::exec). Each value is written by the driver's own formatValue,
// as Qt's PostgreSQL driver writes the values of a prepared statement into its EXECUTE
// (strings quoted and escaped for the connection, bytea escaped by libpq, an invalid or null
// value as NULL). Only a "?" outside quotes, quoted names, dollar quotes and comments is a
// placeholder.
namespace ServerText {
// nullopt when the statement has not exactly one placeholder per value.
std::optional<QString> withValues(const QSqlDriver& driver, const QString& sql, const QVariantList& values);
// The same value as the driver writes it into a statement.
QString literal(const QSqlDriver& driver, const QVariant& value);
} // namespace ServerText
