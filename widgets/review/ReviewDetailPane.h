#pragma once
// The review pane's record view: the selected record's whole text (the
// table's text column is one cut line), its metadata and notes, every
// probability of the model (highest first), the verdicts and the label
// history (who labelled what, when). Read from the store when the selection
// changes; shows, never edits.
#include <QWidget>

#include "review/PredictionRun.h"

class QTextBrowser;

namespace assay {

namespace data {
class ProjectStore;
}
class ReviewTableModel;

class ReviewDetailPane : public QWidget {
  Q_OBJECT
 public:
  explicit ReviewDetailPane(QWidget* parent = nullptr);
  // `table` names labels and verdicts as the list does.
  void showRecord(const data::ProjectStore& store, const ReviewRow& row, const ReviewTableModel& table);
  void clear();
  qint64 sampleId() const { return sampleId_; }
  QString plainText() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  QTextBrowser* view_ = nullptr;
  qint64 sampleId_ = 0;
};

}  // namespace assay
