#pragma once
// Added tokens of a tokenizer.json ("<|im_start|>", "<|endoftext|>", ...):
// found in the text before the model sees it, leftmost-longest as
// tokenizers' AddedVocabulary does, with its lstrip/rstrip/single_word rules.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace assay {

struct AddedToken {
  int32_t id = 0;
  std::string content;
  bool special = false;
  bool normalized = false;  // matched in normalized text (true) or raw text
  bool lstrip = false;      // swallows whitespace on its left
  bool rstrip = false;      // swallows whitespace on its right
  bool singleWord = false;  // only matches when not inside a word
};

class AddedTokenMatcher {
 public:
  // Only the tokens whose `normalized` flag equals `normalizedPass` take part.
  AddedTokenMatcher(const std::vector<AddedToken>& tokens, bool normalizedPass);

  bool empty() const { return tokens_.empty(); }

  // Calls onText for each stretch of text between matches (never empty) and
  // onToken with the id of each match, in order.
  void split(std::string_view text, const std::function<void(std::string_view)>& onText,
             const std::function<void(int32_t)>& onToken) const;

 private:
  struct Entry {
    std::string content;
    int32_t id;
    bool lstrip, rstrip, singleWord;
  };
  std::vector<Entry> tokens_;  // longest first, so the first hit at a position is the longest
  bool firstByte_[256] = {};   // bytes that can start a token: the scan skips all others
};

}  // namespace assay
