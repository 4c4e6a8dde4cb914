#pragma once
// The open project shared by every pane: owns the ProjectStore, knows who is
// working (the annotator name every label is saved under) and tells panes when
// the data changed, so each can refresh what it shows.
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "data/LabelSchema.h"
#include "data/ProjectStore.h"

namespace assay {

class ProjectContext : public QObject {
  Q_OBJECT
 public:
  explicit ProjectContext(QObject* parent = nullptr);
  ~ProjectContext() override;

  // Open / create a project; on failure `error` gets the store's message
  // (file and problem) and the current project stays open.
  bool open(const QString& path, QString* error);
  bool create(const QString& path, data::SchemaKind kind, QString* error);
  void close();

  bool isOpen() const { return store_ != nullptr; }
  data::ProjectStore* store() const { return store_.get(); }
  QString path() const;

  // Project statistics, computed once and kept until the data changes
  // (a full scan: on a 1,000,000-record project every pane asking for it
  // separately would triple the time to open).
  const data::ProjectStats& stats();

  QString annotator() const { return annotator_; }
  void setAnnotator(const QString& name);

  // Called by whoever changed samples, labels or splits.
  void notifyDataChanged();
  // Called after single labels changed (cheap: views refresh when next shown).
  void notifyLabelsChanged();

 Q_SIGNALS:
  void projectOpened();
  void projectClosed();
  void dataChanged();
  void labelsChanged();
  void annotatorChanged(const QString& name);

 private:
  std::unique_ptr<data::ProjectStore> store_;
  QString annotator_;
  std::optional<data::ProjectStats> stats_;
};

}  // namespace assay
