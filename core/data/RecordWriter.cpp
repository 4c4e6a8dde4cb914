#include "data/RecordWriter.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "data/JsonText.h"
#include "data/Sample.h"

namespace assay::data::detail {

namespace {
const char* const kSkipUnlabeled = "unlabeled";
const char* const kSkipNotCorrectness = "label is not 正确/错误";
const char* const kSkipPair = "preference pair (only trl holds pairs)";
const char* const kSkipCompletion = "KTO completion (only kto holds completions)";
}  // namespace

RecordWriter::RecordWriter(const LabelSchema& schema, Format format) : format_(format) {
  if (format == Format::Auto) throw std::invalid_argument("export needs a concrete format, not auto");
  for (const Label& l : schema.labels()) {
    names_.push_back(l.name.toStdString());
    english_.push_back(l.english.toStdString());
  }
  correctId_ = schema.idOf(QStringLiteral("正确"));
  incorrectId_ = schema.idOf(QStringLiteral("错误"));
}

void RecordWriter::begin(std::string& out) {
  if (format_ == Format::StyleJson) out += "[";
}

void RecordWriter::end(std::string& out) {
  if (format_ == Format::StyleJson) out += written_ ? "\n]\n" : "]\n";
}

// {"a":1,"b":2} → ,"a":1,"b":2 appended inside an object being written.
void RecordWriter::appendExtrasInline(std::string& out, std::string_view extraJson) {
  if (extraJson.size() <= 2) return;
  out.push_back(',');
  out.append(extraJson.data() + 1, extraJson.size() - 2);
}

std::string RecordWriter::extrasWithNote(std::string_view extraJson, std::string_view note, bool inMetadata) {
  auto extra = extraJson.size() > 2 ? nlohmann::ordered_json::parse(extraJson.begin(), extraJson.end())
                                    : nlohmann::ordered_json::object();
  if (!extra.is_object()) return std::string(extraJson);
  if (inMetadata) {
    auto& metadata = extra["metadata"];
    if (metadata.is_null()) metadata = nlohmann::ordered_json::object();
    if (metadata.is_object()) {
      metadata["note"] = note;
      return extra.dump();
    }
  }
  extra["note"] = note;  // (a "metadata" that is not an object keeps its value; the note sits beside it)
  return extra.dump();
}

void RecordWriter::appendTrlNote(std::string& out, const RecordView& r) {
  if (!r.note.empty()) {
    out += ",\"note\":";
    appendJsonString(out, r.note);
    return;
  }
  if (r.extraJson.find("\"note\"") == std::string_view::npos) return;  // the common case: no parse
  const auto extra = nlohmann::ordered_json::parse(r.extraJson.begin(), r.extraJson.end());
  const auto it = extra.is_object() ? extra.find("note") : extra.end();
  if (it == extra.end()) return;
  out += ",\"note\":";
  out += it->dump();
}

void RecordWriter::appendStyle(std::string& out, const RecordView& r) {
  // The layout of Python's json.dump(records, ensure_ascii=False, indent=2).
  out += written_ ? ",\n  {\n    \"input\": " : "\n  {\n    \"input\": ";
  appendJsonString(out, r.text);
  if (r.label >= 0 && r.label < static_cast<int>(names_.size())) {
    out += ",\n    \"label\": ";
    appendJsonString(out, names_[static_cast<size_t>(r.label)]);
    out += ",\n    \"label_english\": ";
    appendJsonString(out, english_[static_cast<size_t>(r.label)]);
  }
  const std::string withNote = r.note.empty() ? std::string() : extrasWithNote(r.extraJson, r.note, true);
  const std::string_view extraJson = r.note.empty() ? r.extraJson : std::string_view(withNote);
  if (extraJson.size() > 2) {
    const auto extra = nlohmann::ordered_json::parse(extraJson.begin(), extraJson.end());
    for (auto it = extra.begin(); it != extra.end(); ++it) {
      out += ",\n    ";
      appendJsonString(out, it.key());
      out += ": ";
      const std::string value = it.value().dump(2, ' ', false);
      for (const char c : value) {  // re-indent nested lines under this object
        out.push_back(c);
        if (c == '\n') out += "    ";
      }
    }
  }
  out += "\n  }";
}

const char* RecordWriter::append(std::string& out, const RecordView& r) {
  const auto kind = static_cast<SampleKind>(r.kind);
  if (kind == SampleKind::Pair && format_ != Format::Trl) return kSkipPair;
  if (kind == SampleKind::Completion && format_ != Format::Kto) return kSkipCompletion;
  if (kind != SampleKind::Text) {  // re-emit the record exactly as stored
    out.append(r.extraJson.data(), r.extraJson.size());
    out.push_back('\n');
    ++written_;
    return nullptr;
  }
  switch (format_) {
    case Format::StyleJson:
      appendStyle(out, r);
      break;
    case Format::Text:
      out += "{\"text\":";
      appendJsonString(out, r.text);
      if (r.label >= 0 && r.label < static_cast<int>(names_.size())) {
        out += ",\"label\":";
        appendJsonString(out, names_[static_cast<size_t>(r.label)]);
      }
      appendExtrasInline(out, r.note.empty() ? r.extraJson : extrasWithNote(r.extraJson, r.note, false));
      out += "}\n";
      break;
    case Format::Trl: {
      if (r.label < 0) return kSkipUnlabeled;
      if (r.label != correctId_ && r.label != incorrectId_) return kSkipNotCorrectness;
      // TRL correctness layout: the verdict the record deserves is "chosen", the other "rejected".
      const bool correct = r.label == correctId_;
      const char* first = correct ? "正确" : "错误";
      const char* second = correct ? "错误" : "正确";
      out += "{\"chosen\":[{\"content\":";
      appendJsonString(out, r.text);
      out += ",\"role\":\"user\"},{\"content\":\"";
      out += first;
      out += "\",\"role\":\"assistant\"}],\"rejected\":[{\"content\":";
      appendJsonString(out, r.text);
      out += ",\"role\":\"user\"},{\"content\":\"";
      out += second;
      out += "\",\"role\":\"assistant\"}],\"score_chosen\":1,\"score_rejected\":0";
      appendTrlNote(out, r);
      out += "}\n";
      break;
    }
    case Format::Kto:
      if (r.label < 0) return kSkipUnlabeled;
      if (r.label != correctId_ && r.label != incorrectId_) return kSkipNotCorrectness;
      out += "{\"prompt\":";
      appendJsonString(out, r.text);
      out += r.label == correctId_ ? ",\"completion\":\"正确\",\"label\":true"
                                   : ",\"completion\":\"正确\",\"label\":false";
      appendExtrasInline(out, r.note.empty() ? r.extraJson : extrasWithNote(r.extraJson, r.note, false));
      out += "}\n";
      break;
    case Format::Auto:
      break;
  }
  ++written_;
  return nullptr;
}

}  // namespace assay::data::detail
