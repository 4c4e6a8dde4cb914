#include "dataset/SearchIndexBuilder.h"

#include "common/BackgroundTask.h"
#include "data/TextSearchIndex.h"

namespace assay {

SearchIndexBuilder::SearchIndexBuilder(QObject* parent) : QObject(parent) {}
SearchIndexBuilder::~SearchIndexBuilder() { delete task_; }  // cancels and joins a pass

bool SearchIndexBuilder::isBuilding() const { return task_ && task_->isRunning(); }

std::shared_ptr<const data::TextSearchIndex> SearchIndexBuilder::open(const QString& projectPath) {
  // A pass over the previous project stops at its next chunk; the new index
  // never sees its rows.
  delete task_;
  task_ = new BackgroundTask(this);
  connect(task_, &BackgroundTask::finished, this, &SearchIndexBuilder::passFinished);
  again_ = false;
  path_ = projectPath;
  index_ = projectPath.isEmpty() ? nullptr : std::make_shared<data::TextSearchIndex>();
  catchUp();
  return index_;
}

void SearchIndexBuilder::catchUp() {
  if (!index_) return;
  if (task_->isRunning()) {
    again_ = true;
    return;
  }
  again_ = false;
  task_->start([index = index_, path = path_](BackgroundTask& task) {
    index->catchUp(path, [&task]() { return task.isCancelled(); });
  });
}

void SearchIndexBuilder::passFinished() {
  Q_EMIT updated(task_->error());
  if (again_) catchUp();
}

}  // namespace assay
