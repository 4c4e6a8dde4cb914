// Proves that a sanitizer build reports what it should: each mode commits
// one bug that ASan or UBSan must catch (CTest expects their report). The
// index and the operands come from argv so the compiler cannot see the bug.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  const int n = std::atoi(argv[2]);
  if (std::strcmp(argv[1], "heap-overflow") == 0) {
    std::vector<int> v(static_cast<size_t>(n));
    int* p = v.data();
    std::printf("%d\n", p[n]);  // one past the end
  } else if (std::strcmp(argv[1], "use-after-free") == 0) {
    int* p = new int[static_cast<size_t>(n)]();
    delete[] p;
    std::printf("%d\n", p[0]);
  } else if (std::strcmp(argv[1], "signed-overflow") == 0) {
    int big = INT_MAX - 1 + (n > 0 ? 0 : 1);
    big += n;  // n >= 2 overflows
    std::printf("%d\n", big);
  }
  return 0;
}
