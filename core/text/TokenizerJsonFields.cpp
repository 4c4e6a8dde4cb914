#include "text/TokenizerJsonFields.h"

#include <limits>
#include <stdexcept>

namespace assay {

int32_t readTokenId(const nlohmann::json& value, const std::string& where) {
  if (!value.is_number_integer()) throw std::runtime_error(where + ": a token id must be an integer");
  constexpr auto kMax = std::numeric_limits<int32_t>::max();
  const bool inRange = value.is_number_unsigned() ? value.get<uint64_t>() <= static_cast<uint64_t>(kMax)
                                                  : value.get<int64_t>() >= 0 && value.get<int64_t>() <= kMax;
  if (!inRange) throw std::runtime_error(where + ": token id " + value.dump() + " is out of range");
  return static_cast<int32_t>(value.get<int64_t>());
}

std::vector<AddedToken> readAddedTokens(const nlohmann::json& list) {
  std::vector<AddedToken> out;
  if (list.is_null()) return out;
  if (!list.is_array()) throw std::runtime_error("added_tokens must be a list");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& t = list[i];
    const std::string where = "added_tokens[" + std::to_string(i) + "]";
    if (!t.is_object() || !t.contains("id") || !t.contains("content"))
      throw std::runtime_error(where + " needs an id and a content");
    AddedToken a;
    a.id = readTokenId(t.at("id"), where);
    a.content = t.at("content").get<std::string>();
    a.special = t.value("special", false);
    a.normalized = t.value("normalized", !a.special);
    a.lstrip = t.value("lstrip", false);
    a.rstrip = t.value("rstrip", false);
    a.singleWord = t.value("single_word", false);
    out.push_back(std::move(a));
  }
  return out;
}

bool readPaddingId(const nlohmann::json& tokenizerJson, int32_t* padId) {
  const auto padding = tokenizerJson.value("padding", nlohmann::json());
  if (!padding.is_object() || !padding.contains("pad_id")) return false;
  *padId = readTokenId(padding["pad_id"], "padding.pad_id");
  return true;
}

}  // namespace assay
