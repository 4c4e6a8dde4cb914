#pragma once
// Byte-level BPE read from a Hugging Face tokenizer.json (GPT-2, Qwen2,
// Qwen2.5 and the like): added tokens, NFC, Split/ByteLevel pre-tokenizers,
// BPE with a per-word cache, ByteLevel decoder.
#include <mutex>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "text/AddedTokens.h"
#include "text/BpeModel.h"
#include "text/PreTokenizer.h"
#include "text/Tokenizer.h"

namespace assay {

class ByteLevelBpeTokenizer : public Tokenizer {
 public:
  // `json` is the parsed file, `text` its original contents (returned by
  // toTokenizerJson), `padToken` the token of tokenizer_config.json if any.
  // Throws std::runtime_error naming the unsupported section or bad entry.
  ByteLevelBpeTokenizer(const nlohmann::json& json, std::string text, const std::string& padToken = {});

  std::vector<int32_t> encode(std::string_view utf8) const override;
  using Tokenizer::encode;
  std::vector<std::vector<int32_t>> encodeBatch(const std::vector<std::string>& texts, int threads = 0) const override;
  std::string decode(const std::vector<int32_t>& ids) const override;
  int32_t vocabSize() const override { return vocabSize_; }
  std::optional<int32_t> tokenToId(std::string_view token) const override;
  int32_t padTokenId() const override { return padId_; }
  std::string toTokenizerJson() const override { return json_; }

 private:
  void encodeWith(std::string_view text, BpeWordCache& cache, std::vector<int32_t>& out) const;
  void encodeNormalizable(std::string_view text, BpeWordCache& cache, std::vector<int32_t>& out) const;
  void encodeSplit(std::string_view text, BpeWordCache& cache, std::vector<int32_t>& out) const;

  std::string json_;
  std::unique_ptr<BpeModel> model_;
  std::unique_ptr<PreTokenizer> preTokenizer_;
  std::unique_ptr<AddedTokenMatcher> rawAdded_, normalizedAdded_;
  std::unordered_map<int32_t, std::string> addedById_;
  std::unordered_map<std::string, int32_t> addedByContent_;
  bool nfc_ = false;
  bool byteLevelDecoder_ = true;
  int32_t vocabSize_ = 0;
  int32_t padId_ = 0;
  // Cache for encode(); a caller that finds it busy (another thread) works
  // without it rather than wait. encodeBatch gives each thread its own.
  mutable std::mutex cacheMutex_;
  mutable BpeWordCache cache_;
};

}  // namespace assay
