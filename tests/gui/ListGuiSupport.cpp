#include "ListGuiSupport.h"

#include "GuiTestSupport.h"
#include "lists/ListEditDialog.h"
#include "lists/ListFieldEditor.h"
#include "lists/ReferencePicker.h"

#include <QAbstractItemView>
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
    GuiTest::typeInto(editor->widget(), text);
}

void ListGui::pick(ReferencePicker* picker, const QString& text)
{
    REQUIRE(picker != nullptr);
    QLineEdit* edit = picker->lineEdit();
    GuiTest::typeInto(edit, text);
    QAbstractItemView* popup = edit->completer()->popup();
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    REQUIRE(picker->chosenId() > 0);
}

void ListGui::shoot(QWidget* w, const QString& name, const QString& lang)
{
    QCoreApplication::processEvents();
    const QString dir = QStringLiteral(QL_SCREENSHOT_DIR "/lists");
    QDir().mkpath(dir);
    CHECK(w->grab().save(QDir(dir).filePath(name + QLatin1Char('_') + lang + QStringLiteral(".png"))));
}
