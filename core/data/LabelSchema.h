#pragma once
// The label set of a project: ordered labels whose ids are 0..N-1, the class
// ids a model is trained on. Each label has a Chinese display name and an
// English identifier; files may spell a label either way.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <string>
#include <utility>
#include <vector>

namespace assay::data {

// Which labelling scheme a project uses: one of the two presets (the five
// reply styles; correct / incorrect, whose labels also make reward pairs), or
// the user's own label set (categories like any other classifier's).
enum class SchemaKind { Style, Correctness, Custom };

struct Label {
  int id = 0;       // class id, equal to the label's index in the schema
  QString name;     // Chinese name, e.g. "售前"
  QString english;  // English identifier, e.g. "sales_oriented"
};

class LabelSchema {
 public:
  LabelSchema() = default;
  LabelSchema(SchemaKind kind, std::vector<Label> labels);

  // The five reply styles of the user's original rm_train.py classifier:
  // 售前 0, 售后 1, 诚实 2, 有帮助 3, 无伤害 4.
  static LabelSchema style();
  // The binary data-quality scheme (is this address record right or wrong?):
  // 正确 (correct) 0, 错误 (incorrect) 1.
  static LabelSchema correctness();
  static LabelSchema forKind(SchemaKind kind);
  // The user's labels in this order (ids 0..N-1). Names equal to a preset's,
  // in the preset's order, give that preset. Throws std::invalid_argument
  // for an empty list, an empty name or a name given twice.
  static LabelSchema fromNames(const QStringList& names);
  // The preset whose labels include every label of `labels` (by name or
  // English identifier), with `remap[i]` the preset id of labels' id i; null
  // when no preset covers them all (or `labels` is empty).
  static const LabelSchema* presetCovering(const LabelSchema& labels, std::vector<int>* remap);

  SchemaKind kind() const { return kind_; }
  const std::vector<Label>& labels() const { return labels_; }
  int size() const { return static_cast<int>(labels_.size()); }

  // Id of a label given by Chinese name or English identifier (exact match,
  // surrounding spaces ignored); -1 when unknown.
  int idOf(const QString& nameOrEnglish) const;
  int idOfUtf8(const char* data, size_t size) const;
  // Chinese name / English identifier of an id; empty when out of range.
  QString nameOf(int id) const;
  QString englishOf(int id) const;

  // Appends a user label with the next id. Throws std::invalid_argument when
  // either spelling is empty or already used. A preset that gains a label
  // becomes a Custom schema, except that the style preset keeps its kind
  // (user styles next to the five built-in ones, as rm_train.py lets a user
  // extend its label_to_id map).
  int addLabel(const QString& name, const QString& english);

  // label_mapping.json exactly as the user's original rm_train.py writes it
  // (json.dump(..., ensure_ascii=False, indent=2)):
  // {"id_to_label": {"0": "售前", ...}, "label_to_id": {"售前": 0, ...}}.
  QByteArray labelMappingJson() const;
  // Writes labelMappingJson() to `path`; throws std::runtime_error on failure.
  void writeLabelMapping(const QString& path) const;
  // Reads a label_mapping.json back (English names are filled in from the
  // built-in schemas where they match, else equal the Chinese name; the kind
  // is the preset the names equal, else Custom).
  // Throws std::runtime_error naming the file and the problem.
  static LabelSchema readLabelMapping(const QString& path);
  // Same, from the file's bytes; `source` names it in messages.
  static LabelSchema parseLabelMapping(const QByteArray& bytes, const QString& source);

 private:
  void cacheUtf8();
  SchemaKind kind_ = SchemaKind::Style;
  std::vector<Label> labels_;
  std::vector<std::pair<std::string, std::string>> utf8_;  // (name, english) for byte lookups
};

QString schemaKindName(SchemaKind kind);  // "style" | "correctness" | "custom"
// Parses "style" / "correctness" / "custom"; returns false on anything else.
bool parseSchemaKind(const QString& text, SchemaKind* kind);

}  // namespace assay::data
