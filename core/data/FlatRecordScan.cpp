#include "data/FlatRecordScan.h"

#include <cstring>

#include "data/JsonText.h"
#include "data/RecordFields.h"

namespace assay::data::detail {

namespace {

bool isWs(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

const char* skipWs(const char* p, const char* e) {
  while (p < e && isWs(*p)) ++p;
  return p;
}

// A JSON string without escapes or control characters; `p` is at the opening
// quote. Returns the position after the closing quote, or null when the
// string is anything the DOM parser should judge (escapes, raw control
// characters, invalid UTF-8, unterminated).
const char* scanPlainString(const char* p, const char* e, std::string_view* out) {
  const char* start = ++p;
  bool ascii = true;
  for (; p < e; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"') break;
    if (c == '\\' || c < 0x20) return nullptr;
    ascii = ascii && c < 0x80;
  }
  if (p == e) return nullptr;
  *out = std::string_view(start, static_cast<size_t>(p - start));
  if (!ascii && !isValidUtf8(out->data(), out->size())) return nullptr;
  return p + 1;
}

bool startsWith(const char* p, const char* e, const char* word, size_t n) {
  return static_cast<size_t>(e - p) >= n && std::memcmp(p, word, n) == 0;
}

}  // namespace

bool scanFlatKtoRecord(const char* s, const char* e, Format format, LabelResolver& labels, ParsedRecord* out) {
  if (format != Format::Kto && format != Format::Auto) return false;
  std::string_view prompt, completion;
  int label = -1;  // 0 false, 1 true
  bool havePrompt = false, haveCompletion = false;
  const char* p = skipWs(s, e);
  if (p == e || *p != '{') return false;
  p = skipWs(p + 1, e);
  for (;;) {
    if (p == e || *p != '"') return false;
    std::string_view key;
    if (!(p = scanPlainString(p, e, &key))) return false;
    p = skipWs(p, e);
    if (p == e || *p != ':') return false;
    p = skipWs(p + 1, e);
    if (p == e) return false;
    if (key == "prompt" || key == "completion") {
      bool& seen = key == "prompt" ? havePrompt : haveCompletion;
      if (seen || *p != '"') return false;  // a repeated key or a conversation: DOM path
      seen = true;
      if (!(p = scanPlainString(p, e, key == "prompt" ? &prompt : &completion))) return false;
    } else if (key == "label") {
      if (label >= 0) return false;
      if (startsWith(p, e, "true", 4)) {
        label = 1;
        p += 4;
      } else if (startsWith(p, e, "false", 5)) {
        label = 0;
        p += 5;
      } else {
        return false;
      }
    } else {
      return false;  // an extra key: its value is kept verbatim by the DOM path
    }
    p = skipWs(p, e);
    if (p == e) return false;
    if (*p == '}') break;
    if (*p != ',') return false;
    p = skipWs(p + 1, e);
  }
  if (skipWs(p + 1, e) != e || !havePrompt || !haveCompletion || label < 0) return false;
  // interpretKto's correctness branch; blank or oversized prompts and
  // unknown labels go to the DOM path, which reports them.
  const bool correctWord = completion == "正确";
  if (!correctWord && completion != "错误") return false;
  RecordProblem problem;
  if (!checkText(prompt, "prompt", &problem)) return false;
  const int id = labels.correctness(correctWord == (label == 1), &problem);
  if (id < 0) return false;
  out->kind = SampleKind::Text;
  out->format = Format::Kto;
  out->text.assign(prompt);
  out->label = id;
  return true;
}

}  // namespace assay::data::detail
