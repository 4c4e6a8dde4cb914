#pragma once
// The label set of a project: ordered labels whose ids are 0..N-1, the class
// ids a model is trained on. Each label has a Chinese display name and an
// English identifier; files may spell a label either way.
#include <QByteArray>
#include <QString>
#include <string>
#include <utility>
#include <vector>

namespace assay::data {

// Which labelling scheme a project uses (DESIGN.md "What the user does").
enum class SchemaKind { Style, Correctness };

struct Label {
  int id = 0;       // class id, equal to the label's index in the schema
  QString name;     // Chinese name, e.g. "售前"
  QString english;  // English identifier, e.g. "sales_oriented"
};

class LabelSchema {
 public:
  LabelSchema() = default;
  LabelSchema(SchemaKind kind, std::vector<Label> labels);

  // Seed 000's five styles: 售前 0, 售后 1, 诚实 2, 有帮助 3, 无伤害 4.
  static LabelSchema style();
  // Seed 003's binary scheme: 正确 (correct) 0, 错误 (incorrect) 1.
  static LabelSchema correctness();
  static LabelSchema forKind(SchemaKind kind);

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
  // either spelling is empty or already used.
  int addLabel(const QString& name, const QString& english);

  // label_mapping.json exactly as seed 000's rm_train.py writes it
  // (json.dump(..., ensure_ascii=False, indent=2)):
  // {"id_to_label": {"0": "售前", ...}, "label_to_id": {"售前": 0, ...}}.
  QByteArray labelMappingJson() const;
  // Writes labelMappingJson() to `path`; throws std::runtime_error on failure.
  void writeLabelMapping(const QString& path) const;
  // Reads a label_mapping.json back (English names are filled in from the
  // built-in schemas where they match, else equal the Chinese name).
  // Throws std::runtime_error naming the file and the problem.
  static LabelSchema readLabelMapping(const QString& path);

 private:
  void cacheUtf8();
  SchemaKind kind_ = SchemaKind::Style;
  std::vector<Label> labels_;
  std::vector<std::pair<std::string, std::string>> utf8_;  // (name, english) for byte lookups
};

QString schemaKindName(SchemaKind kind);  // "style" | "correctness"
// Parses "style" / "correctness"; returns false on anything else.
bool parseSchemaKind(const QString& text, SchemaKind* kind);

}  // namespace assay::data
