#pragma once
// Hugging Face's Split pre-tokenizer: a regex (or a literal string) and a
// delimiter behaviour. Patterns are compiled by PCRE2 in UTF + Unicode
// property mode with its JIT; Qwen2's pattern (\p{L}, \p{N}, \s+(?!\S))
// means the same there as in the Oniguruma engine Hugging Face uses.
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
