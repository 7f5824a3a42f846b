#pragma once

#include <QString>

// Where the tests find the programs they start and the folders they write to. The paths are
// written by CMake at build time into <build>/tests/test-paths.ini and read here at run time,
// not compiled in: a compile command without absolute paths is the same in every clone of the
// repository, so a fresh clone's build reuses the compiler cache (ccache) instead of compiling
// every test file again (CI time, see .ci/quickstart.sh).
//
// The key is the name the path had as a compile-time macro: testPath("QL_CLI_PATH").
// A key that is missing from the file is a broken build, reported loudly (qFatal).
QString testPath(const char* key);
