#include "text/ByteLevel.h"

#include <unordered_map>

#include "text/Utf8.h"

namespace assay::bytelevel {

const std::array<char32_t, 256>& byteToCodePoint() {
  static const std::array<char32_t, 256> table = [] {
    std::array<char32_t, 256> t{};
    char32_t nextExtra = 256;
    for (int b = 0; b < 256; ++b) {
      const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
      t[static_cast<std::size_t>(b)] = printable ? static_cast<char32_t>(b) : nextExtra++;
    }
    return t;
  }();
  return table;
}

std::string encode(std::string_view bytes) {
  const auto& map = byteToCodePoint();
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) utf8::append(out, map[static_cast<unsigned char>(c)]);
  return out;
}

std::string decode(const std::vector<std::string_view>& tokens) {
  static const std::unordered_map<char32_t, unsigned char> codePointToByte = [] {
    std::unordered_map<char32_t, unsigned char> m;
    const auto& t = byteToCodePoint();
    for (int b = 0; b < 256; ++b) m.emplace(t[static_cast<std::size_t>(b)], static_cast<unsigned char>(b));
    return m;
  }();
  std::string bytes;
  for (const std::string_view token : tokens) {
    const std::size_t mark = bytes.size();
    bool allMapped = true;
    std::size_t i = 0;
    while (i < token.size()) {
      if (utf8::validSequenceLength(token, i) == 0) {
        allMapped = false;
        break;
      }
      const auto it = codePointToByte.find(utf8::next(token, i));
      if (it == codePointToByte.end()) {
        allMapped = false;
        break;
      }
      bytes.push_back(static_cast<char>(it->second));
    }
    if (!allMapped) {
      bytes.resize(mark);
      bytes.append(token);
    }
  }
  return utf8::repaired(bytes);
}

}  // namespace assay::bytelevel
