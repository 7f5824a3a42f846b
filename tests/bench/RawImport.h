#pragma once

#include <QString>

// The physical limit of an import: every row SampleData wrote into source, inserted into the
// freshly migrated target with the C API in one transaction through prepared statements, the
// search index filled in one batch. Rows are read from source in chunks that are held in
// memory first; only the inserts and the commit are timed. Returns milliseconds.
double rawImport(const QString& source, const QString& target);
