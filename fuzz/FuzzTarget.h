#pragma once
// Every fuzz target defines this one libFuzzer entry point. Built with
// clang's -fsanitize=fuzzer it is driven by libFuzzer; built by any other
// compiler, FuzzReplay.cpp supplies main() and runs it on files, so the
// saved crash cases (fuzz/regressions) run in every build.
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

// A property every input must keep; a broken one aborts like a crash, so
// libFuzzer saves the input.
#define FUZZ_CHECK(condition)                                                     \
  do {                                                                            \
    if (!(condition)) ::assay::fuzz::checkFailed(#condition, __FILE__, __LINE__); \
  } while (0)

namespace assay::fuzz {
[[noreturn]] void checkFailed(const char* condition, const char* file, int line);
}
