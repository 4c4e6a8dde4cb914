#pragma once
// The dataset pane: filters, the virtualised sample table beside the
// annotators' agreement (a tab), the label distribution per split and the
// dataset's health warnings (tabs below), split controls and the import /
// export dialogs.
#include <QWidget>
#include <memory>
#include <vector>

#include "data/SampleQuery.h"
#include "common/PaneShortcuts.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QProgressBar;
class QPushButton;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace assay {

class AgreementPanel;
class BackgroundTask;
class HealthPanel;
class LabelDistributionChart;
class RecordActions;
class ProjectContext;
class SampleTableModel;
class SearchIndexBuilder;

class DatasetPane : public QWidget, public HasShortcuts {
  Q_OBJECT
 public:
  // Its keys for Help ▸ Keyboard Shortcuts (DatasetPaneShortcuts.cpp).
  std::vector<KeyHelp> shortcuts() const override;
  explicit DatasetPane(ProjectContext* context, QWidget* parent = nullptr);
  ~DatasetPane() override;

  SampleTableModel* model() const { return model_; }
  SearchIndexBuilder* searchIndex() const { return searchIndex_; }
  // The filter the controls describe.
  data::SampleFilter currentFilter() const;
  // Applies the controls now (the search box otherwise waits for typing to pause).
  void applyFilter();
  void openImportDialog(const QString& file = {});
  void openExportDialog();
  // The label editor (LabelEditorDialog), non-modal.
  void openLabelEditor();
  // Splits the project as the split controls say, in the background
  // (progress under the Split button); dataChanged() when it is stored.
  void applySplit();
  bool isSplitting() const;
  // Relabel, delete, restore, undo and the table's context menu.
  RecordActions* recordActions() const { return actions_; }
  QTableView* table() const { return table_; }
  // Sends the records the filter shows, in the table's order, to the
  // annotate pane for re-annotation (from `startId`: 0 the first).
  void reannotateFiltered(qint64 startId = 0);
  // Shows exactly these records in the table (a health warning's, the
  // duplicates the train pane found): the other filters are cleared and a
  // checkbox named after `title` holds the list until unticked.
  void showRecords(const std::vector<qint64>& ids, const QString& title);
  AgreementPanel* agreementPanel() const { return agreement_; }
  HealthPanel* healthPanel() const { return health_; }
  // Records | Agreement above, Label distribution | Health below.
  QTabWidget* views() const { return views_; }
  QTabWidget* lowerTabs() const { return lowerTabs_; }

 protected:
  void showEvent(QShowEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  // Texts in the current language (QEvent::LanguageChange: a live switch).
  void retranslateUi();
  void reload();
  void refreshData();
  void showStats();
  void fillFilterChoices();
  void updateCounts();
  void splitFinished();
  void recordsEdited(bool deletions, qint64 labeledDelta);
  // The health tab's title: its warning count, a warning icon when there are any.
  void showHealthCount();

  ProjectContext* context_;
  std::shared_ptr<data::SampleQuery> query_;
  SampleTableModel* model_ = nullptr;
  QTableView* table_ = nullptr;
  QLineEdit* search_ = nullptr;
  QComboBox* label_ = nullptr;
  QComboBox* split_ = nullptr;
  QComboBox* annotator_ = nullptr;
  QCheckBox* flagged_ = nullptr;
  QCheckBox* disagreement_ = nullptr;
  QComboBox* review_ = nullptr;
  QCheckBox* modelDisagrees_ = nullptr;
  QCheckBox* hasNote_ = nullptr;
  QCheckBox* deleted_ = nullptr;
  QCheckBox* likelyWrong_ = nullptr;
  QCheckBox* shownIds_ = nullptr;  // showRecords()'s list; hidden when there is none
  std::vector<qint64> shownIdList_;
  QString shownIdsTitle_;
  QTabWidget* views_ = nullptr;
  QTabWidget* lowerTabs_ = nullptr;
  AgreementPanel* agreement_ = nullptr;
  HealthPanel* health_ = nullptr;
  QPushButton* reannotateButton_ = nullptr;
  QLabel* editMessage_ = nullptr;
  RecordActions* actions_ = nullptr;
  bool ownEdit_ = false;  // this pane's edit is being announced: keep the rows, do not re-read them
  SearchIndexBuilder* searchIndex_ = nullptr;
  QLabel* counts_ = nullptr;
  QTimer* searchDelay_ = nullptr;
  LabelDistributionChart* chart_ = nullptr;
  QDoubleSpinBox* testFraction_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QCheckBox* reassign_ = nullptr;
  QPushButton* splitButton_ = nullptr;
  BackgroundTask* splitTask_ = nullptr;
  QProgressBar* splitProgress_ = nullptr;
  QString splitPath_;  // the project the running split works on
  QPushButton* importButton_ = nullptr;
  QPushButton* exportButton_ = nullptr;
  QPushButton* labelsButton_ = nullptr;
  QGroupBox* splitBox_ = nullptr;
  QLabel* testFractionLabel_ = nullptr;
  QLabel* seedLabel_ = nullptr;
  bool stale_ = false;  // labels changed elsewhere while hidden
};

}  // namespace assay
