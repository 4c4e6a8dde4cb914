#include "text/NfcNormalizer.h"

#include <QString>

#include "text/Utf8.h"

namespace assay {

namespace {

// Ranges with no canonical decomposition, combining class 0 and no part in
// a canonical composition (neither as first nor as second character).
// Everything else, e.g. combining marks, Hangul jamo, U+2000/U+2001 (which
// decompose to U+2002/U+2003), CJK compatibility ideographs, goes to Qt.
bool isNfcInert(char32_t cp) {
  if (cp < 0x300) return true;
  return (cp >= 0x2002 && cp <= 0x206F) ||  // general punctuation, ZWJ
         (cp >= 0x3000 && cp <= 0x3098) ||  // CJK punctuation, hiragana
         (cp >= 0x309B && cp <= 0x30FF) ||  // katakana (not the combining voicing marks)
         (cp >= 0x3400 && cp <= 0x4DBF) ||  // CJK extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||  // CJK unified ideographs
         (cp >= 0xAC00 && cp <= 0xD7A3) ||  // Hangul syllables (a following jamo is not inert)
         (cp >= 0xFE00 && cp <= 0xFE0F) ||  // variation selectors
         (cp >= 0xFF00 && cp <= 0xFFEF) ||  // half/full-width forms (only compatibility mappings)
         (cp >= 0x1F000 && cp <= 0x1FAFF);  // emoji and symbols
}

}  // namespace

bool isTriviallyNfc(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (!isNfcInert(utf8::next(s, i))) return false;
  }
  return true;
}

std::string toNfc(std::string_view s) {
  if (isTriviallyNfc(s)) return std::string(s);
  // Qt's UTF-8 and UTF-32 decoders drop a leading byte-order mark, which is
  // text here (tokenizers keeps it), so build the UTF-16 string by hand.
  QString text;
  text.reserve(static_cast<qsizetype>(s.size()));
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = utf8::next(s, i);
    if (cp >= 0x10000) {
      text.append(QChar(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10))));
      text.append(QChar(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF))));
    } else {
      text.append(QChar(static_cast<char16_t>(cp)));
    }
  }
  return text.normalized(QString::NormalizationForm_C).toStdString();
}

}  // namespace assay
