#pragma once
// One record of a dataset, in memory. A sample is a single text (a style
// "用户问题：…\n回答：…" input, or a correctness record such as an address),
// a general preference pair (kept as a pair), or a KTO prompt/completion.
#include <QByteArray>
#include <QString>
#include <optional>

namespace assay::data {

enum class SampleKind {
  Text = 0,        // `text` is the input; `label` its class id (or -1)
  Pair = 1,        // general preference pair (TRL chosen/rejected)
  Completion = 2,  // general KTO record (prompt, completion, desirable flag)
};

// Which part of the data a sample belongs to. Unassigned samples have not
// been split yet (a split is assigned by ProjectStore::assignSplits).
enum class Split { Unassigned = 0, Train = 1, Test = 2, All = 3 };

QString splitName(Split split);  // "unassigned" | "train" | "test" | "all"
// Parses "train" / "test" / "all" / "unassigned"; false on anything else.
bool parseSplit(const QString& text, Split* split);

struct Sample {
  qint64 id = 0;  // row id in a project; 0 for samples read from a file
  SampleKind kind = SampleKind::Text;

  // Text: the input text. Pair / Completion: the prompt as plain text
  // (message contents joined by " ", as the usual Python scoring script for a
  // TRL reward model does before tokenizing); may be empty.
  QString text;
  // Class id in the project's (or the reader's) LabelSchema; -1 = unlabeled.
  // Pairs and completions carry no class label.
  int label = -1;

  // Pair: the full chosen / rejected texts a reward model scores (prompt
  // included; conversational contents joined by " "). Completion: `chosen`
  // holds the completion text.
  QString chosen;
  QString rejected;
  std::optional<double> margin;  // Pair: TRL "margin" column, when present
  bool desirable = false;        // Completion: KTO "label"

  // Everything else the source record held, as compact JSON, so that export
  // reproduces it byte for byte. Text: an object with the record's other keys
  // in their order (e.g. {"metadata":{...}}), or empty. Pair / Completion:
  // the whole record.
  QByteArray extraJson;

  Split split = Split::Unassigned;
  QString sourceFile;     // file the sample was imported from
  qint64 sourceLine = 0;  // 1-based line where its record starts
};

}  // namespace assay::data
