# Issue 16, one storage seam: the flow's rules and the sample cases hold no SQL (every write of
# a case goes through core/cases: CaseWriter, CaseStore, CaseBulkWriter), and the window talks to
# core's services, never to SQL (the Session included: CheckWindowSeam.cmake).
include(${CMAKE_CURRENT_LIST_DIR}/RefuseMatches.cmake)
ql_refuse_matches(
    MESSAGE "The flow's rules or the sample cases hold SQL or write around the case store"
    REGEX "(^|[^A-Za-z_])(SELECT|UPDATE|INSERT|DELETE)[ \t]|Sql::|RecordWriter|BulkStatement|QSqlQuery|NumberAllocator"
    GLOBS ${SOURCE_DIR}/core/workflow/*.cpp ${SOURCE_DIR}/core/sample/SampleCaseWriter.cpp
          ${SOURCE_DIR}/core/sample/SampleCaseWriter.h)
ql_refuse_matches(
    MESSAGE "The window talks to the database directly"
    REGEX "QSqlDatabase|QSqlQuery|QSqlError|QSqlRecord|QtSql"
    GLOBS ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
