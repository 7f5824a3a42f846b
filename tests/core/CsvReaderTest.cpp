// Issue 11, item 4: CSV files as offices have them, read byte by byte (UTF-8 with or without a
// byte order mark, GB18030, UTF-16; comma, semicolon or tab), values in quotes with delimiters,
// doubled quotes and line breaks, each record with the line it starts on; bad files refused in
// words that name the line.
#include "transfer/CsvReader.h"

#include "UserError.h"

#include <QStringEncoder>

#include <catch2/catch.hpp>

namespace {
struct Row
{
    int line;
    QStringList values;
    bool operator==(const Row& o) const { return line == o.line && values == o.values; }
};

std::ostream& operator<<(std::ostream& os, const Row& r)
{
    return os << r.line << ": [" << r.values.join(QStringLiteral("|")).toStdString() << "]";
}

QList<Row> rows(const CsvTable& table)
{
    QList<Row> out;
    CsvRecord r;
    while (table.next(r)) {
        QStringList values;
        for (int i = 0; i < r.size(); ++i)
            values.append(r.text(i));
        out.append({r.line(), values});
    }
    return out;
}

QString refusal(const QByteArray& bytes)
{
    try {
        CsvReader::parse(bytes, QStringLiteral("list.csv"));
    } catch (const UserError& e) {
        return e.message();
    }
    return QString();
}
} // namespace

TEST_CASE("Values in quotes keep delimiters, doubled quotes and line breaks: lines counted as an editor "
          "counts them",
          "[csv]")
{
    const QByteArray bytes = "\xef\xbb\xbf"
                             "code; name ;note\r\n"
                             "C-1;\"Works; Ltd\";\"says \"\"hi\"\"\"\r\n"
                             "\r\n"
                             "C-2;\"two\r\nlines\";x\r\n"
                             "C-3;扬子石化;\"a\"b\r\n"
                             ";  ;\r\n"
                             "C-4;\"\";\"\"";
    const CsvTable table = CsvReader::parse(bytes, QStringLiteral("list.csv"));
    CHECK(table.encoding() == QStringLiteral("UTF-8 with BOM"));
    CHECK(table.delimiter() == u';');
    CHECK(table.header()
          == QStringList {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("note")});
    const QList<Row> expected {
        {2, {QStringLiteral("C-1"), QStringLiteral("Works; Ltd"), QStringLiteral("says \"hi\"")}},
        {4, {QStringLiteral("C-2"), QStringLiteral("two\r\nlines"), QStringLiteral("x")}},
        {6, {QStringLiteral("C-3"), QStringLiteral("扬子石化"), QStringLiteral("ab")}},
        {8, {QStringLiteral("C-4"), QString(), QString()}},
    };
    CHECK(rows(table) == expected);
}

TEST_CASE(
    "The delimiter is the one the header line uses most, empty lines above it skipped: line ends of any "
    "system",
    "[csv]")
{
    const CsvTable tabs
        = CsvReader::parse("\n  \n a \t b;c\rx\ty,z\r\n\"1\n2\"\t3\n", QStringLiteral("t.csv"));
    CHECK(tabs.encoding() == QStringLiteral("UTF-8"));
    CHECK(tabs.delimiter() == u'\t');
    CHECK(tabs.header() == QStringList {QStringLiteral("a"), QStringLiteral("b;c")});
    CHECK(rows(tabs)
          == QList<Row> {{4, {QStringLiteral("x"), QStringLiteral("y,z")}},
                         {5, {QStringLiteral("1\n2"), QStringLiteral("3")}}});
    CHECK(CsvReader::parse("a,b;c;d\n1;2\n", QStringLiteral("s.csv")).delimiter() == u';');
    CHECK(CsvReader::parse("\"a;b;c\",d\n1,2\n", QStringLiteral("c.csv")).delimiter() == u',');
}

TEST_CASE("Files saved by Excel on a Chinese system and as Unicode text are read", "[csv]")
{
    const QString text = QStringLiteral("code,name_zh\r\nC-5,杭州蒸汽\r\n");
    QStringEncoder gb("GB18030");
    const CsvTable chinese = CsvReader::parse(gb.encode(text), QStringLiteral("gb.csv"));
    CHECK(chinese.encoding() == QStringLiteral("GB18030"));
    CHECK(rows(chinese) == QList<Row> {{2, {QStringLiteral("C-5"), QStringLiteral("杭州蒸汽")}}});
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const CsvTable unicode = CsvReader::parse(QByteArray("\xff\xfe", 2) + QByteArray(utf16.encode(text)),
                                              QStringLiteral("u.csv"));
    CHECK(unicode.encoding() == QStringLiteral("UTF-16"));
    CHECK(rows(unicode) == rows(chinese));
}

TEST_CASE("A value of 1 MB is read whole", "[csv]")
{
    const QByteArray big(1024 * 1024, 'x');
    const CsvTable table
        = CsvReader::parse("code,name\nC-1,\"" + big + "\"\nC-2," + big + "\n", QStringLiteral("big.csv"));
    const QList<Row> read = rows(table);
    REQUIRE(read.size() == 2);
    CHECK(read.at(0).values.at(1).size() == big.size());
    CHECK(read.at(1).values.at(1) == QString::fromLatin1(big));
}

TEST_CASE("Bad files are refused in a clerk's words naming the line", "[csv]")
{
    CHECK(refusal("").contains(QStringLiteral("empty")));
    CHECK(refusal(" \r\n\t\n").contains(QStringLiteral("empty")));
    CHECK(refusal(";;\n ; \n").contains(QStringLiteral("empty")));
    CHECK(refusal("PK\x03\x04rest").contains(QStringLiteral("Excel workbook")));
    CHECK(refusal(QByteArray("code\nC\0-1\n", 10)).contains(QStringLiteral("binary")));
    const QString neither = refusal("code,name\nC-1,ok\nC-2,\xff\xfe\xff\n");
    CHECK(neither.contains(QStringLiteral("neither UTF-8 nor GB18030")));
    CHECK(neither.contains(QStringLiteral("line 3")));
    CHECK(refusal("\xef\xbb\xbf"
                  "code\nC-1\n\xc3\n")
              .contains(QStringLiteral("line 3 is not")));
    const QString open = refusal("code,name\nC-1,ok\nC-2,\"never\nclosed\n");
    CHECK(open.contains(QStringLiteral("line 3")));
    CHECK(open.contains(QStringLiteral("never closed")));
}
