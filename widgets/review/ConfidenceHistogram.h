#pragma once
// For a multi-class model in the review pane: how sure the model is, as a
// histogram of its confidence over the predicted records, each bin split
// into agreements with the human label, disagreements and unlabeled records,
// so the reviewer sees where the mistakes sit before choosing the
// low-confidence line.
#include <vector>

#include "common/ThrottledPlot.h"

class QCPBars;
class QCPTextElement;

namespace assay {

class ConfidenceHistogram : public ThrottledPlot {
  Q_OBJECT
 public:
  enum class Outcome { Agrees, Disagrees, Unlabeled };
  static constexpr int kBins = 20;  // 0.05 wide over [0, 1]

  explicit ConfidenceHistogram(QWidget* parent = nullptr);
  void setConfidences(const std::vector<double>& confidence, const std::vector<Outcome>& outcome);
  // Records of `outcome` in bin `bin`.
  double count(Outcome outcome, int bin) const;
  double total() const;

 protected:
  void retranslate() override;

 private:
  QCPBars* bars_[3] = {nullptr, nullptr, nullptr};
  QCPTextElement* title_ = nullptr;
};

}  // namespace assay
