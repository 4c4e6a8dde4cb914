#pragma once
// One executable per test area (test_model, test_train, ...) instead of one
// per test: a single link and a single precompiled header per area keep the
// first build short. Each tst_<name>.cpp registers its Qt Test class under
// its file's base name; CTest runs `test_<area> tst_<name> [Qt Test options]`,
// so every test still runs in its own process, as before.
//
// The three macros match QTEST_APPLESS_MAIN, QTEST_GUILESS_MAIN and
// QTEST_MAIN: no application object, a QCoreApplication, or the GUI
// application Qt Test picks for the libraries linked.
#include <QtTest>

namespace assay::test {

using RunTest = int (*)(int argc, char** argv);

// Called from a static initializer: the test named after sourceFile's base
// name (".../tst_losses.cpp" -> "tst_losses") runs through `run`.
bool registerTest(const char* sourceFile, RunTest run);

}  // namespace assay::test

#define ASSAY_TEST_WITH_SETUP(TestObject, Setup)                                                        \
  namespace {                                                                                           \
  int assayRunTest(int argc, char** argv) {                                                             \
    QTest::Internal::callInitMain<TestObject>();                                                        \
    Setup TestObject tc;                                                                                \
    QTEST_SET_MAIN_SOURCE_PATH                                                                          \
    return QTest::qExec(&tc, argc, argv);                                                               \
  }                                                                                                     \
  [[maybe_unused]] const bool assayTestRegistered = assay::test::registerTest(__FILE__, &assayRunTest); \
  }

// Expands to nothing: a named empty setup keeps the macro free of empty variadic arguments.
#define ASSAY_TEST_NO_SETUP
#define ASSAY_TEST_APPLESS_MAIN(TestObject) ASSAY_TEST_WITH_SETUP(TestObject, ASSAY_TEST_NO_SETUP)
#define ASSAY_TEST_GUILESS_MAIN(TestObject) ASSAY_TEST_WITH_SETUP(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
#define ASSAY_TEST_MAIN(TestObject) ASSAY_TEST_WITH_SETUP(TestObject, QTEST_MAIN_SETUP())
