# ctest runs each Catch test by its name. catch_discover_tests reads the names as a CMake list, so
# a ";" in a name splits it in two tests that match nothing (and, before --warn NoTests, passed
# without running anything). Commas and brackets are escaped by catch_discover_tests itself.
file(GLOB_RECURSE files ${SOURCE_DIR}/tests/*.cpp)
foreach(f ${files})
    file(STRINGS ${f} hits REGEX "(TEST_CASE|SCENARIO|TEST_CASE_METHOD)[ \t]*\\([^\"]*\"[^\"]*;")
    if(hits)
        message(FATAL_ERROR "${f}: a test name holds a \";\" (use \":\"): ${hits}")
    endif()
endforeach()
