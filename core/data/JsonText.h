#pragma once
// Small byte-level helpers shared by the readers and writers: UTF-8
// validation, JSON string escaping that keeps non-ASCII text as UTF-8 (no \u
// escapes), and the content hash used to spot duplicate samples.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace assay::data::detail {

// True when [data, data+size) is well-formed UTF-8 (no overlongs, no
// surrogates, nothing above U+10FFFF). `badOffset` receives the first bad byte.
bool isValidUtf8(const char* data, size_t size, size_t* badOffset = nullptr);

// Appends `text` as a quoted JSON string: only '"', '\\' and control
// characters are escaped (control characters other than \b\f\n\r\t as
// \u00xx, lower-case hex, as nlohmann::json and Python's json do).
void appendJsonString(std::string& out, std::string_view text);

// 64-bit FNV-1a, continued from `seed`.
uint64_t fnv1a(std::string_view bytes, uint64_t seed = 14695981039346656037ull);

// Hash of a sample's content (kind, text, chosen, rejected): two samples with
// equal hashes are duplicates.
uint64_t contentHash(int kind, std::string_view text, std::string_view chosen, std::string_view rejected);

// True when the text has no character other than ASCII/ideographic spaces.
bool isBlank(std::string_view text);

}  // namespace assay::data::detail
