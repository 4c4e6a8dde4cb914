#pragma once
// Interpretation of one parsed JSON record: which layout it is (style, TRL,
// KTO, text pool), whether its fields have the right types, and its label.
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "data/DataFormat.h"
#include "data/LabelSchema.h"
#include "data/RecordReader.h"

namespace assay::data::detail {

// Keeps the key order of records, so that extra fields export as they came.
using Json = nlohmann::ordered_json;

struct RecordProblem {
  IssueKind kind = IssueKind::InvalidJson;
  QString message;
};

// Label lookups against a fixed schema, or against the built-in schema the
// first labelled record implies (style names or 正确/错误). With
// LabelPolicy::Grow an unknown label is appended to a copy of the schema
// (empty when none is given) instead of being refused.
class LabelResolver {
 public:
  LabelResolver(const LabelSchema* fixed, LabelPolicy policy);
  // Id of a label spelled in Chinese or English; -1 with `problem` set when unknown.
  int resolve(std::string_view spelling, RecordProblem* problem);
  // A record that spells its label both ways ("label" and "label_english"):
  // the label either names; when growing and neither is known, a new label
  // with both spellings. -1 with `problem` when they name different labels.
  int resolveBoth(std::string_view name, std::string_view english, RecordProblem* problem);
  // A class id given as a number. When growing, ids past the labels met so
  // far add labels named by their number ("0", "1", ... as Hugging Face
  // datasets store classes), up to kMaxGrownLabels labels.
  int resolveId(long long id, RecordProblem* problem);
  static constexpr int kMaxGrownLabels = 1000;
  // Id of 正确 (correct = true) or 错误 in the active schema; -1 with problem.
  int correctness(bool correct, RecordProblem* problem);
  const LabelSchema& schema() const;

 private:
  const LabelSchema* active();
  int grow(const QString& name, const QString& english, RecordProblem* problem);  // appends to grown_
  const LabelSchema* fixed_;
  std::optional<LabelSchema> inferred_;
  std::optional<LabelSchema> grown_;  // LabelPolicy::Grow: the labels met so far
  // Ids of 错误/正确 once looked up: the active schema never changes after
  // it is set, and the lookup (a QString per record) is hot in KTO imports.
  int correctnessIds_[2] = {-1, -1};
};

// Fills `out` (kind, texts, label, extras) from a record. `format` Auto picks
// the layout from the record's keys. False with `problem` when the record
// cannot be used.
bool interpretRecord(const Json& record, Format format, LabelResolver& labels, ParsedRecord* out,
                     RecordProblem* problem);

// Checks a text field: non-blank and at most kMaxTextBytes.
bool checkText(std::string_view text, const char* field, RecordProblem* problem);

}  // namespace assay::data::detail
