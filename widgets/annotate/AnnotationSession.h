#pragma once
// The annotate pane's state, apart from its widgets: the queue and the
// position in it, the undo stack of this session's labels, and the counts
// behind the progress line (labelled / total, today, labels per hour). It
// saves and retracts labels through the project store; the pane only shows
// what it holds. No QWidget: tests drive it without an application object.
#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "annotate/AnnotationQueue.h"

namespace assay {

namespace data {
class ProjectStore;
}

class AnnotationSession {
 public:
  // A new queue of `unlabeled` ids in `order` (MostUncertain ranks by
  // `certainty`): position 0, no undo, the session count and clock restart.
  void start(std::vector<qint64> unlabeled, QueueOrder order, uint32_t seed,
             const std::unordered_map<qint64, double>& certainty = {});
  // A queue of `ids` in the order given (re-annotation of a filter or a
  // selection, labelled records included), at `startId` (or the first).
  void startInOrder(std::vector<qint64> ids, qint64 startId = 0);
  // No queue (the project was closed or another opened).
  void clear();
  const std::vector<qint64>& queue() const { return queue_; }

  qint64 currentSampleId() const;  // 0 past the end or with no queue
  int position() const { return position_; }
  int size() const { return static_cast<int>(queue_.size()); }
  bool isEmpty() const { return queue_.empty(); }
  void forward();  // also skip: the sample stays unlabelled
  void back();

  // Saves `label` (with `note`) for the current sample as `annotator`,
  // remembers how to undo it and moves on. Throws StoreError (nothing
  // changes here then); false when there is no current sample.
  bool label(data::ProjectStore& store, const QString& annotator, int label, const QString& note);
  // Retracts the most recent label of this session, in the project too, and
  // returns to its sample. Throws StoreError; false when there is none.
  bool undo(data::ProjectStore& store, const QString& annotator);
  bool canUndo() const { return !undo_.empty(); }

  // The progress line's counts. Totals come from the project's statistics;
  // `today` from its annotations; the session's labels are counted here.
  void setTotals(qint64 labeled, qint64 total);
  void setToday(qint64 today) { today_ = today; }
  qint64 labeled() const { return labeled_; }
  qint64 total() const { return total_; }
  qint64 today() const { return today_; }
  qint64 sessionLabels() const { return session_; }
  // Labels per hour since start(), over at least a minute (so the first
  // label does not read as thousands an hour).
  int perHour() const { return perHour(session_, elapsedMs()); }
  qint64 elapsedMs() const { return clock_.isValid() ? clock_.elapsed() : 0; }
  // Below this a rate per hour says more about the first labels than the
  // pace (20 seconds and 10 labels read as 1,800 an hour): show a count instead.
  static constexpr qint64 kRateAfterMs = 5 * 60 * 1000;
  static int perHour(qint64 labels, qint64 elapsedMs);

 private:
  struct UndoEntry {
    qint64 sampleId;
    qint64 annotationId;
    int previousLabel;
    int position;
  };
  std::vector<qint64> queue_;
  int position_ = 0;
  std::vector<UndoEntry> undo_;
  qint64 labeled_ = 0, total_ = 0, today_ = 0, session_ = 0;
  QElapsedTimer clock_;
};

}  // namespace assay
