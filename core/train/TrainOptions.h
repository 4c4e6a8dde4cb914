#pragma once
// The one table of training options: for each, its flag and JSON key, the
// TrainConfig member, a line of help, the range validate() checks, the
// default per preset where tiny and a checkpoint differ, and whether the GUI
// form shows it. The CLI's parser and --help, TrainConfig's toJson, fromJson
// and validate, and the GUI form all read it, so an option is one row here
// (plus its member in TrainConfig.h). LibTorch-free: widgets include it.
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>
#include <variant>
#include <vector>

#include "train/TrainConfig.h"

namespace assay {

enum class OptionGroup { Data, Schedule, Optimizer, Regularisation, Reward, Lora, Machine };
QString optionGroupName(OptionGroup group);

// The allowed interval of a number; a bound of +-infinity is no bound.
// An unset optional is always allowed (it means the preset's default).
struct OptionRange {
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
  bool loOpen = false, hiOpen = false;
  const char* note = nullptr;  // appended to the message: what 0 means
  bool contains(double v) const;
  // "must be in [0, 1)", "must not be negative", "must be at least 2", ... plus the note.
  QString text() const;
};

// The spin box a GUI field uses (range and decimals); only for shown options.
struct OptionField {
  double lo = 0, hi = 0;
  int decimals = 0;
};

struct TrainOption {
  // TrainTask is the one enum: written as its name, one of `choices`.
  using Member = std::variant<int TrainConfig::*, double TrainConfig::*, bool TrainConfig::*, QString TrainConfig::*,
                              std::optional<double> TrainConfig::*, TrainTask TrainConfig::*>;
  const char* name;  // the flag without "--", and the JSON key
  Member member;
  OptionGroup group;
  const char* metavar;  // the value's placeholder in --help ("N", "FILE"); empty for a switch
  const char* help;     // one line, English
  std::optional<OptionRange> range;
  QStringList choices;                // a QString or the task: the allowed values
  std::optional<double> tinyDefault;  // unset optional: tiny gets this, a checkpoint 0
  std::optional<OptionField> field;   // shown in the GUI form
  bool isSwitch() const { return std::holds_alternative<bool TrainConfig::*>(member); }
};

const std::vector<TrainOption>& trainOptions();
// nullptr when no option has this flag name.
const TrainOption* findTrainOption(const QString& name);

// The option's value in `config` as the CLI would write it ("" for an unset optional).
QString optionValueText(const TrainOption& option, const TrainConfig& config);
// "0.999 for tiny, 0 for a checkpoint", "32", "auto", or empty when there is no default worth printing.
QString optionDefaultText(const TrainOption& option);
// Empty, or "--flag must ..." when the value in `config` is out of range.
QString optionProblem(const TrainOption& option, const TrainConfig& config);
// `assay-cli train --help`: every flag, grouped, with its help line and default.
QString trainOptionsHelp();

}  // namespace assay
