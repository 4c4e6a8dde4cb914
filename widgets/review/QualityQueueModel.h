#pragma once
// The review pane's data-quality queues, which need no model run:
//   Conflicts: samples whose annotators' latest labels differ
//     (data::conflictingSamples), each annotator's label, the majority and
//     the final label a reviewer adjudicated, if any;
//   Flags: the latest flagger run's flags (data::latestRunFlags), open ones
//     first, each group most confident first: given label, suggested label,
//     out-of-fold probability of the suggestion, and what became of it.
// A decision updates its row in place (updateConflict / updateFlag): the
// reviewer sees what they decided, and the order holds until the next load.
#include <QAbstractTableModel>
#include <unordered_map>
#include <vector>

#include "data/Adjudication.h"
#include "data/LabelFlags.h"
#include "data/LabelSchema.h"

namespace assay {

enum class QualityQueue { Conflicts, Flags };

// A flag with the record it is about.
struct FlaggedRecord {
  data::StoredLabelFlag flag;
  QString text;  // a text's text; a pair's chosen side (prompt and response)
};

class QualityQueueModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum ConflictColumn { ConflictIdColumn, ConflictTextColumn, AnnotatorsColumn, MajorityColumn, FinalColumn };
  enum FlagColumn {
    FlagRankColumn,
    FlagIdColumn,
    FlagTextColumn,
    GivenColumn,
    SuggestedColumn,
    ProbabilityColumn,
    ResolutionColumn
  };
  explicit QualityQueueModel(QObject* parent = nullptr);

  void setConflicts(std::vector<data::ConflictingSample> conflicts, const data::LabelSchema& schema);
  void setFlags(std::vector<FlaggedRecord> flags, const data::LabelSchema& schema);
  QualityQueue queue() const { return queue_; }
  const data::LabelSchema& schema() const { return schema_; }

  // nullptr when `row` is out of range or of the other queue.
  const data::ConflictingSample* conflictAt(int row) const;
  const FlaggedRecord* flagAt(int row) const;
  int rowOfSample(qint64 sampleId) const;
  int adjudicatedCount() const;
  int openFlagCount() const;

  // After an adjudication (or its undo) of `sampleId`: its current one.
  void updateConflict(qint64 sampleId, const std::optional<data::Adjudication>& adjudication);
  // After a flag was accepted, dismissed or reopened: its stored state.
  void updateFlag(const data::StoredLabelFlag& flag);

  QString labelName(int id) const;
  // "accepted by lily", "dismissed by lily", "open"; a pair's labels by side.
  QString resolutionText(const data::StoredLabelFlag& flag) const;
  QString givenText(const data::StoredLabelFlag& flag) const;
  QString suggestedText(const data::StoredLabelFlag& flag) const;
  // "lily 正确 correct · tom 错误 wrong"
  QString annotatorsText(const data::ConflictingSample& conflict) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  QVariant conflictData(const data::ConflictingSample& c, int column, int role) const;
  QVariant flagData(const FlaggedRecord& f, int row, int column, int role) const;
  void indexRows();

  QualityQueue queue_ = QualityQueue::Conflicts;
  std::vector<data::ConflictingSample> conflicts_;
  std::vector<FlaggedRecord> flags_;
  std::unordered_map<qint64, int> rowOfSample_;
  data::LabelSchema schema_;
};

}  // namespace assay
