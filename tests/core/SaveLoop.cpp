// ql_save_loop DATABASE: another program that keeps saving, as a clerk's window does, until it is
// killed. Logs one case after another through WorkflowService and prints each acknowledged save
// ("saved ID NUMBER MICROSECONDS") the moment the save returned; "ready" once it is set up.
// The backup tests and the backup benchmark run it beside the work they measure.
#include "Clock.h"
#include "UserError.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "reference/ReferenceData.h"
#include "workflow/WorkflowService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: ql_save_loop DATABASE [PAUSE-MS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int pauseMs = argc > 2 ? std::atoi(argv[2]) : 0;
    try {
        Database db(path);
        const QSqlDatabase c = db.connection();
        User clerk;
        clerk.role = Role::SalesClerk;
        clerk.id
            = Sql::scalar(c, QStringLiteral("SELECT id FROM users WHERE role = 'sales' ORDER BY id LIMIT 1"))
                  .toLongLong();
        if (clerk.id == 0)
            clerk.id = Sql::exec(c,
                                 QStringLiteral("INSERT INTO users(username, display_name, role, created_at) "
                                                "VALUES ('saveloop', 'Save loop', 'sales', 0)"))
                           .lastInsertId()
                           .toLongLong();
        clerk.username = QStringLiteral("saveloop");
        const ReferenceData reference(c);
        qint64 customer = Sql::scalar(c, QStringLiteral("SELECT min(id) FROM customers")).toLongLong();
        if (customer == 0)
            customer = reference.addCustomer(QStringLiteral("Save Loop Plant"), false,
                                             QStringLiteral("1 Loop Road"), QStringLiteral("East"));
        qint64 model = Sql::scalar(c, QStringLiteral("SELECT min(id) FROM product_models")).toLongLong();
        if (model == 0)
            model = reference.addProductModel(QStringLiteral("LOOP-1"), QStringLiteral("Loop valve"),
                                              QStringLiteral("valve"));
        const SystemClock clock;
        WorkflowService flow(c, clock);
        std::printf("ready\n");
        std::fflush(stdout);
        for (int n = 1;; ++n) {
            IntakeData d;
            d.channel = QStringLiteral("phone");
            d.customerId = customer;
            d.modelId = model;
            d.contactName = QStringLiteral("Loop %1").arg(n);
            d.symptom = QStringLiteral("Saved by the save loop, number %1").arg(n);
            QElapsedTimer timer;
            timer.start();
            const qint64 id = flow.logCase(clerk, d);
            const qint64 us = timer.nsecsElapsed() / 1000;
            const QString number
                = Sql::scalar(c, QStringLiteral("SELECT number FROM cases WHERE id = ?"), {id}).toString();
            std::printf("saved %lld %s %lld\n", static_cast<long long>(id), qPrintable(number),
                        static_cast<long long>(us));
            std::fflush(stdout);
            if (pauseMs > 0)
                QThread::msleep(static_cast<unsigned long>(pauseMs));
        }
    } catch (const UserError& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
}
