#pragma once
// The review pane's record view: the selected record's whole text (the
// table's text column is one cut line), its metadata and notes, every
// probability of the model (highest first), the verdicts and the label
// history (who labelled what, when). For a conflicting sample, each
// annotator's latest label, the majority and the adjudications; for a
// likely-wrong-label flag, why it was flagged. Read from the store when the
// selection changes; shows, never edits.
#include <QWidget>

#include "review/PredictionRun.h"

class QTextBrowser;

namespace assay {

namespace data {
class ProjectStore;
struct ConflictingSample;
struct Sample;
}  // namespace data
struct FlaggedRecord;
class QualityQueueModel;
class ReviewTableModel;

class ReviewDetailPane : public QWidget {
  Q_OBJECT
 public:
  explicit ReviewDetailPane(QWidget* parent = nullptr);
  // `table` names labels and verdicts as the list does.
  void showRecord(const data::ProjectStore& store, const ReviewRow& row, const ReviewTableModel& table);
  void showConflict(const data::ProjectStore& store, const data::ConflictingSample& conflict,
                    const QualityQueueModel& queue);
  void showFlag(const data::ProjectStore& store, const FlaggedRecord& flagged, const QualityQueueModel& queue);
  void clear();
  qint64 sampleId() const { return sampleId_; }
  QString plainText() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  // Where the record comes from and its text (a pair's prompt and both sides).
  QString headHtml(const data::Sample& sample) const;
  QString historyHtml(const data::ProjectStore& store, const data::Sample& sample) const;

  QTextBrowser* view_ = nullptr;
  qint64 sampleId_ = 0;
};

}  // namespace assay
