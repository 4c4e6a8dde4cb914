#pragma once
// Precision / recall of "predict correct when P(correct) ≥ t" against the
// human labels, for the review pane's threshold slider (seed 003: the model
// gives a probability, "具体判断还需要设定阈值" — the cut-off is the user's).
#include <QtGlobal>
#include <vector>

namespace assay {

struct ThresholdPoint {
  double threshold = 0.5;
  double precision = 0;  // of records at or above the threshold, share that are correct; 1 when none
  double recall = 0;     // of correct records, share at or above the threshold
  qint64 above = 0;      // records predicted correct (P ≥ threshold)
  qint64 below = 0;      // records predicted incorrect
  qint64 truePositives = 0;
};

class ThresholdCurve {
 public:
  // pCorrect[i] is the model's P(correct) for record i; isCorrect[i] its human label.
  ThresholdCurve(std::vector<double> pCorrect, std::vector<bool> isCorrect);

  ThresholdPoint at(double threshold) const;
  // One point per distinct score, from the highest threshold to the lowest.
  std::vector<ThresholdPoint> curve() const;
  qint64 size() const { return static_cast<qint64>(scores_.size()); }

 private:
  std::vector<std::pair<double, bool>> scores_;  // sorted by score, descending
  qint64 positives_ = 0;
};

}  // namespace assay
