#include "text/AddedTokens.h"

#include <QChar>

#include <algorithm>

#include "text/Utf8.h"

namespace assay {

namespace {

// Rust regex's \w, which tokenizers uses for single_word: letters, marks,
// digits, connector punctuation ('_') and the joiners.
bool isWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return QChar::isLetterOrNumber(cp) || QChar::isMark(cp) || QChar::category(cp) == QChar::Punctuation_Connector ||
         cp == 0x200C || cp == 0x200D;
}

char32_t lastCodePoint(std::string_view s) {
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return utf8::next(s, i);
}

char32_t firstCodePoint(std::string_view s) {
  std::size_t i = 0;
  return utf8::next(s, i);
}

}  // namespace

AddedTokenMatcher::AddedTokenMatcher(const std::vector<AddedToken>& tokens, bool normalizedPass) {
  for (const auto& t : tokens) {
    if (t.normalized != normalizedPass || t.content.empty()) continue;
    tokens_.push_back({t.content, t.id, t.lstrip, t.rstrip, t.singleWord});
    firstByte_[static_cast<unsigned char>(t.content[0])] = true;
  }
  std::stable_sort(tokens_.begin(), tokens_.end(),
                   [](const Entry& a, const Entry& b) { return a.content.size() > b.content.size(); });
}

void AddedTokenMatcher::split(std::string_view text, const std::function<void(std::string_view)>& onText,
                              const std::function<void(int32_t)>& onToken) const {
  std::size_t emitted = 0;  // text before this offset has been handed out
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!firstByte_[static_cast<unsigned char>(text[pos])]) {
      ++pos;
      continue;
    }
    const Entry* hit = nullptr;
    for (const Entry& e : tokens_) {
      if (text.compare(pos, e.content.size(), e.content) == 0) {
        hit = &e;
        break;
      }
    }
    if (!hit) {
      ++pos;
      continue;
    }
    const std::size_t end = pos + hit->content.size();
    if (hit->singleWord && ((pos > 0 && isWordChar(lastCodePoint(text.substr(0, pos)))) ||
                            (end < text.size() && isWordChar(firstCodePoint(text.substr(end)))))) {
      // Inside a word: the match is discarded and the scan resumes after it,
      // as with tokenizers' non-overlapping leftmost-longest search.
      pos = end;
      continue;
    }
    std::size_t start = pos, stop = pos + hit->content.size();
    if (hit->lstrip) {
      while (start > emitted) {
        std::size_t k = start - 1;
        while (k > emitted && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
        std::size_t probe = k;
        if (!utf8::isWhitespace(utf8::next(text, probe))) break;
        start = k;
      }
    }
    if (hit->rstrip) {
      while (stop < text.size()) {
        std::size_t probe = stop;
        if (!utf8::isWhitespace(utf8::next(text, probe))) break;
        stop = probe;
      }
    }
    if (start > emitted) onText(text.substr(emitted, start - emitted));
    onToken(hit->id);
    emitted = pos = stop;
  }
  if (emitted < text.size()) onText(text.substr(emitted));
}

}  // namespace assay
