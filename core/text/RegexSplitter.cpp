#include "text/RegexSplitter.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdexcept>

namespace assay {

const char* const kGpt2SplitPattern =
    "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

struct RegexSplitter::Compiled {
  pcre2_code* code = nullptr;
  bool jit = false;
  ~Compiled() { pcre2_code_free(code); }
};

RegexSplitter::RegexSplitter(const std::string& pattern, bool isLiteral, SplitBehavior behavior, bool invert)
    : compiled_(std::make_unique<Compiled>()), behavior_(behavior), invert_(invert) {
  uint32_t options = PCRE2_UTF | PCRE2_UCP;
  if (isLiteral) options |= PCRE2_LITERAL;
  int error = 0;
  PCRE2_SIZE errorOffset = 0;
  compiled_->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options, &error,
                                  &errorOffset, nullptr);
  if (!compiled_->code) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    throw std::runtime_error("split pattern does not compile at offset " + std::to_string(errorOffset) + ": " +
                             reinterpret_cast<const char*>(message));
  }
  // Without the JIT (e.g. a platform PCRE2 was built without it) matching is
  // slower but gives the same pieces.
  compiled_->jit = pcre2_jit_compile(compiled_->code, PCRE2_JIT_COMPLETE) == 0;
}

RegexSplitter::~RegexSplitter() = default;

void RegexSplitter::split(std::string_view text, std::vector<std::string_view>& out) const {
  if (text.empty()) return;
  struct Span {
    std::size_t begin, end;
    bool delimiter;
  };
  // Match data is per call so that one splitter serves many threads.
  pcre2_match_data* md = pcre2_match_data_create_from_pattern(compiled_->code, nullptr);
  const auto subject = reinterpret_cast<PCRE2_SPTR>(text.data());
  std::vector<Span> spans;
  std::size_t offset = 0, gapStart = 0;
  while (offset <= text.size()) {
    // The text was validated once by the caller; checking it again on every
    // call would make splitting quadratic.
    const int rc = compiled_->jit
                       ? pcre2_jit_match(compiled_->code, subject, text.size(), offset, PCRE2_NO_UTF_CHECK, md, nullptr)
                       : pcre2_match(compiled_->code, subject, text.size(), offset, PCRE2_NO_UTF_CHECK, md, nullptr);
    if (rc == PCRE2_ERROR_NOMATCH) break;
    if (rc < 0) {
      // A resource limit (e.g. the JIT stack on pathological input): fail
      // loudly rather than return pieces that differ from tokenizers'.
      pcre2_match_data_free(md);
      PCRE2_UCHAR message[256];
      pcre2_get_error_message(rc, message, sizeof message);
      throw std::runtime_error("pre-tokenizer regex failed at byte " + std::to_string(offset) + ": " +
                               reinterpret_cast<const char*>(message));
    }
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
    const std::size_t b = ov[0], e = ov[1];
    if (e == b) {
      // Empty match: step over one code point, as a find-iterator does.
      offset = b + 1;
      while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
      if (b >= text.size()) break;
      continue;
    }
    if (b > gapStart) spans.push_back({gapStart, b, false});
    spans.push_back({b, e, true});
    gapStart = offset = e;
  }
  pcre2_match_data_free(md);
  if (gapStart < text.size()) spans.push_back({gapStart, text.size(), false});
  if (invert_)
    for (auto& s : spans) s.delimiter = !s.delimiter;

  const auto piece = [&](std::size_t b, std::size_t e) { out.push_back(text.substr(b, e - b)); };
  switch (behavior_) {
    case SplitBehavior::Isolated:
      for (const auto& s : spans) piece(s.begin, s.end);
      break;
    case SplitBehavior::Removed:
      for (const auto& s : spans)
        if (!s.delimiter) piece(s.begin, s.end);
      break;
    case SplitBehavior::Contiguous: {
      std::size_t i = 0;
      while (i < spans.size()) {
        std::size_t j = i + 1;
        if (spans[i].delimiter)
          while (j < spans.size() && spans[j].delimiter) ++j;
        piece(spans[i].begin, spans[j - 1].end);
        i = j;
      }
      break;
    }
    case SplitBehavior::MergedWithPrevious: {
      // A delimiter joins the piece before it, unless that piece is itself
      // a delimiter (tokenizers' rule for consecutive matches).
      std::vector<std::pair<std::size_t, std::size_t>> merged;
      bool previousDelimiter = false;
      for (const auto& s : spans) {
        if (s.delimiter && !previousDelimiter && !merged.empty()) merged.back().second = s.end;
        else merged.push_back({s.begin, s.end});
        previousDelimiter = s.delimiter;
      }
      for (const auto& [b, e] : merged) piece(b, e);
      break;
    }
    case SplitBehavior::MergedWithNext: {
      // The mirror image: walk backwards, a delimiter joins the piece after it.
      std::vector<std::pair<std::size_t, std::size_t>> merged;
      bool nextDelimiter = false;
      for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
        if (it->delimiter && !nextDelimiter && !merged.empty()) merged.back().first = it->begin;
        else merged.push_back({it->begin, it->end});
        nextDelimiter = it->delimiter;
      }
      for (auto it = merged.rbegin(); it != merged.rend(); ++it) piece(it->first, it->second);
      break;
    }
  }
}

}  // namespace assay
