# Issue 16.1, the window's side of the storage seam: ui/ gets core's services and queries from
# the session (Session::make<T>(), call(), core/db/Services), never a database handle. No file
# of ui/ names the connection's type, includes a Qt SQL header or asks anything for its
# connection(); the Session itself included (it holds core's Services, which hands the
# connection only to core's constructors and functions).
include(${CMAKE_CURRENT_LIST_DIR}/RefuseMatches.cmake)
ql_refuse_matches(
    MESSAGE "The window reaches for the database handle (ask the Session: make<T>() or call())"
    REGEX "QSqlDatabase|#[ \t]*include[ \t]*[<\"](QtSql|QSql)|connection\\(\\)"
    GLOBS ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
