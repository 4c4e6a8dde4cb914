#include "common/ProjectContext.h"

#include <QTimer>
#include <algorithm>

#include "common/BackgroundTask.h"
#include "data/SampleQuery.h"

namespace assay {

ProjectContext::ProjectContext(QObject* parent) : QObject(parent) {
  statsTask_ = new BackgroundTask(this);
  connect(statsTask_, &BackgroundTask::finished, this, &ProjectContext::statsFinished);
  labelsDelay_ = new QTimer(this);
  labelsDelay_->setSingleShot(true);
  labelsDelay_->setInterval(1500);
  connect(labelsDelay_, &QTimer::timeout, this, &ProjectContext::refreshStats);
}

ProjectContext::~ProjectContext() {
  // Join the stats job before the members it writes are destroyed (Qt would
  // delete the child task only after them).
  delete statsTask_;
}

bool ProjectContext::open(const QString& path, QString* error, data::ProjectStore::Access access) {
  try {
    auto store = data::ProjectStore::open(path, access);
    access_ = access;
    opened(std::move(store));
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
  return true;
}

bool ProjectContext::create(const QString& path, data::SchemaKind kind, QString* error) {
  return create(path, data::LabelSchema::forKind(kind), error);
}

bool ProjectContext::create(const QString& path, const data::LabelSchema& labels, QString* error) {
  try {
    auto store = data::ProjectStore::create(path, labels);
    access_ = data::ProjectStore::Access::Auto;
    opened(std::move(store));
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
  return true;
}

void ProjectContext::opened(std::unique_ptr<data::ProjectStore> store) {
  close();
  store_ = std::move(store);
  Q_EMIT projectOpened();
  refreshStats();
}

void ProjectContext::close() {
  if (!store_) return;
  statsTask_->cancel();
  statsAgain_ = false;
  labelsDelay_->stop();
  store_.reset();
  stats_.reset();
  annotators_.clear();
  skipped_.clear();
  Q_EMIT projectClosed();
}

QString ProjectContext::path() const { return store_ ? store_->path() : QString(); }

void ProjectContext::refreshStats() {
  if (!store_) return;
  if (statsTask_->isRunning()) {
    statsAgain_ = true;  // the running count may miss the latest change
    return;
  }
  const QString path = store_->path();
  const data::ProjectStore::Access access = access_;
  statsTask_->start([this, path, access](BackgroundTask&) {
    // Connections of its own: a store belongs to the thread that opened it.
    auto store = data::ProjectStore::open(path, access);
    computedStats_ = store->stats();
    computedAnnotators_ = data::SampleQuery(path).annotators();
  });
}

void ProjectContext::statsFinished() {
  // A cancelled job counted a project that is no longer open.
  if (store_ && !statsTask_->wasCancelled() && statsTask_->error().isEmpty()) {
    stats_ = computedStats_;
    annotators_ = computedAnnotators_;
    Q_EMIT statsReady();
  }
  if (statsAgain_ && store_) {
    statsAgain_ = false;
    refreshStats();
  }
}

void ProjectContext::setAnnotator(const QString& name) {
  const QString trimmed = name.trimmed();
  if (trimmed.isEmpty() || trimmed == annotator_) return;
  annotator_ = trimmed;
  Q_EMIT annotatorChanged(annotator_);
}

void ProjectContext::notifyDataChanged() {
  Q_EMIT dataChanged();
  refreshStats();
}

void ProjectContext::notifyLabelsChanged() {
  Q_EMIT labelsChanged();
  labelsDelay_->start();
}

void ProjectContext::noteLabeledTexts(qint64 delta) {
  if (!stats_ || delta == 0) return;
  stats_->all.unlabeled = std::max<qint64>(0, stats_->all.unlabeled - delta);
  Q_EMIT statsReady();
}

void ProjectContext::requestReannotation(const std::vector<qint64>& ids, const QString& what, qint64 startId) {
  if (store_) Q_EMIT reannotationRequested(ids, what, startId);
}

void ProjectContext::markSkipped(qint64 sampleId, bool skipped) {
  if (skipped) skipped_.insert(sampleId);
  else skipped_.remove(sampleId);
}

void ProjectContext::notifyLabelSetChanged() {
  Q_EMIT labelSetChanged();
  refreshStats();  // per-label counts are keyed by the labels
}

}  // namespace assay
