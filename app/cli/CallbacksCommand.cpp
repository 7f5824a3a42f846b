#include "CallbacksCommand.h"

#include "CliCommands.h"
#include "ReadDatabase.h"
#include "loops/CallbackQuery.h"

#include <QCommandLineParser>

namespace {
QString stateCode(const BatchCallback& b)
{
    switch (b.state) {
    case CallbackState::Upcoming:
        return QStringLiteral("upcoming");
    case CallbackState::Due:
        return QStringLiteral("due");
    case CallbackState::Overdue:
        return QStringLiteral("OVERDUE");
    case CallbackState::Done:
        return b.wasLate() ? QStringLiteral("done-late") : QStringLiteral("done");
    }
    return {};
}
} // namespace

QString CallbacksCommand::usage()
{
    return tr("  callbacks --database DB [--due]            the call-backs after deliveries: order, batch,\n"
              "        customer, delivered, call by, state; --due only those to call now");
}

int CallbacksCommand::run(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption due(QStringLiteral("due"), tr("Only the call-backs due and overdue now."));
    parser.addOptions({database, due});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    if (!parser.isSet(database) || !parser.positionalArguments().isEmpty())
        return cli.usage(tr("callbacks needs --database DB."));
    const ReadDatabase db(parser.value(database));
    const SystemClock clock;
    const CallbackQuery query(db.connection(), clock);
    CallbackFilter filter;
    filter.show = parser.isSet(due) ? CallbackFilter::Show::Open : CallbackFilter::Show::All;
    qint64 key = 0;
    qint64 after = 0;
    for (;;) {
        const QList<BatchCallback> page = query.page(filter, key, after, 500);
        for (const BatchCallback& b : page)
            cli.out() << b.orderNo << '\t' << b.batchNo << '\t' << b.customerName << '\t'
                      << b.deliveredOn.toString(Qt::ISODate) << '\t' << b.dueBy.toString(Qt::ISODate) << '\t'
                      << stateCode(b) << '\n';
        if (page.size() < 500)
            break;
        key = page.last().pageKey;
        after = page.last().shipmentId;
    }
    cli.out().flush();
    return CliCommands::Ok;
}
