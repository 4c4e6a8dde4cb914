#include "common/ProjectContext.h"

#include "data/ProjectStore.h"

namespace assay {

ProjectContext::ProjectContext(QObject* parent) : QObject(parent) {}
ProjectContext::~ProjectContext() = default;

bool ProjectContext::open(const QString& path, QString* error) {
  try {
    auto store = data::ProjectStore::open(path);
    close();
    store_ = std::move(store);
    stats_.reset();
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
  Q_EMIT projectOpened();
  return true;
}

bool ProjectContext::create(const QString& path, data::SchemaKind kind, QString* error) {
  try {
    auto store = data::ProjectStore::create(path, kind);
    close();
    store_ = std::move(store);
    stats_.reset();
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
  Q_EMIT projectOpened();
  return true;
}

void ProjectContext::close() {
  if (!store_) return;
  store_.reset();
  stats_.reset();
  Q_EMIT projectClosed();
}

QString ProjectContext::path() const { return store_ ? store_->path() : QString(); }

void ProjectContext::setAnnotator(const QString& name) {
  const QString trimmed = name.trimmed();
  if (trimmed.isEmpty() || trimmed == annotator_) return;
  annotator_ = trimmed;
  Q_EMIT annotatorChanged(annotator_);
}

const data::ProjectStats& ProjectContext::stats() {
  static const data::ProjectStats kNone;
  if (!store_) return kNone;
  if (!stats_) stats_ = store_->stats();
  return *stats_;
}

void ProjectContext::notifyDataChanged() {
  stats_.reset();
  Q_EMIT dataChanged();
}

void ProjectContext::notifyLabelsChanged() {
  stats_.reset();
  Q_EMIT labelsChanged();
}

}  // namespace assay
