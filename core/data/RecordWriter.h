#pragma once
// Serialises one record at a time from UTF-8 views, so that exports from a
// project stream rows straight from SQLite without building QStrings.
#include <string>
#include <string_view>
#include <vector>

#include "data/DataFormat.h"
#include "data/LabelSchema.h"

namespace assay::data::detail {

struct RecordView {
  int kind = 0;  // SampleKind
  std::string_view text, chosen, rejected, extraJson;
  int label = -1;
  // The annotator's note on a text sample (empty: none). Written where the
  // format has room for it: metadata.note in style JSON, a "note" key in
  // text, KTO and TRL lines; it replaces a note the record already carries.
  std::string_view note;
};

class RecordWriter {
 public:
  // `format` must not be Auto (throws std::invalid_argument).
  RecordWriter(const LabelSchema& schema, Format format);
  void begin(std::string& out);
  // Appends the record; returns nullptr, or why the format cannot hold it.
  const char* append(std::string& out, const RecordView& r);
  void end(std::string& out);

 private:
  void appendStyle(std::string& out, const RecordView& r);
  static void appendExtrasInline(std::string& out, std::string_view extraJson);
  // The record's other keys with its note set ("note", or metadata.note
  // for style JSON), as compact JSON.
  static std::string extrasWithNote(std::string_view extraJson, std::string_view note, bool inMetadata);
  // TRL's correctness layout holds no other keys but the note: the view's,
  // else the one its record was imported with.
  static void appendTrlNote(std::string& out, const RecordView& r);
  Format format_;
  std::vector<std::string> names_, english_;
  int correctId_ = -1, incorrectId_ = -1;
  long long written_ = 0;
};

}  // namespace assay::data::detail
