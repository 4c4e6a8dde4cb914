#pragma once
// The dataset pane's agreement tab: how far the project's annotators agree
// (core's AgreementStats, each annotator's latest label per text sample).
// The pairwise Cohen's kappa matrix as a heat map with the samples each pair
// shares, Fleiss' kappa and Krippendorff's alpha, and per label how often
// annotators who saw the same sample both gave it (specific agreement).
//
// Computed on a worker with its own connection (a full pass over the
// annotations), only while the tab is shown: a change of labels elsewhere
// marks it stale and it recomputes when shown again, after a short pause
// (labelling a record a second does not start a pass a second).
#include <QWidget>
#include <vector>

#include "data/AgreementStats.h"
#include "data/LabelSchema.h"

class QLabel;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace assay {

class AgreementHeatMap;
class BackgroundTask;

class AgreementPanel : public QWidget {
  Q_OBJECT
 public:
  explicit AgreementPanel(QWidget* parent = nullptr);
  ~AgreementPanel() override;

  // The project to report on (empty: none); recomputes when shown.
  void setProject(const QString& path, const data::LabelSchema& schema);
  // Labels changed: recompute after a pause if shown, else when shown next.
  void refreshSoon();
  // Recomputes now (on the worker), shown or not.
  void refresh();
  bool isComputing() const;

  // The last report shown (empty before the first one).
  const data::AgreementReport& report() const { return report_; }
  AgreementHeatMap* heatMap() const { return heatMap_; }
  QTableWidget* perLabelTable() const { return perLabel_; }
  // Fleiss / Krippendorff and the counts, or why there is nothing to compare.
  QString summaryText() const;
  // True when the project has fewer than two annotators (a message instead of a chart).
  bool showsMessage() const;

 Q_SIGNALS:
  void updated();

 protected:
  void showEvent(QShowEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  void computed();
  void present();

  QString path_;
  data::LabelSchema schema_;
  BackgroundTask* task_ = nullptr;
  QTimer* delay_ = nullptr;
  bool stale_ = false;
  bool again_ = false;  // labels changed while computing: once more afterwards
  // Written by the job, read on its finished() signal.
  data::AgreementReport computedReport_;
  std::vector<qint64> computedRated_;
  data::AgreementReport report_;
  std::vector<qint64> rated_;  // samples each annotator labelled, in report_.annotators' order
  QString error_;
  QStackedWidget* pages_ = nullptr;
  QLabel* message_ = nullptr;
  QLabel* summary_ = nullptr;
  AgreementHeatMap* heatMap_ = nullptr;
  QTableWidget* perLabel_ = nullptr;
};

}  // namespace assay
