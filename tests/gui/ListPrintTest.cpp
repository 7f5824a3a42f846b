// Issue "The main flow in the window", printing from lists: several cases selected in the case
// list go into one PDF of feedback sheets.
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "PdfText.h"
#include "auth/UserService.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseTableView.h"
#include "db/Database.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "print/PrintController.h"
#include "sample/SampleData.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

TEST_CASE("Three cases selected in the case list are saved as one PDF of feedback sheets", "[gui][print]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("print.sqlite")));
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    SampleOptions options;
    options.cases = 300;
    options.now = clock.now();
    SampleData::generate(db.connection(), options);
    const User quality = *UserService(db.connection()).userByName(QStringLiteral("quality"));

    MainWindow window(db, clock, quality);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(GuiTest::waitForCounts(window));
    window.showCaseList();
    CaseFilter closed; // closed cases all have their feedback sheet
    closed.status = QStringLiteral("closed");
    window.caseListPage()->model()->setFilter(closed);
    CaseTableView* table = window.caseListPage()->table();
    REQUIRE(table->model()->rowCount() >= 3);

    // A click and two Ctrl+clicks, as a person selects.
    const auto rowCentre
        = [table](int row) { return table->visualRect(table->model()->index(row, 0)).center(); };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rowCentre(0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCentre(1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCentre(2));
    const QList<qint64> ids = window.selectedCaseIds();
    REQUIRE(ids.size() == 3);
    QStringList numbers;
    for (qint64 id : ids) {
        const QualityCase c = window.session().workflow().load(id);
        REQUIRE(c.sheet.has_value());
        numbers.append(c.number);
    }
    MainActions& actions = window.mainActions();
    CHECK(actions.saveSheetsPdf->isEnabled());
    CHECK(actions.saveSheetsPdf->toolTip().contains(QLatin1String("3")));
    CHECK(table->actions().contains(actions.saveSheetsPdf)); // in the list's context menu too
    CHECK(table->contextMenuPolicy() == Qt::ActionsContextMenu);

    // The file name comes from the test; the language-and-paper dialog is accepted as it stands.
    const QString pdf = dir.filePath(QStringLiteral("sheets.pdf"));
    const PrintController::SavePathChooser before
        = PrintController::setSavePathChooser([pdf](QWidget*, const QString&) { return pdf; });
    int optionDialogs = 0;
    QTimer accept;
    accept.setInterval(20);
    QObject::connect(&accept, &QTimer::timeout, [&optionDialogs]() {
        if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            if (d->objectName() == QLatin1String("printOptionsDialog")) {
                ++optionDialogs;
                d->accept();
            }
    });
    accept.start();
    actions.saveSheetsPdf->trigger();
    accept.stop();
    PrintController::setSavePathChooser(before);

    CHECK(optionDialogs == 1);
    REQUIRE(QFileInfo::exists(pdf));
    const QStringList pages = PdfText::pages(pdf);
    CHECK(pages.size() >= 3);
    const QString text = pages.join(u'\n');
    for (const QString& number : std::as_const(numbers)) {
        INFO(number.toStdString());
        CHECK(text.contains(number));
    }
}
