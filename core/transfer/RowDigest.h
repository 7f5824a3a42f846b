#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QVariant>

// The checksum of a table as `qualityloop-cli migrate` compares it: SHA-256 over every row's
// values in primary-key order, each value written the same way whichever database it was read
// from: NULL, a whole number (a boolean as 0 or 1), a real number (17 significant digits: the
// same double gives the same bytes), text (UTF-8) or bytes, each with its kind and its length.
class RowDigest
{
public:
    RowDigest();
    // Returns how many bytes the value added.
    qint64 addValue(const QVariant& value);
    void endRow();
    qint64 rows() const { return m_rows; }
    qint64 bytes() const { return m_bytes; }
    QByteArray hex(); // the checksum so far, as 64 hex digits (once: the digest ends)
    // The bytes one value adds (for the tests and for reading the rule).
    static QByteArray encode(const QVariant& value);

private:
    QCryptographicHash m_hash;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
};
