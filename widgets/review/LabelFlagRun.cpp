#include "review/LabelFlagRun.h"

#include "common/BackgroundTask.h"
#include "data/ProjectStore.h"

namespace assay {

LabelFlagRun::LabelFlagRun(QObject* parent) : QObject(parent) {
  task_ = new BackgroundTask(this);
  connect(task_, &BackgroundTask::progress, this, &LabelFlagRun::progress);
  connect(task_, &BackgroundTask::finished, this, &LabelFlagRun::finished);
}

LabelFlagRun::~LabelFlagRun() {
  cancel_ = true;
  delete task_;  // joins before cancel_ and result_ go away
}

bool LabelFlagRun::isRunning() const { return task_->isRunning(); }
QString LabelFlagRun::error() const { return task_->error(); }
bool LabelFlagRun::wasCancelled() const { return task_->wasCancelled(); }

void LabelFlagRun::cancel() {
  cancel_ = true;
  task_->cancel();
}

void LabelFlagRun::start(const QString& projectPath, const QString& reviewer, const FlaggerOptions& options) {
  if (task_->isRunning()) return;
  cancel_ = false;
  result_ = {};
  task_->start([this, projectPath, reviewer, options](BackgroundTask& task) {
    const auto store = data::ProjectStore::open(projectPath);
    FlaggerControl control;
    control.cancel = &cancel_;
    control.progress = [&task](int done, int total) { task.report(done, total); };
    try {
      result_ = flagProject(*store, options, control, reviewer);
    } catch (const FlaggingCancelled&) {
      throw BackgroundTask::Cancelled();
    }
  });
}

}  // namespace assay
