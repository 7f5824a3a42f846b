// Issue 11, item 4 in the window: Lists > Import… shows a file's first rows with the column each
// fills, lists every bad row by its line, imports nothing from a bad file, and imports a good
// one into an empty database; Export… writes the list back out. Also the first-start choice
// "Import them from files" opens the dialog.
#include "lists/ImportDialog.h"

#include "ListGuiSupport.h"
#include "MockClock.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "lists/ListsWindow.h"
#include "main/MainWindow.h"
#include "setup/FirstStartChoice.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

int customers(const Database& db)
{
    return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM customers")).toInt();
}
} // namespace

TEST_CASE("Import… previews a file, lists its bad rows, then imports the corrected file", "[gui][transfer]")
{
    QTemporaryDir dir;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
    Database db(dir.filePath(QStringLiteral("new.sqlite")));
    User first;
    first.username = QStringLiteral("admin");
    first.displayName = QStringLiteral("Administrator");
    first.role = Role::Administrator;
    const User admin = UserService(db.connection())
                           .createFirstAdministrator(first, QStringLiteral("a good long password"));
    MainWindow window(db, clock, admin);
    window.show();

    // The first-start choice "Import them from files" leads to the import.
    FirstStartChoice::follow(window, ListsChoice::Import);
    const QDeadlineTimer deadline(5000);
    while (!(window.listsWindow() && window.listsWindow()->findChild<ImportDialog*>())
           && !deadline.hasExpired())
        QTest::qWait(20);
    REQUIRE(window.listsWindow() != nullptr);
    auto* dialog = window.listsWindow()->findChild<ImportDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());

    const QString bad = dir.filePath(QStringLiteral("kunden.csv"));
    write(bad,
          "Code;Name;Name in Chinese;Key customer\n"
          "C-100;Sinopec Yangzi;扬子石化;yes\n"
          "C-200;;上海水务;no\n"
          "C-300;Formula Trading;;perhaps\n");
    dialog->setKind(QStringLiteral("customers"));
    REQUIRE(dialog->setFile(bad));
    QTableWidget* preview = dialog->preview();
    CHECK(preview->columnCount() == 4);
    CHECK(preview->rowCount() == 4); // the mapping row and three rows
    CHECK(preview->item(1, 2)->text() == QStringLiteral("扬子石化"));
    auto* mapping = qobject_cast<QComboBox*>(preview->cellWidget(0, 2));
    REQUIRE(mapping != nullptr);
    CHECK(mapping->currentData().toString() == QStringLiteral("name_zh")); // found by its English label

    CHECK_FALSE(dialog->runImport());
    QTableWidget* problems = dialog->problems();
    REQUIRE(problems->rowCount() == 2);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("Name"));
    CHECK(problems->item(1, 0)->text() == QStringLiteral("4"));
    CHECK(problems->item(1, 2)->text().contains(QStringLiteral("perhaps")));
    CHECK(dialog->summary().contains(QStringLiteral("nothing was changed")));
    CHECK(customers(db) == 0);
    ListGui::shoot(dialog, QStringLiteral("40_import_problems"), QStringLiteral("en"));

    const QString good = dir.filePath(QStringLiteral("customers.csv"));
    write(good,
          "Code;Name;Name in Chinese;Key customer\n"
          "C-100;Sinopec Yangzi;扬子石化;yes\n"
          "C-200;Shanghai Water;上海水务;no\n");
    REQUIRE(dialog->setFile(good));
    CHECK(dialog->check());
    CHECK(customers(db) == 0); // a check keeps nothing
    CHECK(dialog->runImport());
    CHECK(problems->rowCount() == 0);
    CHECK(dialog->summary().contains(QStringLiteral("2 added"))); // done, not "to add" as a check says
    CHECK(customers(db) == 2);

    // Export… writes them back in the same columns.
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(window.listsWindow()->exportTo(QStringLiteral("customers"), out));
    QFile exported(out);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    CHECK(bytes.contains("C-200,Shanghai Water,上海水务,no"));
    CHECK(window.listsWindow()->lastMessage().contains(QStringLiteral("2 entries")));
}
