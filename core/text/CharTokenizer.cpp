#include "text/CharTokenizer.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "text/NfcNormalizer.h"
#include "text/TokenizerJsonFields.h"
#include "text/Utf8.h"

namespace assay {

// Oniguruma (tokenizers) and PCRE2 both read this as "any one code point,
// newlines included"; "." would skip "\n".
const char* const CharTokenizer::kCharPattern = "[\\s\\S]";

CharTokenizer::CharTokenizer(std::vector<std::string> idToToken, std::vector<AddedToken> added, std::string unkToken,
                             int32_t padId, std::string pattern, bool nfc)
    : idToToken_(std::move(idToToken)),
      added_(std::move(added)),
      unkToken_(std::move(unkToken)),
      pattern_(std::move(pattern)),
      padId_(padId),
      nfc_(nfc) {
  for (std::size_t i = 0; i < idToToken_.size(); ++i) tokenToId_.emplace(idToToken_[i], static_cast<int32_t>(i));
  const auto unk = tokenToId_.find(unkToken_);
  if (unk == tokenToId_.end()) throw std::runtime_error("unk_token '" + unkToken_ + "' is not in the vocabulary");
  unkId_ = unk->second;
  matcher_ = std::make_unique<AddedTokenMatcher>(added_, false);
  splitter_ = std::make_unique<RegexSplitter>(pattern_, false, SplitBehavior::Isolated, false);
}

std::unique_ptr<CharTokenizer> CharTokenizer::build(const std::vector<std::string>& texts,
                                                    const CharVocabOptions& options) {
  std::vector<std::string> reserved = {options.padToken, options.unkToken};
  reserved.insert(reserved.end(), options.specialTokens.begin(), options.specialTokens.end());
  if (std::set<std::string>(reserved.begin(), reserved.end()).size() != reserved.size() ||
      std::any_of(reserved.begin(), reserved.end(), [](const std::string& s) { return s.empty(); }))
    throw std::invalid_argument("char vocabulary: pad, unk and special tokens must be distinct and non-empty");
  if (options.maxSize > 0 && options.maxSize < static_cast<int>(reserved.size()))
    throw std::invalid_argument("char vocabulary: max size " + std::to_string(options.maxSize) + " is below the " +
                                std::to_string(reserved.size()) + " special tokens");

  std::vector<AddedToken> added;
  for (std::size_t i = 0; i < reserved.size(); ++i) {
    AddedToken t;
    t.id = static_cast<int32_t>(i);
    t.content = reserved[i];
    t.special = true;
    added.push_back(t);
  }

  // Count characters the way encode() will see them: special tokens taken
  // out first, then NFC.
  std::map<char32_t, int64_t> counts;
  const AddedTokenMatcher matcher(added, false);
  for (const std::string& raw : texts) {
    const std::string text = utf8::repaired(raw);
    matcher.split(
        text,
        [&](std::string_view segment) {
          const std::string nfc = toNfc(segment);
          std::size_t i = 0;
          while (i < nfc.size()) ++counts[utf8::next(nfc, i)];
        },
        [](int32_t) {});
  }
  std::vector<std::pair<char32_t, int64_t>> ranked(counts.begin(), counts.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });

  std::vector<std::string> vocab = reserved;
  for (const auto& [cp, count] : ranked) {
    if (count < options.minCount) break;
    if (options.maxSize > 0 && static_cast<int>(vocab.size()) >= options.maxSize) break;
    std::string s;
    utf8::append(s, cp);
    vocab.push_back(std::move(s));
  }
  return std::unique_ptr<CharTokenizer>(
      new CharTokenizer(std::move(vocab), std::move(added), options.unkToken, 0, kCharPattern, true));
}

std::unique_ptr<CharTokenizer> CharTokenizer::fromJson(const nlohmann::json& json, const std::string& padToken) {
  const auto& model = json.at("model");
  const auto& vocabJson = model.at("vocab");
  std::vector<std::string> idToToken(vocabJson.size());
  std::vector<bool> seen(vocabJson.size(), false);
  for (const auto& [token, idJson] : vocabJson.items()) {
    const int64_t id = readTokenId(idJson, "model.vocab[\"" + token + "\"]");
    if (id < 0 || id >= static_cast<int64_t>(idToToken.size()) || seen[static_cast<std::size_t>(id)])
      throw std::runtime_error("model.vocab: ids must be 0..N-1 without gaps or repeats ('" + token + "' has " +
                               std::to_string(id) + ")");
    idToToken[static_cast<std::size_t>(id)] = token;
    seen[static_cast<std::size_t>(id)] = true;
  }
  const std::string unk = model.value("unk_token", "");

  const auto normalizer = json.value("normalizer", nlohmann::json());
  const bool nfc = !normalizer.is_null() && normalizer.value("type", "") == "NFC";
  if (!normalizer.is_null() && !nfc)
    throw std::runtime_error("normalizer type '" + normalizer.value("type", "") + "' is not supported for WordLevel");
  const auto pre = json.value("pre_tokenizer", nlohmann::json());
  if (pre.is_null() || pre.value("type", "") != "Split" || !pre.at("pattern").contains("Regex") ||
      pre.value("behavior", "") != "Isolated" || pre.value("invert", false))
    throw std::runtime_error(
        "a WordLevel tokenizer.json needs an Isolated Split regex pre-tokenizer (Assay's char tokenizer)");

  std::vector<AddedToken> added = readAddedTokens(json.value("added_tokens", nlohmann::json()));
  for (const auto& a : added)
    if (a.normalized)
      throw std::runtime_error("added token '" + a.content +
                               "': normalized added tokens are not supported for WordLevel");
  // Pad: the padding section if present, else the first added token (build() puts it there).
  int32_t pad = added.empty() ? 0 : added.front().id;
  readPaddingId(json, &pad);
  if (!padToken.empty()) {
    const auto it = std::find(idToToken.begin(), idToToken.end(), padToken);
    if (it == idToToken.end()) throw std::runtime_error("pad token '" + padToken + "' is not in the vocabulary");
    pad = static_cast<int32_t>(it - idToToken.begin());
  }
  return std::unique_ptr<CharTokenizer>(new CharTokenizer(std::move(idToToken), std::move(added), unk, pad,
                                                          pre.at("pattern").at("Regex").get<std::string>(), nfc));
}

std::optional<int32_t> CharTokenizer::tokenToId(std::string_view token) const {
  const auto it = tokenToId_.find(std::string(token));
  if (it == tokenToId_.end()) return std::nullopt;
  return it->second;
}

std::vector<int32_t> CharTokenizer::encode(std::string_view raw) const {
  const std::string text = utf8::isValid(raw) ? std::string(raw) : utf8::repaired(raw);
  std::vector<int32_t> ids;
  std::vector<std::string_view> pieces;
  matcher_->split(
      text,
      [&](std::string_view segment) {
        const std::string normalized = nfc_ ? toNfc(segment) : std::string(segment);
        pieces.clear();
        splitter_->split(normalized, pieces);
        for (const std::string_view piece : pieces) {
          const auto it = tokenToId_.find(std::string(piece));
          ids.push_back(it == tokenToId_.end() ? unkId_ : it->second);
        }
      },
      [&](int32_t id) { ids.push_back(id); });
  return ids;
}

std::string CharTokenizer::decode(const std::vector<int32_t>& ids) const {
  // The Fuse decoder: tokens joined with nothing in between.
  std::string out;
  for (const int32_t id : ids)
    if (id >= 0 && id < vocabSize()) out += idToToken_[static_cast<std::size_t>(id)];
  return out;
}

std::string CharTokenizer::toTokenizerJson() const {
  using ordered = nlohmann::ordered_json;
  ordered addedJson = ordered::array();
  for (const auto& t : added_)
    addedJson.push_back({{"id", t.id},
                         {"content", t.content},
                         {"single_word", t.singleWord},
                         {"lstrip", t.lstrip},
                         {"rstrip", t.rstrip},
                         {"normalized", t.normalized},
                         {"special", t.special}});
  ordered vocab = ordered::object();
  for (std::size_t i = 0; i < idToToken_.size(); ++i) vocab[idToToken_[i]] = i;
  ordered root;
  root["version"] = "1.0";
  root["truncation"] = nullptr;
  root["padding"] = nullptr;
  root["added_tokens"] = addedJson;
  root["normalizer"] = nfc_ ? ordered{{"type", "NFC"}} : ordered();
  root["pre_tokenizer"] = {
      {"type", "Split"}, {"pattern", {{"Regex", pattern_}}}, {"behavior", "Isolated"}, {"invert", false}};
  root["post_processor"] = nullptr;
  root["decoder"] = {{"type", "Fuse"}};
  root["model"] = {{"type", "WordLevel"}, {"vocab", vocab}, {"unk_token", unkToken_}};
  return root.dump(2) + "\n";
}

std::vector<bool> CharTokenizer::ideographTokens() const {
  std::vector<bool> out(idToToken_.size(), false);
  for (std::size_t id = 0; id < idToToken_.size(); ++id) {
    const std::string& token = idToToken_[id];
    if (token.empty() || !utf8::validSequenceLength(token, 0)) continue;
    std::size_t i = 0;
    const char32_t cp = utf8::next(token, i);
    out[id] = i == token.size() && ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF));
  }
  return out;
}

}  // namespace assay
