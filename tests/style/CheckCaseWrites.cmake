# Issue 16.1, one storage seam: every write of a case goes through core/cases (CaseStore,
# CaseWriter, and CaseBulkWriter for the sample data's fast path). Anywhere else in the
# product, a statement that inserts, changes or deletes rows of `cases`, or a RecordWriter call
# that names the table, is a write around the store. Migrations (SQL files) and the whole-database
# copy of `migrate` (OfficeMove: every table by the server's schema, no table named) are not
# writes of a case.
file(GLOB_RECURSE sources ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/ui/*.cpp
     ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
set(problems "")
foreach(f ${sources})
    if(f MATCHES "/core/cases/(CaseStore|CaseWriter|CaseBulkWriter)\\.(cpp|h)$")
        continue()
    endif()
    file(STRINGS ${f} hits
         REGEX "(INSERT([ \t]+OR[ \t]+[A-Z]+)?[ \t]+INTO|REPLACE[ \t]+INTO|UPDATE|DELETE[ \t]+FROM)[ \t]+\"?cases([^A-Za-z0-9_]|$)|(insert|update|remove)\\((QStringLiteral|QLatin1String)\\(\"cases\"\\)")
    if(hits)
        file(RELATIVE_PATH name ${SOURCE_DIR} ${f})
        string(APPEND problems "\n  ${name}: ${hits}")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "A case is written around the case store (core/cases/CaseStore):${problems}")
endif()
