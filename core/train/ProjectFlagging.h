#pragma once
// The flagger (LabelFlagger.h) over a whole project, as the GUI's "Find
// likely wrong labels…" runs it on a worker thread: every labelled text and
// every preference pair that is not deleted, texts and pairs flagged apart,
// merged most confident first, cut to options.maxFlags, stored as one flag
// run (data/LabelFlags.h) by `by`. Nothing is stored when the run is
// cancelled or fails, so the project is as it was.
#include <QString>

#include "train/LabelFlagger.h"

namespace assay {

namespace data {
class ProjectStore;
}

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
