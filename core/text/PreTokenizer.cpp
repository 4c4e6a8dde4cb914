#include "text/PreTokenizer.h"

#include <stdexcept>

namespace assay {

namespace {

SplitBehavior behaviorFromName(const std::string& name) {
  if (name == "Isolated") return SplitBehavior::Isolated;
  if (name == "Removed") return SplitBehavior::Removed;
  if (name == "MergedWithPrevious") return SplitBehavior::MergedWithPrevious;
  if (name == "MergedWithNext") return SplitBehavior::MergedWithNext;
  if (name == "Contiguous") return SplitBehavior::Contiguous;
  throw std::runtime_error("pre_tokenizer: unknown Split behavior '" + name + "'");
}

}  // namespace

PreTokenizer::PreTokenizer(const nlohmann::json& section) {
  if (!section.is_null()) addStep(section);
}

void PreTokenizer::addStep(const nlohmann::json& step) {
  const std::string type = step.value("type", "");
  if (type == "Sequence") {
    for (const auto& inner : step.at("pretokenizers")) addStep(inner);
  } else if (type == "Split") {
    const auto& pattern = step.at("pattern");
    const bool literal = pattern.contains("String");
    const std::string text = literal ? pattern.at("String").get<std::string>() : pattern.at("Regex").get<std::string>();
    steps_.push_back(std::make_unique<RegexSplitter>(
        text, literal, behaviorFromName(step.value("behavior", "Isolated")), step.value("invert", false)));
  } else if (type == "ByteLevel") {
    if (step.value("add_prefix_space", false))
      throw std::runtime_error("pre_tokenizer: ByteLevel with add_prefix_space=true is not supported");
    hasByteLevel_ = true;
    if (step.value("use_regex", true))
      steps_.push_back(std::make_unique<RegexSplitter>(kGpt2SplitPattern, false, SplitBehavior::Isolated, false));
  } else {
    throw std::runtime_error("pre_tokenizer type '" + type +
                             "' is not supported (Assay reads Split, ByteLevel and Sequence)");
  }
}

void PreTokenizer::split(std::string_view text, std::vector<std::string_view>& out,
                         std::vector<std::string_view>& scratch) const {
  out.clear();
  if (text.empty()) return;
  out.push_back(text);
  for (const auto& step : steps_) {
    scratch.clear();
    for (const std::string_view piece : out) step->split(piece, scratch);
    out.swap(scratch);
  }
}

}  // namespace assay
