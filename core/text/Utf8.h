#pragma once
// UTF-8 helpers shared by the tokenizers. Hugging Face tokenizers works on
// Rust strings, which are always valid UTF-8, so invalid input is repaired
// first, exactly as Rust's String::from_utf8_lossy does (one U+FFFD per
// maximal invalid subpart).
#include <cstddef>
#include <string>
#include <string_view>

namespace assay::utf8 {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is invalid
// (truncated, overlong, surrogate, above U+10FFFF, stray continuation byte).
std::size_t validSequenceLength(std::string_view s, std::size_t i);

bool isValid(std::string_view s);

// Invalid sequences replaced by U+FFFD; valid text is returned unchanged.
std::string repaired(std::string_view s);

// Decodes the code point at s[i] (which must start a valid sequence) and
// advances i past it.
char32_t next(std::string_view s, std::size_t& i);

void append(std::string& out, char32_t cp);

// Rust's char::is_whitespace: the Unicode White_Space property.
bool isWhitespace(char32_t cp);

}  // namespace assay::utf8
