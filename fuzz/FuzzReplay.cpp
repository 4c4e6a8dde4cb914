// main() for fuzz targets built without libFuzzer: runs every file named on
// the command line (directories: every file inside, recursively) through
// LLVMFuzzerTestOneInput once, and prints how many it ran. A crash or a
// broken property aborts, which fails the CTest that runs it.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "FuzzTarget.h"

namespace {

int runFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "%s: cannot read\n", path.c_str());
    return 1;
  }
  const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int ran = 0, failed = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path arg(argv[i]);
    if (std::filesystem::is_directory(arg)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(arg))
        if (entry.is_regular_file()) failed += runFile(entry.path()), ++ran;
    } else {
      failed += runFile(arg), ++ran;
    }
  }
  std::printf("%d inputs replayed\n", ran);
  return failed == 0 ? 0 : 1;
}
