#pragma once
// Imports one data file into the open project on a background thread, with a
// preview of the first records and the format they are read as, a progress
// bar, a Cancel button (an import is one transaction: cancelling leaves the
// project exactly as it was) and the bad-input report: every skipped record
// with its file, line and problem. Records already in the project add no
// sample unless "import duplicates" is ticked; the file's labels are
// credited to the name in "Labels by" (default import:<file name>), never
// silently to the person at the keyboard.
#include <QDialog>
#include <functional>
#include <type_traits>

#include "data/ImportPreview.h"
#include "data/ProjectStore.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace assay {

class BackgroundTask;

class ImportDialog : public QDialog {
  Q_OBJECT
 public:
  // `currentUser` is only named in the hint of the "Labels by" field: an
  // import is not their labelling unless they type their name there.
  ImportDialog(const QString& projectPath, const QString& currentUser, QWidget* parent = nullptr);
  ~ImportDialog() override;

  void setFile(const QString& file);
  // Empty: the file's own name, import:<file name>.
  void setAnnotator(const QString& name);
  void setAllowDuplicates(bool on);
  // Starts the import (what the Import button does).
  void startImport();
  bool isRunning() const;
  QString reportText() const;
  const data::ImportSummary& summary() const { return summary_; }
  // The preview shown now: the first records and the detected format.
  const data::ImportPreview& preview() const { return preview_; }
  QString detectedFormatText() const;

 Q_SIGNALS:
  // The project changed (emitted when records were imported or labels of
  // records already present were added).
  void imported(qint64 count);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  // Texts in the current language (QEvent::LanguageChange: a live switch).
  void retranslateUi();
  // The state line is kept as a recipe, not a string, so that a language
  // switch can say the same thing again in the new language. A recipe must
  // return QString itself: under QT_USE_QSTRINGBUILDER `a + b` is a
  // QStringBuilder that refers to the recipe's temporaries, which are freed
  // before std::function converts it to QString.
  template <typename Recipe>
  void setState(Recipe text) {
    static_assert(std::is_same_v<std::invoke_result_t<Recipe&>, QString>, "a state recipe must return QString");
    setStateRecipe(std::move(text));
  }
  void setStateRecipe(std::function<QString()> text);
  void chooseFile();
  void onFinished();
  void showReport();
  // Reads the first records of the chosen file (a few KB, on this thread).
  void refreshPreview();
  void showPreview();
  QString annotatorForImport() const;

  QString projectPath_;
  QString currentUser_;
  QLineEdit* file_ = nullptr;
  QPushButton* browse_ = nullptr;
  QLabel* fileLabel_ = nullptr;
  QLabel* formatLabel_ = nullptr;
  QLabel* annotatorLabel_ = nullptr;
  QComboBox* format_ = nullptr;
  QLineEdit* annotator_ = nullptr;
  QCheckBox* allowDuplicates_ = nullptr;
  QLabel* previewTitle_ = nullptr;
  QTableWidget* previewTable_ = nullptr;
  QProgressBar* bar_ = nullptr;
  QLabel* state_ = nullptr;
  QPlainTextEdit* report_ = nullptr;
  QPushButton* importButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
  BackgroundTask* task_ = nullptr;
  data::ImportSummary summary_;
  data::ImportPreview preview_;
  data::LabelSchema labels_;  // the project's, for the preview's label names
  QString previewedFor_;      // the file and format the preview shows
  std::function<QString()> stateText_;
  bool reportShown_ = false;  // the report holds a finished import's summary
};

}  // namespace assay
