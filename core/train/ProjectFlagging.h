#pragma once
// The flagger (LabelFlagger.h) over a whole project, as the GUI's "Find
// likely wrong labels…" runs it on a worker thread: every labelled text and
// every preference pair that is not deleted, texts and pairs flagged apart,
// merged most confident first, cut to options.maxFlags, stored as one flag
// run (data/LabelFlags.h) by `by`. Nothing is stored when the run is
// cancelled or fails, so the project is as it was.
#include <QString>
#include <QStringList>
#include <vector>

#include "train/LabelFlagger.h"

namespace assay {

namespace data {
class ProjectStore;
struct Sample;
}  // namespace data

// The records a flagger run looks at, each with its id: a project's sample
// id, or for a file the line where the record starts (assay-cli flag FILE).
struct FlaggableRecords {
  QStringList texts;  // labelled texts
  std::vector<int> labels;
  std::vector<qint64> textIds;
  QStringList chosen, rejected;  // preference pairs
  std::vector<qint64> pairIds;
  // Keeps a labelled text or a pair; anything else is not flaggable.
  void add(const data::Sample& sample, qint64 id);
  qint64 size() const { return qint64(texts.size() + chosen.size()); }
};

struct FoundFlag {
  qint64 id = 0;      // FlaggableRecords' id of the record
  bool pair = false;  // flag.index points into the pairs, else into the texts
  LabelFlag flag;
};

// Flags the texts (numClasses labels) and the pairs apart, on one progress
// scale, merged most confident first and cut to options.maxFlags. Throws
// std::invalid_argument when there are neither options.folds labelled texts
// with two labels in use nor options.folds pairs; FlaggingCancelled.
std::vector<FoundFlag> flagRecords(const FlaggableRecords& records, int numClasses, const FlaggerOptions& options,
                                   const FlaggerControl& control);

struct ProjectFlagRun {
  qint64 runId = 0;
  qint64 records = 0;  // labelled texts and pairs looked at
  qint64 flags = 0;
};

// Throws std::invalid_argument when the project has fewer labelled texts
// (or fewer pairs) than folds, or fewer than two labels in use, so there is
// nothing to flag; FlaggingCancelled when control's cancel flag is set or its
// progress callback throws; StoreError from the store. Progress counts the
// fits of both passes together.
ProjectFlagRun flagProject(data::ProjectStore& store, const FlaggerOptions& options, const FlaggerControl& control,
                           const QString& by);

}  // namespace assay
