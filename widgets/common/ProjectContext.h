#pragma once
// The open project shared by every pane: owns the ProjectStore, knows who is
// working (the annotator name every label is saved under) and tells panes when
// the data changed, so each can refresh what it shows.
//
// Project statistics and the annotator list need full scans (seconds on a
// 1,000,000-record project), so they are computed on a worker thread with a
// connection of its own; statsReady() says when they are current.
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

#include "data/LabelSchema.h"
#include "data/ProjectStore.h"

class QTimer;

namespace assay {

class BackgroundTask;

class ProjectContext : public QObject {
  Q_OBJECT
 public:
  explicit ProjectContext(QObject* parent = nullptr);
  ~ProjectContext() override;

  // Open / create a project; on failure `error` gets the store's message
  // (file and problem) and the current project stays open. A project that
  // cannot be written opens read-only (store()->readOnly()).
  bool open(const QString& path, QString* error, data::ProjectStore::Access access = data::ProjectStore::Access::Auto);
  bool create(const QString& path, data::SchemaKind kind, QString* error);
  bool create(const QString& path, const data::LabelSchema& labels, QString* error);
  void close();

  bool isOpen() const { return store_ != nullptr; }
  data::ProjectStore* store() const { return store_.get(); }
  QString path() const;

  // The latest statistics; nullptr until the first computation finished.
  const data::ProjectStats* stats() const { return stats_ ? &*stats_ : nullptr; }
  // Everyone who has labelled something (with the statistics).
  QStringList annotators() const { return annotators_; }
  // Recomputes statistics in the background (coalesces repeated requests).
  void refreshStats();

  QString annotator() const { return annotator_; }
  void setAnnotator(const QString& name);

  // Called by whoever changed samples or splits.
  void notifyDataChanged();
  // Called after single labels changed; statistics follow once labelling pauses.
  void notifyLabelsChanged();
  // Called after the label set changed (labels added, renamed, reordered,
  // keys, colours or descriptions): panes rebuild what shows labels.
  void notifyLabelSetChanged();
  // `delta` texts became labelled (negative: unlabelled) just now. The
  // statistics are corrected at once and statsReady() emitted, so the status
  // bar and the annotate pane's header show the same count after each label;
  // the recount that follows replaces the correction with the exact figures.
  void noteLabeledTexts(qint64 delta);

  // Asks the annotate pane to go through `ids` in this order, labelled ones
  // included (re-annotation), from `startId` (0: the first); `what` says
  // which records they are.
  void requestReannotation(const std::vector<qint64>& ids, const QString& what, qint64 startId = 0);

  // Records the annotate pane skipped in this run of the app (not saved):
  // the queue and the dataset table mark them.
  void markSkipped(qint64 sampleId, bool skipped = true);
  bool isSkipped(qint64 sampleId) const { return skipped_.contains(sampleId); }

 Q_SIGNALS:
  void projectOpened();
  void projectClosed();
  void dataChanged();
  void labelsChanged();
  void labelSetChanged();
  void statsReady();
  void annotatorChanged(const QString& name);
  void reannotationRequested(const std::vector<qint64>& ids, const QString& what, qint64 startId);

 private:
  void opened(std::unique_ptr<data::ProjectStore> store);
  void statsFinished();

  std::unique_ptr<data::ProjectStore> store_;
  data::ProjectStore::Access access_ = data::ProjectStore::Access::Auto;  // how store_ was opened
  QString annotator_;
  std::optional<data::ProjectStats> stats_;
  QStringList annotators_;
  BackgroundTask* statsTask_ = nullptr;
  bool statsAgain_ = false;
  QTimer* labelsDelay_ = nullptr;
  // Written by the stats job, read on its finished() signal.
  data::ProjectStats computedStats_;
  QStringList computedAnnotators_;
  QSet<qint64> skipped_;
};

}  // namespace assay
