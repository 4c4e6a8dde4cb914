#pragma once
// The dataset table: a virtualised model over a project. It holds only the
// ids of the matching samples (fetched in chunks as the view scrolls, via
// canFetchMore/fetchMore) and a small LRU cache of row pages that data()
// fills on demand, so a 1,000,000-record project costs a few MB, not a copy
// of the data.
#include <QAbstractTableModel>
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
    FlagColumn,
    ColumnCount
  };
  static constexpr int kIdChunk = 20000;  // ids fetched per fetchMore()
  static constexpr int kPageSize = 100;   // rows loaded per cache page
  static constexpr int kMaxPages = 64;    // pages kept (LRU)
  static constexpr int kSampleIdRole = Qt::UserRole + 1;

  explicit SampleTableModel(QObject* parent = nullptr);
  ~SampleTableModel() override;

  // Shows a project (nullptr: nothing). Resets the filter.
  void setQuery(std::shared_ptr<data::SampleQuery> query, const data::LabelSchema& schema);
  void setFilter(const data::SampleFilter& filter);
  const data::SampleFilter& filter() const { return filter_; }
  // Re-reads everything (after labels, imports or splits changed).
  void refresh();

  qint64 sampleId(int row) const;
  bool allFetched() const { return exhausted_; }
  int cachedPages() const { return static_cast<int>(pages_.size()); }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
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
  std::vector<qint64> ids_;
  bool exhausted_ = true;
  // page index → rows; lru_ holds page indices, most recent first.
  mutable std::unordered_map<int, std::pair<std::vector<data::SampleRow>, std::list<int>::iterator>> pages_;
  mutable std::list<int> lru_;
};

}  // namespace assay
