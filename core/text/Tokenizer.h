#pragma once
// One interface for every tokenizer Assay uses: the byte-level BPE read from
// a Hugging Face tokenizer.json (Qwen2/Qwen2.5) and the character tokenizer
// of the `tiny` preset. Ids must equal what Hugging Face tokenizers produce
// for the same tokenizer.json.
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assay {

class Tokenizer {
 public:
  virtual ~Tokenizer() = default;

  // Ids for UTF-8 text, no special tokens added (special/added tokens that
  // appear literally in the text, e.g. "<|im_start|>", are matched).
  virtual std::vector<int32_t> encode(std::string_view utf8) const = 0;
  std::vector<int32_t> encode(const QString& text) const { return encode(text.toStdString()); }

  // Ids of many texts, encoded on `threads` threads (0: one per core).
  // Same ids as encode() on each text, in order.
  virtual std::vector<std::vector<int32_t>> encodeBatch(const std::vector<std::string>& texts, int threads = 0) const;

  // Text of ids; special tokens are written out, ids outside the vocabulary
  // are skipped (Hugging Face's decode with skip_special_tokens=false).
  virtual std::string decode(const std::vector<int32_t>& ids) const = 0;
  virtual int32_t vocabSize() const = 0;
  virtual std::optional<int32_t> tokenToId(std::string_view token) const = 0;

  // Id used to pad batches (the model never attends to it).
  virtual int32_t padTokenId() const = 0;

  // The Hugging Face tokenizer.json text that reproduces this tokenizer.
  virtual std::string toTokenizerJson() const = 0;
};

// Reads a tokenizer.json file, or the tokenizer.json inside a model directory.
// Chooses the implementation from the file's "model" section: BPE with a
// ByteLevel pre-tokenizer, or WordLevel (the char tokenizer). Throws
// std::runtime_error naming the file and the problem (missing file, bad
// JSON with its line, an unsupported model type such as WordPiece/Unigram).
std::unique_ptr<Tokenizer> loadTokenizer(const QString& fileOrDirectory);

// Parses tokenizer.json text; `source` names it in error messages.
std::unique_ptr<Tokenizer> parseTokenizerJson(const std::string& text, const std::string& source,
                                              const std::string& padToken = {});

}  // namespace assay
