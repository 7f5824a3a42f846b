#include "GuiTestSupport.h"

#include "TestPaths.h"
#include "i18n/Translations.h"
#include "main/BackgroundCounts.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QTest>
#include <QTimer>

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

void GuiTest::whenModal(std::function<void(QWidget*)> act, int timeoutMs)
{
    auto* poll = new QTimer(qApp);
    const QWidget* before = QApplication::activeModalWidget();
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, before, deadline, act = std::move(act)]() {
        QWidget* modal = QApplication::activeModalWidget();
        if ((modal && modal != before) || deadline.hasExpired()) {
            poll->stop();
            poll->deleteLater();
            if (modal && modal != before)
                act(modal);
        }
    });
    poll->start(5);
}

bool GuiTest::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = testPath("QL_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    return widget->grab().save(
        QDir(dir).filePath(name + QLatin1Char('_') + Translations::current() + QStringLiteral(".png")));
}
