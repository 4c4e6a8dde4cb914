#pragma once
// The dataset table: a virtualised model over a project. It holds only the
// ids of the matching samples (fetched in chunks as the view scrolls, via
// canFetchMore/fetchMore) and a small LRU cache of row pages that data()
// fills on demand, so a 1,000,000-record project costs a few MB, not a copy
// of the data.
#include <QAbstractTableModel>
#include <functional>
#include <list>
#include <memory>
#include <unordered_map>
#include <vector>

#include "data/LabelSchema.h"
#include "data/SampleQuery.h"

namespace assay {

class SampleTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    IdColumn,
    TextColumn,
    LabelColumn,
    AnnotatorColumn,
    SplitColumn,
    PredictionColumn,
    ReviewColumn,
    NoteColumn,
    FlagColumn,
    ColumnCount
  };
  static constexpr int kIdChunk = 20000;  // ids fetched per fetchMore()
  static constexpr int kPageSize = 100;   // rows loaded per cache page
  static constexpr int kMaxPages = 64;    // pages kept (LRU)
  static constexpr int kSampleIdRole = Qt::UserRole + 1;
  static constexpr int kDeletedRole = Qt::UserRole + 2;  // bool: the row is soft-deleted

  explicit SampleTableModel(QObject* parent = nullptr);
  ~SampleTableModel() override;

  // Shows a project (nullptr: nothing). Resets the filter.
  void setQuery(std::shared_ptr<data::SampleQuery> query, const data::LabelSchema& schema);
  void setFilter(const data::SampleFilter& filter);
  const data::SampleFilter& filter() const { return filter_; }
  // The order of the rows (a header click: sort()); re-reads from the top.
  void setOrder(const data::SampleOrder& order);
  const data::SampleOrder& order() const { return order_; }
  // The column a header click sorts by, as a query's sort key.
  static data::SampleOrder::Key sortKey(int column);
  // Re-reads everything (after labels, imports or splits changed).
  void refresh();
  // Re-reads the rows shown but keeps which rows they are, the view's
  // scroll position and selection: after an edit of rows in the table, a
  // relabelled or deleted row stays where it was, with its new state.
  void reloadRows();
  // Records the annotate pane skipped (this run of the app): the flags column says so.
  void setSkippedTest(std::function<bool(qint64)> isSkipped) { isSkipped_ = std::move(isSkipped); }

  qint64 sampleId(int row) const;
  bool allFetched() const { return exhausted_; }
  int cachedPages() const { return static_cast<int>(pages_.size()); }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
  bool canFetchMore(const QModelIndex& parent = {}) const override;
  void fetchMore(const QModelIndex& parent = {}) override;
  // A verdict as the review column shows it (translated).
  static QString verdictText(data::Verdict v);

 private:
  const data::SampleRow* rowAt(int row) const;
  void clearCache() const;

  std::shared_ptr<data::SampleQuery> query_;
  data::LabelSchema schema_;
  data::SampleFilter filter_;
  data::SampleOrder order_;
  std::function<bool(qint64)> isSkipped_;
  std::vector<qint64> ids_;
  bool exhausted_ = true;
  // page index → rows; lru_ holds page indices, most recent first.
  mutable std::unordered_map<int, std::pair<std::vector<data::SampleRow>, std::list<int>::iterator>> pages_;
  mutable std::list<int> lru_;
};

}  // namespace assay
