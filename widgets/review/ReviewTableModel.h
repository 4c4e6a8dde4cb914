#pragma once
// The review list: human label beside the model's prediction, confidence and
// every class probability (seed 000's output), over a filtered view of the
// prediction rows. Rows come "most likely wrong first" (data::ReviewOrder,
// the Priority column) until a header is clicked; the model sorts itself
// (sort()), so a view row is always rowAt(row) and a verdict leaves its row
// where it is until the next sort or filter.
#include <QAbstractTableModel>
#include <QStringList>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "data/LabelSchema.h"
#include "data/ReviewOrder.h"
#include "data/ReviewRecords.h"
#include "review/PredictionRun.h"

namespace assay {

enum class ReviewFilter { All, Disagreement, LowConfidence, Unreviewed, Flagged };

// A label as the review pane's lists name it: "售后 after-sales"; "—" for -1.
QString reviewLabelName(const data::LabelSchema& schema, int id);
// A verdict by name: "accepted model", "kept human label", "relabelled as 售后 after-sales", "skipped".
QString reviewVerdictText(const data::Review& review, const data::LabelSchema& schema);

class ReviewTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    PriorityColumn,
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
  // Each record's latest verdict (any reviewer), shown by name.
  void setVerdicts(const std::vector<data::Review>& reviews);
  // lowConfidence: rows whose confidence is below this count as low.
  void setFilter(ReviewFilter filter, double lowConfidence);

  const ReviewRow* rowAt(int row) const;
  const std::vector<ReviewRow>& allRows() const { return rows_; }
  const QStringList& modelLabels() const { return modelLabels_; }
  // The view row showing `sampleId`; -1 when filtered out.
  int rowOfSample(qint64 sampleId) const;
  // A record's state after a verdict, its undo or its redo (the store was
  // already written): its label, latest verdict and whether it counts as
  // reviewed by this reviewer. The row stays where it is.
  void setRecordState(qint64 sampleId, int humanLabel, const std::optional<data::Review>& latestVerdict,
                      bool reviewedByMe);
  bool isReviewed(qint64 sampleId) const { return reviewed_.count(sampleId) > 0; }
  // 1-based place in the "most likely wrong first" order.
  int priorityOf(qint64 sampleId) const;
  // "accepted model", "kept human label", "relabelled as 售后 after-sales", "skipped".
  QString verdictText(const data::Review& review) const;
  QString labelName(int id) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

 private:
  bool passes(size_t i) const;
  void rank();
  void rebuild();
  void sortVisible();
  QString verdictTextOf(qint64 sampleId) const;

  std::vector<ReviewRow> rows_;
  std::vector<data::ReviewCandidate> candidates_;  // by row
  std::vector<int> priority_;                      // by row: 0 = most likely wrong
  std::unordered_map<qint64, size_t> rowOfId_;
  std::vector<int> visible_;
  QStringList modelLabels_;
  data::LabelSchema schema_;
  std::unordered_set<qint64> reviewed_, flagged_;
  std::unordered_map<qint64, data::Review> verdicts_;
  ReviewFilter filter_ = ReviewFilter::All;
  double lowConfidence_ = 0.6;
  int sortColumn_ = PriorityColumn;
  Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

}  // namespace assay
