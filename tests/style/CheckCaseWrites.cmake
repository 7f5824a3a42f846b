# Issue 16.1, one storage seam: every write of a case goes through core/cases (CaseStore,
# CaseWriter, and CaseBulkWriter for the sample data's fast path). Anywhere else in the
# product, a statement that inserts, changes or deletes rows of `cases`, or a RecordWriter call
# that names the table, is a write around the store. Migrations (SQL files) and the whole-database
# copy of `migrate` (OfficeMove: every table by the server's schema, no table named) are not
# writes of a case.
include(${CMAKE_CURRENT_LIST_DIR}/RefuseMatches.cmake)
ql_refuse_matches(
    MESSAGE "A case is written around the case store (core/cases/CaseStore)"
    REGEX "(INSERT([ \t]+OR[ \t]+[A-Z]+)?[ \t]+INTO|REPLACE[ \t]+INTO|UPDATE|DELETE[ \t]+FROM)[ \t]+\"?cases([^A-Za-z0-9_]|$)|(insert|update|remove)\\((QStringLiteral|QLatin1String)\\(\"cases\"\\)"
    SKIP "/core/cases/(CaseStore|CaseWriter|CaseBulkWriter)\\.(cpp|h)$"
    GLOBS ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
          ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
