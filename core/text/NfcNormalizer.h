#pragma once
// Unicode NFC, the normalizer of Qwen2's tokenizer.json. Most text (ASCII,
// CJK, kana, Hangul syllables, full-width forms, emoji) is already NFC; a
// quick scan proves that and skips the conversion through Qt.
#include <string>
#include <string_view>

namespace assay {

// True when every code point is in ranges that NFC never changes and that
// never compose with a neighbour, so the text is its own NFC form.
bool isTriviallyNfc(std::string_view validUtf8);

// NFC of valid UTF-8 text.
std::string toNfc(std::string_view validUtf8);

}  // namespace assay
