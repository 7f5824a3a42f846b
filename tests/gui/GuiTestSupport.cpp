#include "GuiTestSupport.h"

#include "main/BackgroundCounts.h"
#include "main/MainWindow.h"

#include <QDeadlineTimer>
#include <QTest>

void GuiTest::clickSave(QDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    QPushButton* button = box->button(QDialogButtonBox::Save);
    if (!button)
        button = box->button(QDialogButtonBox::Ok);
    QTest::mouseClick(button, Qt::LeftButton);
}

void GuiTest::typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

bool GuiTest::waitForCounts(MainWindow& window, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (window.counts().isBusy()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}
