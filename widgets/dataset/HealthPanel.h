#pragma once
// The dataset pane's health tab: what in the project makes a reward model
// worse however long it trains (core's DatasetHealth: duplicates, conflicting
// labels, train/test overlap, class imbalance, low diversity, length
// outliers, truncated texts), one row a warning with its count. Clicking a
// warning asks the pane to show its example records in the table.
//
// Computed on a worker with its own connection, a second after the data or
// labels last changed (an import, a relabel): a full pass with MinHash took
// 23 s for 1,000,000 records on a shared 2-core machine (bench/health).
#include <QWidget>
#include <vector>

#include "data/DatasetHealth.h"

class QLabel;
class QTreeWidget;
class QTimer;

namespace assay {

class BackgroundTask;

class HealthPanel : public QWidget {
  Q_OBJECT
 public:
  // Examples a warning keeps for its click-through (core's default is 20).
  static constexpr int kExamples = 1000;

  explicit HealthPanel(QWidget* parent = nullptr);
  ~HealthPanel() override;

  // The project to check (empty: none); checks it after the pause.
  void setProject(const QString& path);
  // The data or labels changed: checks again after a pause.
  void refreshSoon();
  // Checks now (on the worker).
  void refresh();
  bool isComputing() const;

  // The last report shown (no warnings before the first one).
  const data::HealthReport& report() const { return report_; }
  QTreeWidget* list() const { return list_; }
  // Asks for warning `row`'s example records (recordsRequested).
  void openWarning(int row);
  // A short name for a warning code in the current language ("Low diversity").
  static QString codeTitle(const QString& code);

 Q_SIGNALS:
  void updated();
  // Show these records (a warning's examples); `title` names the warning.
  void recordsRequested(const std::vector<qint64>& ids, const QString& title);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void computed();
  void present();

  QString path_;
  BackgroundTask* task_ = nullptr;
  QTimer* delay_ = nullptr;
  bool again_ = false;                 // the data changed while checking: once more afterwards
  data::HealthReport computedReport_;  // written by the job, read on its finished() signal
  data::HealthReport report_;
  bool checked_ = false;  // report_ is a finished check of path_
  QString error_;
  QLabel* status_ = nullptr;
  QTreeWidget* list_ = nullptr;
};

}  // namespace assay
