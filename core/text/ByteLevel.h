#pragma once
// GPT-2's byte-level alphabet, as Hugging Face's ByteLevel pre-tokenizer and
// decoder use it: every byte maps to one printable code point, so BPE can
// work on any byte string while its vocabulary stays valid text.
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace assay::bytelevel {

// Code point that stands for byte b (printable bytes map to themselves,
// the rest to U+0100 and up, in byte order).
const std::array<char32_t, 256>& byteToCodePoint();

// The UTF-8 string of mapped code points for raw bytes.
std::string encode(std::string_view bytes);

// The decoder: each token's mapped code points turn back into bytes; a token
// containing a code point outside the alphabet (an added token such as
// "<|im_start|>" is written literally) contributes its own UTF-8 bytes, and
// the joined bytes are read as UTF-8 with invalid sequences replaced.
std::string decode(const std::vector<std::string_view>& tokens);

}  // namespace assay::bytelevel
