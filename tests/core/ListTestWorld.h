#pragma once

#include "MockClock.h"
#include "TestDatabase.h"
#include "lists/ListService.h"

#include <QVariantMap>

// The test database with an office clerk and the list service, and a valid new entry for
// every list (suffix makes codes and names unique), for the [lists] tests.
struct ListTestWorld
{
    ListTestWorld();
    QVariantMap validEntry(const QString& listId, const QString& suffix);
    // How many audit rows of entries of this table (case_id NULL) there are.
    int auditRows(const QString& table, qint64 id, const QString& action = {}) const;

    TestDatabase t;
    MockClock clock;
    ListService lists;
    User office;
};
