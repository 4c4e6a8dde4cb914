#pragma once
// Character tokenizer of the `tiny` preset: one id per character, the
// vocabulary built from the training texts. It is saved as a Hugging Face
// tokenizer.json (WordLevel model, NFC, a Split that isolates every
// character, Fuse decoder), which tokenizers loads and encodes to the same ids.
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/AddedTokens.h"
#include "text/RegexSplitter.h"
#include "text/Tokenizer.h"

namespace assay {

struct CharVocabOptions {
  int minCount = 1;  // characters seen fewer times map to the unknown token
  int maxSize = 0;   // total vocabulary size including special tokens; 0 = no limit
  std::string padToken = "<|pad|>";
  std::string unkToken = "<unk>";
  // Matched literally in text before splitting into characters.
  std::vector<std::string> specialTokens = {"<|endoftext|>", "<|im_start|>", "<|im_end|>"};
};

class CharTokenizer : public Tokenizer {
 public:
  // Ids: pad 0, unk 1, the special tokens in order, then characters (after
  // NFC) by falling count, ties by code point. Throws std::invalid_argument
  // for options that cannot make a vocabulary (maxSize below the specials,
  // empty or repeated special tokens).
  static std::unique_ptr<CharTokenizer> build(const std::vector<std::string>& texts,
                                              const CharVocabOptions& options = {});

  // Reads a WordLevel tokenizer.json whose pre-tokenizer is a Split (the one
  // build() writes, or another regex). `padToken` (from tokenizer_config.json)
  // picks the pad id; without it, the padding section or the first added
  // token. Throws std::runtime_error.
  static std::unique_ptr<CharTokenizer> fromJson(const nlohmann::json& json, const std::string& padToken = {});

  std::vector<int32_t> encode(std::string_view utf8) const override;
  using Tokenizer::encode;
  std::string decode(const std::vector<int32_t>& ids) const override;
  int32_t vocabSize() const override { return static_cast<int32_t>(idToToken_.size()); }
  std::optional<int32_t> tokenToId(std::string_view token) const override;
  int32_t padTokenId() const override { return padId_; }
  int32_t unkTokenId() const { return unkId_; }
  std::string toTokenizerJson() const override;
  // By id: whether the token is exactly one CJK unified ideograph (U+4E00 to
  // U+9FFF or extension A, U+3400 to U+4DBF): the characters names are
  // written in (--name_swap).
  std::vector<bool> ideographTokens() const;

  // The Split regex build() writes: every code point is its own piece.
  static const char* const kCharPattern;

 private:
  CharTokenizer(std::vector<std::string> idToToken, std::vector<AddedToken> added, std::string unkToken, int32_t padId,
                std::string pattern, bool nfc);

  std::vector<std::string> idToToken_;
  std::unordered_map<std::string, int32_t> tokenToId_;
  std::vector<AddedToken> added_;
  std::unique_ptr<AddedTokenMatcher> matcher_;
  std::unique_ptr<RegexSplitter> splitter_;
  std::string unkToken_;
  std::string pattern_;
  int32_t unkId_ = 0;
  int32_t padId_ = 0;
  bool nfc_ = true;
};

}  // namespace assay
