#pragma once
// Scores a saved model on labeled data with the Trainer's scoring
// (train/Metrics.h: scoreClassifier, scoreRewardPairs): classifiers on
// labeled texts, correctness reward models on correctness labels (their two
// rewards per record), pairwise reward models on chosen/rejected pairs. The
// only difference from the Trainer's numbers for the same weights is the
// n-gram blend the saved model may apply. Used by `assay-cli eval`.
#include <vector>

#include "data/LabelSchema.h"
#include "data/Sample.h"
#include "review/Predictor.h"
#include "train/Metrics.h"

namespace assay {

struct ModelEvaluation {
  EvalMetrics metrics;
  int64_t used = 0;     // samples the model could be scored on
  int64_t skipped = 0;  // unlabeled, wrong kind, or a label the model does not know
};

// `schema` is the one the samples' label ids refer to (the reader's).
ModelEvaluation evaluateModel(const Predictor& predictor, const std::vector<data::Sample>& samples,
                              const data::LabelSchema& schema, int batchSize = 32);

}  // namespace assay
