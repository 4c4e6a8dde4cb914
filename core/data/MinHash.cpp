#include "data/MinHash.h"

#include "text/Utf8.h"

#include <QChar>
#include <algorithm>
#include <limits>

namespace assay::data {

namespace {

// One code point from `s` at `i` (advanced); a malformed byte stands for
// itself (Latin-1), so any input normalises to something comparable.
char32_t nextCodePoint(std::string_view s, size_t& i) {
  if (utf8::validSequenceLength(s, i) == 0) return static_cast<unsigned char>(s[i++]);
  return utf8::next(s, i);
}

// Neither letter nor digit nor mark: punctuation, symbols, spaces, controls
// and format characters (zero-width spaces) say nothing about duplicates.
bool dropped(char32_t cp) {
  if (cp < 0x80) return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
  if (cp > 0x10FFFF) return true;
  const QChar::Category c = QChar::category(cp);
  const bool spaceOrControl = c >= QChar::Separator_Space && c <= QChar::Other_Format;
  return spaceOrControl || c >= QChar::Punctuation_Connector;  // punctuation and symbols come last in the enum
}

uint64_t mix64(uint64_t x) {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

}  // namespace

void appendNormalizedText(std::string_view utf8, std::string& out) {
  for (size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {  // the common case without a table look-up
      ++i;
      if ((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z')) out.push_back(static_cast<char>(b));
      else if (b >= 'A' && b <= 'Z') out.push_back(static_cast<char>(b + ('a' - 'A')));
      continue;
    }
    char32_t cp = nextCodePoint(utf8, i);
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII forms
    else if (cp == 0x3000) cp = ' ';                 // ideographic space
    if (dropped(cp)) continue;
    cp = QChar::toLower(cp);
    utf8::append(out, cp);
  }
}

void shingleHashes(std::string_view normalized, std::vector<uint64_t>& out, int k) {
  out.clear();
  if (normalized.empty()) return;
  // Code points in a ring of the last k: the hash of a window is a
  // polynomial over them, recomputed (k is small).
  char32_t window[16];
  k = std::clamp(k, 1, 16);
  int filled = 0;
  auto windowHash = [&](int count, int start) {
    uint64_t h = 0x84222325CBF29CE4ull;
    for (int j = 0; j < count; ++j) h = (h ^ window[(start + j) % k]) * 0x100000001B3ull;
    return mix64(h);
  };
  size_t seen = 0;
  for (size_t i = 0; i < normalized.size();) {
    window[seen % size_t(k)] = nextCodePoint(normalized, i);
    ++seen;
    if (++filled >= k) out.push_back(windowHash(k, int(seen % size_t(k))));
  }
  if (filled < k) out.push_back(windowHash(filled, 0));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++common, ++i, ++j;
  }
  return double(common) / double(a.size() + b.size() - common);
}

MinHashLsh::MinHashLsh() {
  // Fixed seeds: the same data gives the same candidates on every run.
  uint64_t state = 0x5EED0F5EEDull;
  for (int i = 0; i < kHashes; ++i) {
    multiplier_[i] = mix64(state += 0x9E3779B97F4A7C15ull) | 1;
    offset_[i] = mix64(state += 0x9E3779B97F4A7C15ull);
  }
}

void MinHashLsh::add(const std::vector<uint64_t>& shingles) {
  ++documents_;
  empty_.push_back(shingles.empty());
  uint32_t signature[kHashes];
  std::fill(std::begin(signature), std::end(signature), std::numeric_limits<uint32_t>::max());
  for (const uint64_t s : shingles) {
    // Multiply-shift: the high half of a*x+b is a 2-independent hash of x,
    // one permutation per row without hashing the shingle again.
    for (int i = 0; i < kHashes; ++i) {
      const auto v = static_cast<uint32_t>((multiplier_[i] * s + offset_[i]) >> 32);
      signature[i] = std::min(signature[i], v);
    }
  }
  for (int band = 0; band < kBands; ++band) {
    uint64_t h = uint64_t(band) * 0x9E3779B97F4A7C15ull;
    for (int r = 0; r < kRows; ++r) h = mix64(h ^ signature[band * kRows + r]);
    bandKeys_[band].push_back(static_cast<uint32_t>(h >> 32));
  }
}

void MinHashLsh::forEachCandidate(const std::function<void(uint32_t, uint32_t)>& candidate,
                                  const std::atomic<bool>* cancel, const std::function<void(int)>& bandDone) const {
  std::vector<std::pair<uint32_t, uint32_t>> byKey;  // (band key, document)
  byKey.reserve(documents_);
  for (int band = 0; band < kBands; ++band) {
    if (cancel && cancel->load()) return;
    byKey.clear();
    for (uint32_t d = 0; d < documents_; ++d)
      if (!empty_[d]) byKey.emplace_back(bandKeys_[band][d], d);
    std::sort(byKey.begin(), byKey.end());
    for (size_t start = 0; start < byKey.size();) {
      size_t end = start + 1;
      while (end < byKey.size() && byKey[end].first == byKey[start].first) ++end;
      for (size_t p = start + 1; p < end; ++p)
        for (size_t q = p > start + kWindow ? p - kWindow : start; q < p; ++q)
          candidate(byKey[q].second, byKey[p].second);
      start = end;
    }
    if (bandDone) bandDone(band);
  }
}

UnionFind::UnionFind(uint32_t size) : parent_(size) {
  for (uint32_t i = 0; i < size; ++i) parent_[i] = i;
}

uint32_t UnionFind::find(uint32_t x) {
  while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];  // path halving
  return x;
}

void UnionFind::unite(uint32_t a, uint32_t b) {
  a = find(a), b = find(b);
  if (a != b) parent_[std::max(a, b)] = std::min(a, b);  // the earliest document is the root
}

}  // namespace assay::data
