#include "data/JsonText.h"

namespace assay::data::detail {

bool isValidUtf8(const char* data, size_t size, size_t* badOffset) {
  const auto* s = reinterpret_cast<const unsigned char*>(data);
  size_t i = 0;
  while (i < size) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the first continuation byte
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      if (badOffset) *badOffset = i;
      return false;
    }
    if (size - i <= need) {
      if (badOffset) *badOffset = i;
      return false;
    }
    if (s[i + 1] < lo || s[i + 1] > hi) {
      if (badOffset) *badOffset = i;
      return false;
    }
    for (size_t k = 2; k <= need; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) {
        if (badOffset) *badOffset = i;
        return false;
      }
    }
    i += need + 1;
  }
  return true;
}

void appendJsonString(std::string& out, std::string_view text) {
  static const char* const kHex = "0123456789abcdef";
  out.push_back('"');
  size_t runStart = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + runStart, i - runStart);
    runStart = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
    }
  }
  out.append(text.data() + runStart, text.size() - runStart);
  out.push_back('"');
}

uint64_t fnv1a(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (const char ch : bytes) {
    h ^= static_cast<unsigned char>(ch);
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t contentHash(int kind, std::string_view text, std::string_view chosen, std::string_view rejected) {
  const char k = static_cast<char>('0' + kind);
  uint64_t h = fnv1a(std::string_view(&k, 1));
  h = fnv1a(text, h);
  // A separator that cannot occur in UTF-8 keeps ("ab","c") apart from ("a","bc").
  static const char sep = '\xff';
  h = fnv1a(std::string_view(&sep, 1), h);
  h = fnv1a(chosen, h);
  h = fnv1a(std::string_view(&sep, 1), h);
  return fnv1a(rejected, h);
}

bool isBlank(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (text.compare(i, 3, "\xE3\x80\x80") == 0) {  // U+3000 ideographic space
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace assay::data::detail
