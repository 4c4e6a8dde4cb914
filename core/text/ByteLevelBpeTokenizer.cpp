#include "text/ByteLevelBpeTokenizer.h"

#include <algorithm>
#include <stdexcept>
#include <thread>

#include "text/ByteLevel.h"
#include "text/NfcNormalizer.h"
#include "text/TokenizerJsonFields.h"
#include "text/Utf8.h"

namespace assay {

namespace {

constexpr std::size_t kMaxCachedPieceBytes = 256;

bool readsNfc(const nlohmann::json& normalizer) {
  if (normalizer.is_null()) return false;
  const std::string type = normalizer.value("type", "");
  if (type == "NFC") return true;
  if (type == "Sequence") {
    bool any = false;
    for (const auto& inner : normalizer.at("normalizers")) any = readsNfc(inner) || any;
    return any;
  }
  throw std::runtime_error("normalizer type '" + type + "' is not supported (Assay reads NFC)");
}

std::vector<std::pair<std::string, std::string>> readMerges(const nlohmann::json& merges) {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(merges.size());
  for (std::size_t i = 0; i < merges.size(); ++i) {
    const auto& m = merges[i];
    if (m.is_string()) {
      // "a b": byte-level tokens never contain a space (it is mapped to Ġ).
      const std::string s = m.get<std::string>();
      const auto space = s.find(' ');
      if (space == std::string::npos || s.find(' ', space + 1) != std::string::npos)
        throw std::runtime_error("model.merges[" + std::to_string(i) + "] '" + s +
                                 "' is not two tokens separated by one space");
      out.emplace_back(s.substr(0, space), s.substr(space + 1));
    } else if (m.is_array() && m.size() == 2 && m[0].is_string() && m[1].is_string()) {
      out.emplace_back(m[0].get<std::string>(), m[1].get<std::string>());
    } else {
      throw std::runtime_error("model.merges[" + std::to_string(i) + "] is neither \"a b\" nor [\"a\", \"b\"]");
    }
  }
  return out;
}

// tokenizers ignores the ids written in added_tokens: a token already in
// the model vocabulary keeps that id, any other gets the next id after the
// vocabulary (AddedVocabulary::add_tokens). For Qwen's files the two agree;
// for a file with gaps they do not, and the ids must match tokenizers'.
void assignAddedTokenIds(std::vector<AddedToken>& added, const std::unordered_map<std::string, int32_t>& vocab) {
  std::unordered_map<std::string, int32_t> assigned;
  const auto modelSize = static_cast<int32_t>(vocab.size());
  std::optional<int32_t> maxAdded;
  for (auto& t : added) {
    if (const auto it = vocab.find(t.content); it != vocab.end()) {
      t.id = it->second;
    } else if (const auto seen = assigned.find(t.content); seen != assigned.end()) {
      t.id = seen->second;
    } else {
      t.id = !maxAdded ? modelSize : (*maxAdded >= modelSize || modelSize == 0) ? *maxAdded + 1 : modelSize;
    }
    assigned[t.content] = t.id;
    maxAdded = std::max(maxAdded.value_or(t.id), t.id);
  }
}

}  // namespace

ByteLevelBpeTokenizer::ByteLevelBpeTokenizer(const nlohmann::json& json, std::string text, const std::string& padToken)
    : json_(std::move(text)) {
  const auto& model = json.at("model");
  if (model.contains("dropout") && !model["dropout"].is_null() && model["dropout"].get<double>() > 0)
    throw std::runtime_error("model.dropout is not supported (ids would be random)");
  for (const char* key : {"continuing_subword_prefix", "end_of_word_suffix"})
    if (model.contains(key) && !model[key].is_null() && !model[key].get<std::string>().empty())
      throw std::runtime_error(std::string("model.") + key + " is not supported by byte-level BPE");

  std::unordered_map<std::string, int32_t> vocab;
  vocab.reserve(model.at("vocab").size() * 2);
  for (const auto& [token, id] : model.at("vocab").items())
    vocab.emplace(token, readTokenId(id, "model.vocab[\"" + token + "\"]"));
  std::optional<std::string> unk;
  if (model.contains("unk_token") && model["unk_token"].is_string()) unk = model["unk_token"].get<std::string>();
  model_ = std::make_unique<BpeModel>(std::move(vocab), readMerges(model.at("merges")), unk,
                                      model.value("ignore_merges", false));

  nfc_ = readsNfc(json.value("normalizer", nlohmann::json()));
  preTokenizer_ = std::make_unique<PreTokenizer>(json.value("pre_tokenizer", nlohmann::json()));
  if (!preTokenizer_->hasByteLevel())
    throw std::runtime_error("BPE without a ByteLevel pre-tokenizer (e.g. SentencePiece-style) is not supported");
  const auto decoder = json.value("decoder", nlohmann::json());
  if (!decoder.is_null() && decoder.value("type", "") != "ByteLevel")
    throw std::runtime_error("decoder type '" + decoder.value("type", "") +
                             "' is not supported (Assay reads ByteLevel)");
  byteLevelDecoder_ = !decoder.is_null();

  std::vector<AddedToken> added = readAddedTokens(json.value("added_tokens", nlohmann::json()));
  assignAddedTokenIds(added, model_->vocab());
  for (auto& t : added) {
    if (t.normalized && nfc_) t.content = toNfc(t.content);  // matched against normalized text
    addedById_[t.id] = t.content;
    addedByContent_[t.content] = t.id;
  }
  rawAdded_ = std::make_unique<AddedTokenMatcher>(added, false);
  normalizedAdded_ = std::make_unique<AddedTokenMatcher>(added, true);

  vocabSize_ = model_->maxId() + 1;
  for (const auto& [id, content] : addedById_) vocabSize_ = std::max(vocabSize_, id + 1);

  // Pad id: the file's padding section, else tokenizer_config.json's
  // pad_token, else Qwen's convention (<|endoftext|>).
  std::optional<int32_t> pad;
  if (int32_t fromFile = 0; readPaddingId(json, &fromFile)) pad = fromFile;
  if (!pad && !padToken.empty()) pad = tokenToId(padToken);
  if (!pad) pad = tokenToId("<|endoftext|>");
  padId_ = pad.value_or(0);
}

std::optional<int32_t> ByteLevelBpeTokenizer::tokenToId(std::string_view token) const {
  if (const auto it = addedByContent_.find(std::string(token)); it != addedByContent_.end()) return it->second;
  if (const auto it = model_->vocab().find(std::string(token)); it != model_->vocab().end()) return it->second;
  return std::nullopt;
}

std::vector<int32_t> ByteLevelBpeTokenizer::encode(std::string_view utf8) const {
  std::vector<int32_t> ids;
  std::unique_lock<std::mutex> lock(cacheMutex_, std::try_to_lock);
  if (lock.owns_lock()) {
    encodeWith(utf8, cache_, ids);
  } else {
    BpeWordCache local;
    encodeWith(utf8, local, ids);
  }
  return ids;
}

std::vector<std::vector<int32_t>> ByteLevelBpeTokenizer::encodeBatch(const std::vector<std::string>& texts,
                                                                     int threads) const {
  std::vector<std::vector<int32_t>> out(texts.size());
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  threads = static_cast<int>(
      std::min<std::size_t>(static_cast<std::size_t>(threads), std::max<std::size_t>(1, texts.size())));
  const auto work = [&](std::size_t first, std::size_t last) {
    BpeWordCache cache;
    for (std::size_t i = first; i < last; ++i) encodeWith(texts[i], cache, out[i]);
  };
  if (threads == 1) {
    work(0, texts.size());
    return out;
  }
  std::vector<std::thread> pool;
  const std::size_t chunk = (texts.size() + static_cast<std::size_t>(threads) - 1) / static_cast<std::size_t>(threads);
  for (std::size_t first = 0; first < texts.size(); first += chunk)
    pool.emplace_back(work, first, std::min(texts.size(), first + chunk));
  for (auto& t : pool) t.join();
  return out;
}

void ByteLevelBpeTokenizer::encodeWith(std::string_view text, BpeWordCache& cache, std::vector<int32_t>& out) const {
  std::string repairedText;
  if (!utf8::isValid(text)) {
    repairedText = utf8::repaired(text);
    text = repairedText;
  }
  if (rawAdded_->empty()) {
    encodeNormalizable(text, cache, out);
    return;
  }
  rawAdded_->split(
      text, [&](std::string_view segment) { encodeNormalizable(segment, cache, out); },
      [&](int32_t id) { out.push_back(id); });
}

void ByteLevelBpeTokenizer::encodeNormalizable(std::string_view text, BpeWordCache& cache,
                                               std::vector<int32_t>& out) const {
  std::string normalized;
  if (nfc_ && !isTriviallyNfc(text)) {
    normalized = toNfc(text);
    text = normalized;
  }
  if (normalizedAdded_->empty()) {
    encodeSplit(text, cache, out);
    return;
  }
  normalizedAdded_->split(
      text, [&](std::string_view segment) { encodeSplit(segment, cache, out); },
      [&](int32_t id) { out.push_back(id); });
}

void ByteLevelBpeTokenizer::encodeSplit(std::string_view text, BpeWordCache& cache, std::vector<int32_t>& out) const {
  thread_local std::vector<std::string_view> pieces, scratch;
  preTokenizer_->split(text, pieces, scratch);
  for (const std::string_view piece : pieces) {
    // Long pieces (a 10 MB text without punctuation is one) rarely repeat:
    // caching them would only cost memory.
    const bool cacheable = piece.size() <= kMaxCachedPieceBytes;
    if (cacheable && cache.lookup(piece, out)) continue;
    const std::size_t before = out.size();
    model_->tokenize(piece, out);
    if (cacheable) cache.insert(piece, out.data() + before, out.size() - before);
  }
}

std::string ByteLevelBpeTokenizer::decode(const std::vector<int32_t>& ids) const {
  std::vector<std::string_view> tokens;
  tokens.reserve(ids.size());
  for (const int32_t id : ids) {
    if (const auto it = addedById_.find(id); it != addedById_.end()) tokens.push_back(it->second);
    else if (const std::string* t = model_->idToToken(id)) tokens.push_back(*t);
    // Ids outside the vocabulary are skipped, as tokenizers does.
  }
  if (byteLevelDecoder_) return bytelevel::decode(tokens);
  // No decoder: tokenizers joins the tokens with spaces.
  std::string joined;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i) joined += ' ';
    joined.append(tokens[i]);
  }
  return joined;
}

}  // namespace assay
