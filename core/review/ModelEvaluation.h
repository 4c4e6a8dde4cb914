#pragma once
// Scores a trained model on labeled data the way the Trainer evaluates:
// classifiers on labeled texts, correctness reward models on correctness
// labels (pair = the record's own verdict vs the other one), pairwise reward
// models on chosen/rejected pairs. Used by `assay-cli eval`.
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
