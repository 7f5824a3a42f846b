# Issue 16, one storage seam: the flow's rules and the sample cases hold no SQL (every write of
# a case goes through core/cases: CaseWriter, CaseStore, CaseBulkWriter), and the window talks to
# core's services, never to SQL (the Session included: CheckWindowSeam.cmake).
file(GLOB_RECURSE workflow ${SOURCE_DIR}/core/workflow/*.cpp
     ${SOURCE_DIR}/core/sample/SampleCaseWriter.cpp ${SOURCE_DIR}/core/sample/SampleCaseWriter.h)
foreach(f ${workflow})
    file(STRINGS ${f} hits REGEX "(^|[^A-Za-z_])(SELECT|UPDATE|INSERT|DELETE)[ \t]|Sql::|RecordWriter|BulkStatement|QSqlQuery|NumberAllocator")
    if(hits)
        message(FATAL_ERROR "${f} holds SQL or writes around the case store: ${hits}")
    endif()
endforeach()
file(GLOB_RECURSE window ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
foreach(f ${window})
    file(STRINGS ${f} hits REGEX "QSqlDatabase|QSqlQuery|QSqlError|QSqlRecord|QtSql")
    if(hits)
        message(FATAL_ERROR "${f} talks to the database directly: ${hits}")
    endif()
endforeach()
