#pragma once
// Cohen's kappa between every pair of annotators as a heat map: annotators
// name the rows and columns, each cell shows its kappa and the number of
// samples both annotators labelled, and a colour scale from -1 (red:
// systematic disagreement) through 0 (white: chance) to 1 (blue: perfect).
// The diagonal is each annotator with themself (kappa 1 by definition) and
// the count of samples they labelled.
#include <optional>
#include <vector>

#include "common/ThrottledPlot.h"
#include "data/AgreementStats.h"

class QCPColorMap;
class QCPColorScale;
class QCPTextElement;

namespace assay {

class AgreementHeatMap : public ThrottledPlot {
  Q_OBJECT
 public:
  explicit AgreementHeatMap(QWidget* parent = nullptr);
  // Draws `report`'s pairs; `rated[i]`: samples annotator i labelled (the diagonal's n).
  void setReport(const data::AgreementReport& report, const std::vector<qint64>& rated);
  void clear();

  int size() const { return static_cast<int>(kappa_.size()); }
  // Row `row`, column `column` (annotators in the report's order): the
  // pair's kappa (nullopt: undefined, e.g. no shared sample) and shared samples.
  std::optional<double> kappa(int row, int column) const;
  qint64 shared(int row, int column) const;
  // The text drawn in the cell ("0.62\nn 40").
  QString cellText(int row, int column) const;

 protected:
  void retranslate() override;

 private:
  void draw();

  QCPColorMap* map_ = nullptr;
  QCPColorScale* scale_ = nullptr;
  QCPTextElement* title_ = nullptr;
  QStringList names_;
  std::vector<std::vector<std::optional<double>>> kappa_;
  std::vector<std::vector<qint64>> shared_;
};

}  // namespace assay
