#include "data/LabelSchema.h"

#include <QFile>
#include <QSaveFile>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "data/JsonText.h"

namespace assay::data {

LabelSchema::LabelSchema(SchemaKind kind, std::vector<Label> labels) : kind_(kind), labels_(std::move(labels)) {
  for (size_t i = 0; i < labels_.size(); ++i) labels_[i].id = static_cast<int>(i);
  cacheUtf8();
}

void LabelSchema::cacheUtf8() {
  utf8_.clear();
  for (const Label& l : labels_) utf8_.emplace_back(l.name.toStdString(), l.english.toStdString());
}

LabelSchema LabelSchema::style() {
  return LabelSchema(SchemaKind::Style, {{0, QStringLiteral("售前"), QStringLiteral("sales_oriented")},
                                         {1, QStringLiteral("售后"), QStringLiteral("after_sales")},
                                         {2, QStringLiteral("诚实"), QStringLiteral("honesty")},
                                         {3, QStringLiteral("有帮助"), QStringLiteral("helpful")},
                                         {4, QStringLiteral("无伤害"), QStringLiteral("harmless")}});
}

LabelSchema LabelSchema::correctness() {
  return LabelSchema(SchemaKind::Correctness, {{0, QStringLiteral("正确"), QStringLiteral("correct")},
                                               {1, QStringLiteral("错误"), QStringLiteral("incorrect")}});
}

LabelSchema LabelSchema::forKind(SchemaKind kind) { return kind == SchemaKind::Style ? style() : correctness(); }

LabelSchema LabelSchema::fromNames(const QStringList& names) {
  if (names.isEmpty()) throw std::invalid_argument("a label set needs at least one label");
  for (SchemaKind preset : {SchemaKind::Style, SchemaKind::Correctness}) {
    LabelSchema p = forKind(preset);
    bool same = p.size() == names.size();
    for (int i = 0; same && i < p.size(); ++i) same = p.idOf(names[i]) == i;
    if (same) return p;
  }
  LabelSchema out(SchemaKind::Custom, {});
  for (const QString& name : names) out.addLabel(name, name);
  return out;
}

const LabelSchema* LabelSchema::presetCovering(const LabelSchema& labels, std::vector<int>* remap) {
  static const LabelSchema kPresets[] = {style(), correctness()};
  if (labels.size() == 0) return nullptr;
  for (const LabelSchema& preset : kPresets) {
    std::vector<int> ids;
    for (const Label& l : labels.labels()) {
      int id = preset.idOf(l.name);
      if (id < 0) id = preset.idOf(l.english);
      if (id < 0) break;
      ids.push_back(id);
    }
    if (static_cast<int>(ids.size()) != labels.size()) continue;
    if (remap) *remap = std::move(ids);
    return &preset;
  }
  return nullptr;
}

int LabelSchema::idOf(const QString& nameOrEnglish) const {
  const QString key = nameOrEnglish.trimmed();
  if (key.isEmpty()) return -1;
  for (const Label& l : labels_)
    if (l.name == key || l.english == key) return l.id;
  return -1;
}

int LabelSchema::idOfUtf8(const char* data, size_t size) const {
  // Hot path of imports: compare bytes first, fall back to the trimming QString path.
  const std::string_view key(data, size);
  for (size_t i = 0; i < utf8_.size(); ++i)
    if (key == utf8_[i].first || key == utf8_[i].second) return static_cast<int>(i);
  return idOf(QString::fromUtf8(data, static_cast<qsizetype>(size)));
}

QString LabelSchema::nameOf(int id) const {
  return id >= 0 && id < size() ? labels_[static_cast<size_t>(id)].name : QString();
}

QString LabelSchema::englishOf(int id) const {
  return id >= 0 && id < size() ? labels_[static_cast<size_t>(id)].english : QString();
}

int LabelSchema::addLabel(const QString& name, const QString& english) {
  const QString n = name.trimmed(), e = english.trimmed();
  if (n.isEmpty() || e.isEmpty()) throw std::invalid_argument("a label needs a Chinese name and an English identifier");
  if (idOf(n) >= 0) throw std::invalid_argument(QString("label '" + n + "' already exists").toStdString());
  if (idOf(e) >= 0) throw std::invalid_argument(QString("label '" + e + "' already exists").toStdString());
  const int id = size();
  labels_.push_back({id, n, e});
  cacheUtf8();
  if (kind_ == SchemaKind::Correctness) kind_ = SchemaKind::Custom;  // a third verdict is no longer a pair
  return id;
}

QByteArray LabelSchema::labelMappingJson() const {
  // Written by hand rather than through nlohmann::json, whose objects sort
  // keys ("10" before "2"); Python keeps insertion order and so do we.
  std::string out = "{\n  \"id_to_label\": {";
  for (size_t i = 0; i < labels_.size(); ++i) {
    out += i ? ",\n    " : "\n    ";
    detail::appendJsonString(out, std::to_string(labels_[i].id));
    out += ": ";
    detail::appendJsonString(out, labels_[i].name.toStdString());
  }
  out += labels_.empty() ? "},\n  \"label_to_id\": {" : "\n  },\n  \"label_to_id\": {";
  for (size_t i = 0; i < labels_.size(); ++i) {
    out += i ? ",\n    " : "\n    ";
    detail::appendJsonString(out, labels_[i].name.toStdString());
    out += ": " + std::to_string(labels_[i].id);
  }
  out += labels_.empty() ? "}\n}" : "\n  }\n}";
  return QByteArray::fromStdString(out);
}

void LabelSchema::writeLabelMapping(const QString& path) const {
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly))
    throw std::runtime_error(QString(path + ": cannot write: " + f.errorString()).toStdString());
  f.write(labelMappingJson());
  if (!f.commit()) throw std::runtime_error(QString(path + ": cannot write: " + f.errorString()).toStdString());
}

LabelSchema LabelSchema::readLabelMapping(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    throw std::runtime_error(QString(path + ": cannot read: " + f.errorString()).toStdString());
  return parseLabelMapping(f.readAll(), path);
}

LabelSchema LabelSchema::parseLabelMapping(const QByteArray& bytes, const QString& path) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
  } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for "1e309"
    throw std::runtime_error(QString(path + ": invalid JSON: " + QString::fromUtf8(e.what())).toStdString());
  }
  if (!j.is_object() || !j.contains("id_to_label") || !j["id_to_label"].is_object())
    throw std::runtime_error(QString(path + ": missing object \"id_to_label\"").toStdString());
  const auto& idToLabel = j["id_to_label"];
  const LabelSchema style = LabelSchema::style(), correct = LabelSchema::correctness();
  std::vector<Label> labels(idToLabel.size());
  std::vector<bool> seen(labels.size(), false);
  for (auto it = idToLabel.begin(); it != idToLabel.end(); ++it) {
    bool ok = false;
    const int id = QString::fromStdString(it.key()).toInt(&ok);
    if (!ok || id < 0 || id >= static_cast<int>(labels.size()) || seen[static_cast<size_t>(id)])
      throw std::runtime_error(QString(path + ": id_to_label: ids must be 0.." + QString::number(labels.size() - 1) +
                                       ", each once; got \"" + QString::fromStdString(it.key()) + "\"")
                                   .toStdString());
    if (!it.value().is_string())
      throw std::runtime_error(
          QString(path + ": id_to_label[\"" + QString::fromStdString(it.key()) + "\"] is not a string").toStdString());
    const QString name = QString::fromStdString(it.value().get<std::string>());
    QString english = style.englishOf(style.idOf(name));
    if (english.isEmpty()) english = correct.englishOf(correct.idOf(name));
    if (english.isEmpty()) english = name;
    labels[static_cast<size_t>(id)] = {id, name, english};
    seen[static_cast<size_t>(id)] = true;
  }
  QStringList names;
  for (const Label& l : labels) names << l.name;
  try {
    LabelSchema preset = fromNames(names);
    if (preset.kind() != SchemaKind::Custom) return preset;
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(QString(path + ": id_to_label: " + QString::fromUtf8(e.what())).toStdString());
  }
  return LabelSchema(SchemaKind::Custom, std::move(labels));
}

QString schemaKindName(SchemaKind kind) {
  switch (kind) {
    case SchemaKind::Style:
      return QStringLiteral("style");
    case SchemaKind::Correctness:
      return QStringLiteral("correctness");
    case SchemaKind::Custom:
      break;
  }
  return QStringLiteral("custom");
}

bool parseSchemaKind(const QString& text, SchemaKind* kind) {
  if (text == QLatin1String("style")) *kind = SchemaKind::Style;
  else if (text == QLatin1String("correctness")) *kind = SchemaKind::Correctness;
  else if (text == QLatin1String("custom")) *kind = SchemaKind::Custom;
  else return false;
  return true;
}

}  // namespace assay::data
