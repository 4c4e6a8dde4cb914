#include <cstdio>
#include <cstdlib>

#include "FuzzTarget.h"

namespace assay::fuzz {

void checkFailed(const char* condition, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: property broken: %s\n", file, line, condition);
  std::abort();
}

}  // namespace assay::fuzz
