#pragma once
// Fields both tokenizer kinds read from a tokenizer.json, with the checks a
// file from a stranger needs: an id must be an integer that fits in int32
// (nlohmann would otherwise convert 1e300 or 2^40 silently or undefinedly).
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/AddedTokens.h"

namespace assay {

// `value` as a token id; throws std::runtime_error naming `where` otherwise.
int32_t readTokenId(const nlohmann::json& value, const std::string& where);

// The "added_tokens" list (null or missing: none).
std::vector<AddedToken> readAddedTokens(const nlohmann::json& list);

// padding.pad_id when the file has a padding section that names one.
bool readPaddingId(const nlohmann::json& tokenizerJson, int32_t* padId);

}  // namespace assay
