#pragma once
// Hugging Face's Split pre-tokenizer: a regex (or a literal string) and a
// delimiter behaviour. Patterns are compiled by PCRE2 in UTF + Unicode
// property mode with its JIT; Qwen2's pattern (\p{L}, \p{N}, \s+(?!\S))
// means the same there as in the Oniguruma engine Hugging Face uses.
// Known difference: code points assigned after PCRE2's Unicode tables
// (Debian 12's 10.42: Unicode 14), e.g. CJK Extension H, are not \p{L} here
// but are in tokenizers 0.23, so a pre-token that touches one can split
// differently (7 of 20,000 random-code-point strings; no ordinary text).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace assay {

// What happens to the matched delimiters (tokenizers' SplitDelimiterBehavior).
enum class SplitBehavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

class RegexSplitter {
 public:
  // Throws std::runtime_error with PCRE2's message and the offset in the
  // pattern when it does not compile.
  RegexSplitter(const std::string& pattern, bool isLiteral, SplitBehavior behavior, bool invert);
  ~RegexSplitter();
  RegexSplitter(const RegexSplitter&) = delete;
  RegexSplitter& operator=(const RegexSplitter&) = delete;

  // Appends the pieces of `text` (valid UTF-8) to `out`, as views into text.
  void split(std::string_view text, std::vector<std::string_view>& out) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
  SplitBehavior behavior_;
  bool invert_;
};

// GPT-2's pattern, which the ByteLevel pre-tokenizer applies when use_regex
// is true.
extern const char* const kGpt2SplitPattern;

}  // namespace assay
