// Issue 11: a picture of every list and of its edit form, in English and Chinese, written to
// <build>/screenshots/lists for people to look at.
#include "ListGuiSupport.h"
#include "MockClock.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "lists/ListEditDialog.h"
#include "lists/ListPage.h"
#include "lists/ListSpec.h"
#include "lists/ListTableModel.h"
#include "lists/ListsWindow.h"
#include "main/MainWindow.h"
#include "sample/SampleData.h"

#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("Screenshots of every list and its form", "[gui][lists][screenshots]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("lists.sqlite")));
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    SampleOptions options;
    options.cases = 300;
    options.now = clock.now();
    SampleData::generate(db.connection(), options);
    const User admin = *UserService(db.connection()).userByName(QStringLiteral("admin"));
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        MainWindow window(db, clock, admin);
        window.showLists();
        ListsWindow* lists = window.listsWindow();
        int n = 0;
        for (const ListSpec& spec : ListSpecs::all()) {
            ++n;
            lists->showList(spec.id);
            ListPage* page = lists->currentPage();
            REQUIRE(page->model()->rowCount() > 0);
            page->table()->resizeColumnsToContents();
            page->table()->selectRow(0);
            const QString name = QStringLiteral("%1_%2").arg(n, 2, 10, QLatin1Char('0')).arg(spec.id);
            ListGui::shoot(lists, name, lang);
            ListEditDialog* form = page->editEntry(0);
            REQUIRE(form != nullptr);
            ListGui::shoot(form, name + QStringLiteral("_form"), lang);
            for (int tab = 1; tab < form->tabs()->count(); ++tab) {
                form->tabs()->setCurrentIndex(tab);
                ListGui::shoot(form, name + QStringLiteral("_form_tab%1").arg(tab), lang);
            }
            form->close();
        }
    }
    Translations::install(QStringLiteral("en"));
}
