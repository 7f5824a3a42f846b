#include "main/CountsWorker.h"

#include "FixedClock.h"
#include "UserError.h"
#include "db/Database.h"
#include "db/ServerLink.h"
#include "db/Services.h"
#include "db/Sql.h"

#include <exception>

CountsWorker::CountsWorker(QString databasePath)
    : m_path(std::move(databasePath))
{
}

CountsWorker::~CountsWorker()
{
    close();
}

void CountsWorker::open()
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.create = false;
    options.backgroundCheckpoint = false;
    m_db = std::make_unique<Database>(m_path, options);
    const SystemClock unused; // no service is made: the stop flag is set on the connection
    Services(*m_db, unused).call(&Sql::stopWhen, &m_stop);
    // A server that stops answering: the counts fail in words within seconds (the window says
    // so) instead of showing the old ones with no end.
    Services(*m_db, unused).call(&ServerLink::breakOffSilence);
}

void CountsWorker::close()
{
    m_db.reset();
}

CountsResult CountsWorker::compute(const CountsRequest& request)
{
    CountsResult result;
    result.kind = request.kind;
    result.generation = request.generation;
    result.groupKey = request.groupKey;
    try {
        if (!m_db)
            open();
        // The instant of the request: the worker never reads the window's clock from its own thread.
        const FixedClock clock(request.now);
        const Services services(*m_db, clock);
        const WorkQueue queue = services.make<WorkQueue>();
        if (request.kind == CountsRequest::Everything) {
            result.groups = queue.groups(request.user);
            result.hasGroups = true;
            if (result.groupKey.isEmpty()) {
                for (const QueueGroup& g : std::as_const(result.groups))
                    if (g.count > 0) {
                        result.groupKey = g.key;
                        break;
                    }
                if (result.groupKey.isEmpty() && !result.groups.isEmpty())
                    result.groupKey = result.groups.first().key;
            }
        }
        if (request.kind == CountsRequest::CaseCount) {
            result.caseCount = services.make<CaseListQuery>().count(request.filter);
            result.hasCaseCount = true;
            return result;
        }
        if (request.kind != CountsRequest::Flow && !result.groupKey.isEmpty()) {
            result.rows = queue.rows(request.user, result.groupKey);
            result.hasRows = true;
        }
        if (request.kind != CountsRequest::GroupRows) {
            result.flow = services.make<FlowCounts>().counts();
            result.loops = services.make<FlowCounts>().loops();
            result.hasFlow = true;
        }
    } catch (const UserError& error) {
        result.error = error.message();
        close(); // try a fresh connection next time
    } catch (const std::exception& error) {
        result.error = QString::fromLocal8Bit(error.what());
        close();
    }
    return result;
}
