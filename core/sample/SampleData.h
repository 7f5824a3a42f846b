#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

// Realistic sample data made from a seed: customers, valves and their shipments, people,
// and cases in every stage of the flow, overdue ones included. The bulk path writes in one
// transaction through prepared statements and fills the search index in one batch afterwards,
// so a million cases take minutes, not hours.
struct SampleOptions
{
    qint64 cases = 2000;
    quint32 seed = 1;
    QDateTime now; // defaults to the current time
    bool photos = true; // generated photos on about one case in eight (issue 17)
    bool loops = false; // the customer loops in every state (issue 15), for the demonstration
    std::function<void(qint64 done, qint64 total)> progress;
};

class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)
public:
    // Throws UserError when the database already has cases or is on a server (refusedOnServer()).
    static void generate(const QSqlDatabase& db, const SampleOptions& options);
    static QString refusedOnServer();
    static QString demoPassword() { return QStringLiteral("demo1234"); }
};
