#include "ListGuiSupport.h"

#include "GuiTestSupport.h"
#include "TestPaths.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "lists/ListEditDialog.h"
#include "lists/ListFieldEditor.h"
#include "lists/ListPage.h"
#include "lists/ListSpec.h"
#include "lists/ListsWindow.h"
#include "lists/ReferencePicker.h"
#include "main/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

void ListGui::type(ListEditDialog* dialog, const QString& key, const QString& text)
{
    ListFieldEditor* editor = dialog->editor(key);
    REQUIRE(editor != nullptr);
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        GuiTest::typeInto(editor->widget(), text);
        return;
    }
    // Chinese comes from an input method, which commits whole words.
    GuiTest::typeInto(editor->widget(), QString());
    if (auto* line = qobject_cast<QLineEdit*>(editor->widget()))
        line->insert(text);
    else if (auto* box = qobject_cast<QPlainTextEdit*>(editor->widget()))
        box->insertPlainText(text);
}

void ListGui::pick(ReferencePicker* picker, const QString& text)
{
    REQUIRE(picker != nullptr);
    QLineEdit* edit = picker->lineEdit();
    GuiTest::typeInto(edit, text);
    QAbstractItemView* popup = edit->completer()->popup();
    REQUIRE(popup->isVisible());
    const QModelIndex first = popup->model()->index(0, 0);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(first).center());
    INFO("picker shows " << edit->text().toStdString() << "; offered " << popup->model()->rowCount()
                         << " first " << first.data().toString().toStdString() << " at "
                         << popup->visualRect(first).y() << " visible " << popup->isVisible());
    REQUIRE(picker->chosenId() > 0);
}

void ListGui::shoot(QWidget* w, const QString& name, const QString& lang)
{
    QCoreApplication::processEvents();
    const QString dir = testPath("QL_SCREENSHOT_DIR") + QStringLiteral("/lists");
    QDir().mkpath(dir);
    CHECK(w->grab().save(QDir(dir).filePath(name + QLatin1Char('_') + lang + QStringLiteral(".png"))));
}

User ListGui::firstAdministrator(Database& db)
{
    User first;
    first.username = QStringLiteral("admin");
    first.displayName = QStringLiteral("Administrator");
    first.role = Role::Administrator;
    return UserService(db.connection())
        .createFirstAdministrator(first, QStringLiteral("a good long password"));
}

ListsWindow* ListGui::openLists(MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("actionLists"));
    REQUIRE(action != nullptr);
    action->trigger();
    REQUIRE(window.listsWindow() != nullptr);
    return window.listsWindow();
}

ListEditDialog* ListGui::openAdd(ListsWindow* lists, const QString& listId)
{
    lists->showList(listId);
    ListPage* page = lists->currentPage();
    REQUIRE(page->spec().id == listId);
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    auto* dialog = page->findChild<ListEditDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    return dialog;
}
