// main() of every test_<area> executable: runs the one registered test named
// by the first argument and hands the rest to Qt Test.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

#include "TestRegistry.h"

namespace assay::test {
namespace {

std::map<std::string, RunTest>& registry() {
  static std::map<std::string, RunTest> tests;
  return tests;
}

std::string baseName(const char* path) {
  std::string name(path);
  if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos) name.erase(0, slash + 1);
  if (const auto dot = name.rfind('.'); dot != std::string::npos) name.erase(dot);
  return name;
}

int usage(const char* program, FILE* to) {
  std::fprintf(to, "usage: %s <test> [Qt Test options]\nTests in this executable:\n", program);
  for (const auto& entry : registry()) std::fprintf(to, "  %s\n", entry.first.c_str());
  return to == stdout ? 0 : 2;
}

}  // namespace

bool registerTest(const char* sourceFile, RunTest run) {
  const std::string name = baseName(sourceFile);
  if (!registry().emplace(name, run).second) {
    std::fprintf(stderr, "two tests are named %s\n", name.c_str());
    std::abort();
  }
  return true;
}

}  // namespace assay::test

int main(int argc, char** argv) {
  using namespace assay::test;
  if (argc < 2) return usage(argv[0], stderr);
  if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "--list") == 0) return usage(argv[0], stdout);
  const auto found = registry().find(argv[1]);
  if (found == registry().end()) {
    std::fprintf(stderr, "no test named %s\n", argv[1]);
    return usage(argv[0], stderr);
  }
  // The test sees its own name as argv[0], as when it had its own executable.
  return found->second(argc - 1, argv + 1);
}
