# Fails when a C++ file under core/, ui/, app/, tests/ or translations/ is not clang-formatted.
file(GLOB_RECURSE files
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h
    ${SOURCE_DIR}/translations/*.cpp ${SOURCE_DIR}/installer/*.cpp)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror --style=file ${files}
    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Files are not formatted (run clang-format -i on them):\n${errors}")
endif()
list(LENGTH files count)
message(STATUS "${count} files formatted")
