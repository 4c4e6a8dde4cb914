#include "annotate/AnnotationSession.h"

#include <algorithm>

#include "data/ProjectStore.h"

namespace assay {

void AnnotationSession::start(std::vector<qint64> unlabeled, QueueOrder order, uint32_t seed,
                              const std::unordered_map<qint64, double>& certainty) {
  queue_ = order == QueueOrder::MostUncertain ? orderByUncertainty(std::move(unlabeled), certainty)
                                              : orderQueue(std::move(unlabeled), order, seed);
  undo_.clear();
  position_ = 0;
  session_ = 0;
  clock_.start();
}

void AnnotationSession::startInOrder(std::vector<qint64> ids, qint64 startId) {
  queue_ = std::move(ids);
  undo_.clear();
  const auto at = std::find(queue_.begin(), queue_.end(), startId);
  position_ = at == queue_.end() ? 0 : static_cast<int>(at - queue_.begin());
  session_ = 0;
  clock_.start();
}

void AnnotationSession::clear() {
  queue_.clear();
  undo_.clear();
  position_ = 0;
}

qint64 AnnotationSession::currentSampleId() const {
  return position_ >= 0 && position_ < size() ? queue_[static_cast<size_t>(position_)] : 0;
}

void AnnotationSession::forward() {
  if (position_ < size()) ++position_;
}

void AnnotationSession::back() {
  if (position_ > 0) --position_;
}

bool AnnotationSession::label(data::ProjectStore& store, const QString& annotator, int label, const QString& note) {
  const qint64 id = currentSampleId();
  if (id == 0) return false;
  const int previous = store.sample(id).label;
  store.annotate(id, annotator, label, note);
  // The annotation just written is the sample's newest: its id is what undo retracts.
  const qint64 annotationId = store.annotations(id).back().id;
  undo_.push_back({id, annotationId, previous, position_});
  if (previous < 0) ++labeled_;
  ++session_;
  ++today_;
  ++position_;
  return true;
}

bool AnnotationSession::undo(data::ProjectStore& store, const QString& annotator) {
  if (undo_.empty()) return false;
  const UndoEntry entry = undo_.back();
  store.retractAnnotation(entry.annotationId, entry.previousLabel, annotator);
  undo_.pop_back();
  if (entry.previousLabel < 0) --labeled_;
  --session_;
  --today_;
  position_ = entry.position;
  return true;
}

void AnnotationSession::setTotals(qint64 labeled, qint64 total) {
  labeled_ = labeled;
  total_ = total;
}

int AnnotationSession::perHour(qint64 labels, qint64 elapsedMs) {
  if (labels <= 0) return 0;
  const double hours = std::max(elapsedMs, qint64(60000)) / 3.6e6;
  return qRound(labels / hours);
}

}  // namespace assay
