#pragma once
// The review queue's default order, "most likely wrong first": where a
// reviewer's minute is best spent. The review pane shows rows in this order
// until a column header is clicked; the rule lives here so it is tested
// without widgets and any other front end orders the same way.
#include <QStringList>
#include <optional>
#include <vector>

namespace assay::data {

class LabelSchema;

// What the order needs of one predicted record.
struct ReviewCandidate {
  int humanLabel = -1;      // project label id; -1 unlabeled
  int predictedLabel = -1;  // project label id of the model's answer; -1 none
  double confidence = 0;    // the model's probability of its own answer
  // The model's probability of the human label, when the model has that
  // label (a classifier); empty for unlabeled records and unknown labels.
  std::optional<double> pHuman;
};

enum class ReviewTier {
  Disagreement,   // labelled, and the model answers otherwise
  LowConfidence,  // the model's confidence is below the line
  Rest,           // agreements and unlabeled records the model is sure of
};

// The record's candidate from a prediction row: `probabilities` in the
// model's label order (`modelLabels`), matched to the human label by name.
ReviewCandidate reviewCandidate(int humanLabel, int predictedLabel, double confidence,
                                const std::vector<double>& probabilities, const QStringList& modelLabels,
                                const LabelSchema& schema);

ReviewTier reviewTier(const ReviewCandidate& c, double lowConfidence);

// How strongly the model disagrees: p(its answer) − p(human label) when it
// gives the human label a probability, else its confidence.
double disagreementMargin(const ReviewCandidate& c);

// Indices into `candidates`, most likely wrong first:
//  1. disagreements with the human label, the most confident first (the
//     largest disagreementMargin()): every one of them, however unsure the
//     model is, since a weak model is unsure everywhere and its
//     disagreements are still what a reviewer wants to see first;
//  2. the other records, the least confident first, so low-confidence
//     predictions (reviewTier() LowConfidence) come before the rest.
// Ties keep the input order (the pane passes rows in sample id order).
std::vector<int> mostLikelyWrongFirst(const std::vector<ReviewCandidate>& candidates);

}  // namespace assay::data
