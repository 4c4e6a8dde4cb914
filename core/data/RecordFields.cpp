#include "data/RecordFields.h"

#include <string>
#include <utility>
#include <vector>

#include "data/JsonText.h"

namespace assay::data::detail {

namespace {

const char* const kCorrect = "正确";
const char* const kIncorrect = "错误";

QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString typeName(const Json& v) { return QString::fromUtf8(v.type_name()); }

bool fail(RecordProblem* p, IssueKind kind, QString message) {
  p->kind = kind;
  p->message = std::move(message);
  return false;
}

const Json* field(const Json& obj, const char* key) {
  const auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}

// A "chosen"/"rejected"/"prompt"/"completion" value: a plain string or a
// conversation [{"content","role"}, ...].
struct Turns {
  bool conversational = false;
  std::vector<std::pair<std::string, std::string>> messages;  // (role, content)
  std::string plain;

  std::string joined() const {
    if (!conversational) return plain;
    std::string out;
    for (size_t i = 0; i < messages.size(); ++i) {
      if (i) out.push_back(' ');
      out += messages[i].second;
    }
    return out;
  }
};

bool readTurns(const Json& v, const char* name, Turns* t, RecordProblem* p) {
  if (v.is_string()) {
    t->plain = v.get_ref<const std::string&>();
    return true;
  }
  if (!v.is_array())
    return fail(p, IssueKind::WrongType,
                QStringLiteral("\"%1\" must be a string or a list of messages, got %2").arg(name, typeName(v)));
  t->conversational = true;
  for (size_t i = 0; i < v.size(); ++i) {
    const Json& m = v[i];
    const Json* role = m.is_object() ? field(m, "role") : nullptr;
    const Json* content = m.is_object() ? field(m, "content") : nullptr;
    if (!role || !content)
      return fail(p, IssueKind::MissingField,
                  QStringLiteral("\"%1\"[%2] must be an object with \"role\" and \"content\"").arg(name).arg(i));
    if (!role->is_string() || !content->is_string())
      return fail(p, IssueKind::WrongType,
                  QStringLiteral("\"%1\"[%2]: \"role\" and \"content\" must be strings").arg(name).arg(i));
    t->messages.emplace_back(role->get_ref<const std::string&>(), content->get_ref<const std::string&>());
  }
  return true;
}

std::string extrasOf(const Json& obj, std::initializer_list<const char*> known) {
  // Serialised pair by pair: copying the values into a new object first
  // would cost a deep copy per record on the import hot path.
  std::string out;
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool isKnown = false;
    for (const char* k : known) isKnown = isKnown || it.key() == k;
    if (isKnown) continue;
    out.push_back(out.empty() ? '{' : ',');
    appendJsonString(out, it.key());
    out.push_back(':');
    out += it.value().dump();
  }
  if (!out.empty()) out.push_back('}');
  return out;
}

// "label" (Chinese or English name, or a class id) and "label_english".
bool readLabel(const Json& obj, LabelResolver& labels, int* id, RecordProblem* p) {
  *id = -1;
  const Json* label = field(obj, "label");
  const Json* english = field(obj, "label_english");
  if (label && label->is_string() && english && english->is_string()) {
    *id = labels.resolveBoth(label->get_ref<const std::string&>(), english->get_ref<const std::string&>(), p);
    return *id >= 0;
  }
  if (label && !label->is_null()) {
    if (label->is_string()) {
      *id = labels.resolve(label->get_ref<const std::string&>(), p);
      if (*id < 0) return false;
    } else if (label->is_number_integer()) {
      *id = labels.resolveId(label->get<long long>(), p);
      if (*id < 0) return false;
    } else {
      return fail(p, IssueKind::WrongType, QStringLiteral("\"label\" must be a string, got %1").arg(typeName(*label)));
    }
  }
  if (english && !english->is_null()) {
    if (!english->is_string())
      return fail(p, IssueKind::WrongType,
                  QStringLiteral("\"label_english\" must be a string, got %1").arg(typeName(*english)));
    const int e = labels.resolve(english->get_ref<const std::string&>(), p);
    if (e < 0) return false;
    if (*id >= 0 && e != *id)
      return fail(p, IssueKind::UnknownLabel,
                  QStringLiteral("\"label\" %1 and \"label_english\" %2 name different labels")
                      .arg(q(label->dump()), q(english->dump())));
    *id = e;
  }
  return true;
}

bool interpretText(const Json& obj, const char* textKey, LabelResolver& labels, ParsedRecord* out, RecordProblem* p) {
  const Json& text = obj[textKey];
  if (!text.is_string())
    return fail(p, IssueKind::WrongType,
                QStringLiteral("\"%1\" must be a string, got %2").arg(textKey, typeName(text)));
  out->kind = SampleKind::Text;
  out->text = text.get_ref<const std::string&>();
  if (!checkText(out->text, textKey, p)) return false;
  if (!readLabel(obj, labels, &out->label, p)) return false;
  out->extraJson = extrasOf(obj, {textKey, "label", "label_english"});
  return true;
}

double numberOr(const Json* v, double fallback) { return v && v->is_number() ? v->get<double>() : fallback; }

bool interpretTrl(const Json& obj, LabelResolver& labels, ParsedRecord* out, RecordProblem* p) {
  const Json* chosenV = field(obj, "chosen");
  const Json* rejectedV = field(obj, "rejected");
  if (!chosenV || !rejectedV)
    return fail(p, IssueKind::MissingField,
                QStringLiteral("missing field \"%1\"").arg(chosenV ? "rejected" : "chosen"));
  Turns chosen, rejected, prompt;
  if (!readTurns(*chosenV, "chosen", &chosen, p) || !readTurns(*rejectedV, "rejected", &rejected, p)) return false;
  const Json* promptV = field(obj, "prompt");
  if (promptV && !readTurns(*promptV, "prompt", &prompt, p)) return false;
  for (const char* key : {"score_chosen", "score_rejected", "margin"}) {
    const Json* v = field(obj, key);
    if (v && !v->is_number())
      return fail(p, IssueKind::WrongType, QStringLiteral("\"%1\" must be a number, got %2").arg(key, typeName(*v)));
  }

  // The TRL correctness layout for data-quality records: the same user content, assistant 正确 vs 错误,
  // scores 1 and 0, nothing else but an annotator's "note" (Assay's export writes it). It is a
  // labelled record, not a pair.
  const Json* note = field(obj, "note");
  bool onlySeedKeys = !promptV && (!note || note->is_string());
  for (auto it = obj.begin(); it != obj.end(); ++it)
    onlySeedKeys = onlySeedKeys && (it.key() == "chosen" || it.key() == "rejected" || it.key() == "score_chosen" ||
                                    it.key() == "score_rejected" || it.key() == "note");
  if (onlySeedKeys && chosen.conversational && rejected.conversational && chosen.messages.size() == 2 &&
      rejected.messages.size() == 2 && chosen.messages[0].first == "user" && rejected.messages[0].first == "user" &&
      chosen.messages[1].first == "assistant" && rejected.messages[1].first == "assistant" &&
      chosen.messages[0].second == rejected.messages[0].second && numberOr(field(obj, "score_chosen"), 1) == 1 &&
      numberOr(field(obj, "score_rejected"), 0) == 0) {
    const std::string& a = chosen.messages[1].second;
    const std::string& b = rejected.messages[1].second;
    if ((a == kCorrect && b == kIncorrect) || (a == kIncorrect && b == kCorrect)) {
      out->kind = SampleKind::Text;
      out->text = chosen.messages[0].second;
      if (!checkText(out->text, "chosen[0].content", p)) return false;
      out->label = labels.correctness(a == kCorrect, p);
      if (note) out->extraJson = extrasOf(obj, {"chosen", "rejected", "score_chosen", "score_rejected"});
      return out->label >= 0;
    }
  }

  out->kind = SampleKind::Pair;
  out->text = promptV ? prompt.joined() : std::string();
  auto full = [&](const Turns& t) {
    if (!promptV) return t.joined();
    return prompt.joined() + (prompt.conversational && t.conversational ? " " : "") + t.joined();
  };
  out->chosen = full(chosen);
  out->rejected = full(rejected);
  if (isBlank(chosen.joined()) && isBlank(rejected.joined()))
    return fail(p, IssueKind::EmptyText, QStringLiteral("\"chosen\" and \"rejected\" are both empty"));
  if (!checkText(out->chosen, "chosen", p) || !checkText(out->rejected, "rejected", p)) return false;
  if (const Json* m = field(obj, "margin")) out->margin = m->get<double>();
  out->extraJson = obj.dump();
  return true;
}

bool interpretKto(const Json& obj, LabelResolver& labels, ParsedRecord* out, RecordProblem* p) {
  if (const Json* address = field(obj, "address")) {
    // Address-check lines: {"address": ..., "chosen": true} / {"address": ..., "rejected": true}.
    if (!address->is_string())
      return fail(p, IssueKind::WrongType,
                  QStringLiteral("\"address\" must be a string, got %1").arg(typeName(*address)));
    const Json* c = field(obj, "chosen");
    const Json* r = field(obj, "rejected");
    for (const Json* v : {c, r})
      if (v && !v->is_boolean())
        return fail(
            p, IssueKind::WrongType,
            QStringLiteral("\"%1\" must be true or false, got %2").arg(v == c ? "chosen" : "rejected", typeName(*v)));
    const bool chosen = c && c->get<bool>(), rejected = r && r->get<bool>();
    if (chosen == rejected)
      return fail(p, IssueKind::MissingField,
                  QStringLiteral("needs exactly one of \"chosen\": true or \"rejected\": true"));
    out->kind = SampleKind::Text;
    out->text = address->get_ref<const std::string&>();
    if (!checkText(out->text, "address", p)) return false;
    out->label = labels.correctness(chosen, p);
    if (out->label < 0) return false;
    out->extraJson = extrasOf(obj, {"address", "chosen", "rejected"});
    return true;
  }
  for (const char* key : {"prompt", "completion", "label"})
    if (!field(obj, key)) return fail(p, IssueKind::MissingField, QStringLiteral("missing field \"%1\"").arg(key));
  const Json& label = obj["label"];
  if (!label.is_boolean())
    return fail(p, IssueKind::WrongType,
                QStringLiteral("\"label\" must be true or false, got %1").arg(typeName(label)));
  Turns prompt, completion;
  if (!readTurns(obj["prompt"], "prompt", &prompt, p) || !readTurns(obj["completion"], "completion", &completion, p))
    return false;
  const bool desirable = label.get<bool>();
  if (!prompt.conversational && !completion.conversational &&
      (completion.plain == kCorrect || completion.plain == kIncorrect)) {
    // A correctness verdict: "正确" with label true means the record is correct.
    out->kind = SampleKind::Text;
    out->text = prompt.plain;
    if (!checkText(out->text, "prompt", p)) return false;
    out->label = labels.correctness((completion.plain == kCorrect) == desirable, p);
    if (out->label < 0) return false;
    out->extraJson = extrasOf(obj, {"prompt", "completion", "label"});
    return true;
  }
  out->kind = SampleKind::Completion;
  out->text = prompt.joined();
  out->chosen = completion.joined();
  out->desirable = desirable;
  if (isBlank(out->text) && isBlank(out->chosen))
    return fail(p, IssueKind::EmptyText, QStringLiteral("\"prompt\" and \"completion\" are both empty"));
  if (!checkText(out->chosen, "completion", p)) return false;
  if (out->text.size() > static_cast<size_t>(kMaxTextBytes)) return checkText(out->text, "prompt", p);
  out->extraJson = obj.dump();
  return true;
}

const char* textKeyOf(const Json& obj) {
  for (const char* k : {"text", "input", "content"})
    if (obj.contains(k)) return k;
  return nullptr;
}

}  // namespace

bool checkText(std::string_view text, const char* field, RecordProblem* p) {
  if (isBlank(text)) return fail(p, IssueKind::EmptyText, QStringLiteral("\"%1\" is empty").arg(field));
  if (text.size() > static_cast<size_t>(kMaxTextBytes))
    return fail(
        p, IssueKind::TextTooLong,
        QStringLiteral("\"%1\" is %2 bytes, above the %3-byte limit").arg(field).arg(text.size()).arg(kMaxTextBytes));
  return true;
}

LabelResolver::LabelResolver(const LabelSchema* fixed, LabelPolicy policy) : fixed_(fixed) {
  if (policy == LabelPolicy::Grow) grown_ = fixed ? *fixed : LabelSchema(SchemaKind::Custom, {});
}

const LabelSchema* LabelResolver::active() {
  if (grown_) return &*grown_;
  if (fixed_) return fixed_;
  return inferred_ ? &*inferred_ : nullptr;
}

const LabelSchema& LabelResolver::schema() const {
  static const LabelSchema kStyle = LabelSchema::style();
  if (grown_) return *grown_;
  if (fixed_) return *fixed_;
  return inferred_ ? *inferred_ : kStyle;
}

int LabelResolver::grow(const QString& name, const QString& english, RecordProblem* p) {
  if (grown_->size() >= kMaxGrownLabels) {
    fail(p, IssueKind::UnknownLabel,
         QStringLiteral("label \"%1\" not added: a project holds at most %2 labels").arg(name).arg(kMaxGrownLabels));
    return -1;
  }
  try {
    return grown_->addLabel(name, english);
  } catch (const std::invalid_argument& e) {  // clashes with another label's other spelling
    fail(p, IssueKind::UnknownLabel,
         QStringLiteral("label \"%1\" not added: %2").arg(name, QString::fromUtf8(e.what())));
    return -1;
  }
}

int LabelResolver::resolveId(long long id, RecordProblem* p) {
  if (id >= 0 && id < schema().size()) return static_cast<int>(id);
  if (grown_ && id >= 0 && id < kMaxGrownLabels) {
    while (grown_->size() <= id)
      if (grow(QString::number(grown_->size()), QString::number(grown_->size()), p) < 0) return -1;
    return static_cast<int>(id);
  }
  fail(p, IssueKind::UnknownLabel,
       schema().size() == 0 ? QStringLiteral("unknown label id %1 (no labels defined)").arg(id)
                            : QStringLiteral("unknown label id %1 (ids are 0..%2)").arg(id).arg(schema().size() - 1));
  return -1;
}

int LabelResolver::resolve(std::string_view spelling, RecordProblem* p) {
  if (const LabelSchema* s = active()) {
    const int id = s->idOfUtf8(spelling.data(), spelling.size());
    if (id >= 0) return id;
    if (grown_) {
      const QString name = q(spelling).trimmed();
      if (name.isEmpty()) {
        fail(p, IssueKind::UnknownLabel, QStringLiteral("empty label"));
        return -1;
      }
      return grow(name, name, p);
    }
    QStringList known;
    for (const Label& l : s->labels()) known << l.name + "/" + l.english;
    fail(p, IssueKind::UnknownLabel,
         QStringLiteral("unknown label \"%1\" (known: %2; import with --add_labels to add it)")
             .arg(q(spelling), known.join(", ")));
    return -1;
  }
  static const LabelSchema kBuiltIn[] = {LabelSchema::style(), LabelSchema::correctness()};
  for (const LabelSchema& candidate : kBuiltIn) {
    const int id = candidate.idOfUtf8(spelling.data(), spelling.size());
    if (id >= 0) {
      inferred_ = candidate;
      return id;
    }
  }
  fail(p, IssueKind::UnknownLabel,
       QStringLiteral("unknown label \"%1\" (neither a style nor a correctness label; "
                      "add it to the project's labels, or import with --add_labels)")
           .arg(q(spelling)));
  return -1;
}

int LabelResolver::resolveBoth(std::string_view name, std::string_view english, RecordProblem* p) {
  if (grown_) {
    const int byName = grown_->idOfUtf8(name.data(), name.size());
    const int byEnglish = grown_->idOfUtf8(english.data(), english.size());
    if (byName < 0 && byEnglish < 0) {
      const QString n = q(name).trimmed(), e = q(english).trimmed();
      if (n.isEmpty() || e.isEmpty()) {
        fail(p, IssueKind::UnknownLabel, QStringLiteral("empty label"));
        return -1;
      }
      return grow(n, n == e || grown_->idOf(e) >= 0 ? n : e, p);
    }
    if (byName >= 0 && byEnglish >= 0 && byName != byEnglish) {
      fail(p, IssueKind::UnknownLabel,
           QStringLiteral("\"label\" \"%1\" and \"label_english\" \"%2\" name different labels")
               .arg(q(name), q(english)));
      return -1;
    }
    return byName >= 0 ? byName : byEnglish;
  }
  const int id = resolve(name, p);
  if (id < 0) return -1;
  const int e = resolve(english, p);
  if (e < 0) return -1;
  if (e != id) {
    fail(
        p, IssueKind::UnknownLabel,
        QStringLiteral("\"label\" \"%1\" and \"label_english\" \"%2\" name different labels").arg(q(name), q(english)));
    return -1;
  }
  return id;
}

int LabelResolver::correctness(bool correct, RecordProblem* p) {
  int& cached = correctnessIds_[correct ? 1 : 0];
  if (cached >= 0) return cached;
  if (!active()) inferred_ = LabelSchema::correctness();
  const char* name = correct ? kCorrect : kIncorrect;
  int id = active()->idOf(QString::fromUtf8(name));
  if (id < 0 && grown_) {
    const LabelSchema preset = LabelSchema::correctness();
    id = grow(QString::fromUtf8(name), preset.englishOf(preset.idOf(QString::fromUtf8(name))), p);
    if (id < 0) return -1;
  }
  cached = id;
  if (id < 0)
    fail(p, IssueKind::UnknownLabel,
         QStringLiteral("correctness label \"%1\" is not one of this project's labels (%2 schema)")
             .arg(QString::fromUtf8(name), schemaKindName(active()->kind())));
  return id;
}

bool interpretRecord(const Json& record, Format format, LabelResolver& labels, ParsedRecord* out, RecordProblem* p) {
  if (!record.is_object())
    return fail(p, IssueKind::WrongType, QStringLiteral("record must be a JSON object, got %1").arg(typeName(record)));
  if (format == Format::Auto) {
    // Auto decides per record from its keys; the record then reads as that format.
    if (record.contains("address") || record.contains("completion")) format = Format::Kto;
    else if (record.contains("chosen") || record.contains("rejected")) format = Format::Trl;
    else if (record.contains("input")) format = Format::StyleJson;
    else if (textKeyOf(record)) format = Format::Text;
    else
      return fail(
          p, IssueKind::MissingField,
          QStringLiteral("no \"input\", \"text\", \"chosen\"/\"rejected\", \"completion\" or \"address\" field"));
  }
  out->format = format;
  switch (format) {
    case Format::StyleJson:
      if (!record.contains("input")) return fail(p, IssueKind::MissingField, QStringLiteral("missing field \"input\""));
      return interpretText(record, "input", labels, out, p);
    case Format::Trl:
      return interpretTrl(record, labels, out, p);
    case Format::Kto:
      return interpretKto(record, labels, out, p);
    case Format::Text:
      if (const char* key = textKeyOf(record)) return interpretText(record, key, labels, out, p);
      return fail(p, IssueKind::MissingField, QStringLiteral("missing field \"text\""));
    case Format::Auto:
      break;
  }
  return false;  // not reached: Auto was resolved above
}

}  // namespace assay::data::detail
