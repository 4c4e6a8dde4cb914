#pragma once
// The review list: human label beside the model's prediction, confidence and
// every class probability (seed 000's output), over a filtered view of the
// prediction rows.
#include <QAbstractTableModel>
#include <QStringList>
#include <unordered_set>
#include <vector>

#include "data/LabelSchema.h"
#include "review/PredictionRun.h"

namespace assay {

enum class ReviewFilter { All, Disagreement, LowConfidence, Unreviewed, Flagged };

class ReviewTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    IdColumn,
    TextColumn,
    HumanColumn,
    PredictedColumn,
    ConfidenceColumn,
    ProbabilitiesColumn,
    ReviewedColumn,
    ColumnCount
  };
  explicit ReviewTableModel(QObject* parent = nullptr);

  void setRows(std::vector<ReviewRow> rows, const QStringList& modelLabels, const data::LabelSchema& schema);
  void setReviewed(std::unordered_set<qint64> ids);
  void setFlagged(std::unordered_set<qint64> ids);
  // lowConfidence: rows whose confidence is below this count as low.
  void setFilter(ReviewFilter filter, double lowConfidence);

  const ReviewRow* rowAt(int row) const;
  const std::vector<ReviewRow>& allRows() const { return rows_; }
  // Records a verdict's outcome in the view (the store was already written).
  void markReviewed(int row, int label);
  bool isReviewed(qint64 sampleId) const { return reviewed_.count(sampleId) > 0; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  bool passes(const ReviewRow& r) const;
  void rebuild();
  QString labelName(int id) const;

  std::vector<ReviewRow> rows_;
  std::vector<int> visible_;
  QStringList modelLabels_;
  data::LabelSchema schema_;
  std::unordered_set<qint64> reviewed_, flagged_;
  ReviewFilter filter_ = ReviewFilter::All;
  double lowConfidence_ = 0.6;
};

}  // namespace assay
