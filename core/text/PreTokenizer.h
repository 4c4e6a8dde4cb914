#pragma once
// The pre-tokenizer chain of a tokenizer.json (a Split, a ByteLevel, or a
// Sequence of them) as a list of regex splits applied one after another.
#include <memory>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/RegexSplitter.h"

namespace assay {

class PreTokenizer {
 public:
  // Reads the "pre_tokenizer" section. Throws std::runtime_error for kinds
  // Assay does not implement (naming the type) and for ByteLevel with
  // add_prefix_space, which rewrites text instead of splitting it.
  explicit PreTokenizer(const nlohmann::json& section);

  bool hasByteLevel() const { return hasByteLevel_; }

  // Pieces of `text` (valid UTF-8), as views into it; `scratch` is reused.
  void split(std::string_view text, std::vector<std::string_view>& out, std::vector<std::string_view>& scratch) const;

 private:
  void addStep(const nlohmann::json& step);

  std::vector<std::unique_ptr<RegexSplitter>> steps_;
  bool hasByteLevel_ = false;
};

}  // namespace assay
