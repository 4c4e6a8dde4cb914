#pragma once
// Imports one data file into the open project on a background thread, with a
// progress bar, a Cancel button (an import is one transaction: cancelling
// leaves the project exactly as it was) and the bad-input report: every
// skipped record with its file, line and problem.
#include <QDialog>
#include <functional>
#include <type_traits>

#include "data/ProjectStore.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace assay {

class BackgroundTask;

class ImportDialog : public QDialog {
  Q_OBJECT
 public:
  ImportDialog(const QString& projectPath, const QString& annotator, QWidget* parent = nullptr);
  ~ImportDialog() override;

  void setFile(const QString& file);
  // Starts the import (what the Import button does).
  void startImport();
  bool isRunning() const;
  QString reportText() const;
  const data::ImportSummary& summary() const { return summary_; }

 Q_SIGNALS:
  // The project changed (emitted only when records were imported).
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

  QString projectPath_;
  QString annotator_;
  QLineEdit* file_ = nullptr;
  QPushButton* browse_ = nullptr;
  QLabel* fileLabel_ = nullptr;
  QLabel* formatLabel_ = nullptr;
  QLabel* annotatorLabel_ = nullptr;
  QComboBox* format_ = nullptr;
  QProgressBar* bar_ = nullptr;
  QLabel* state_ = nullptr;
  QPlainTextEdit* report_ = nullptr;
  QPushButton* importButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  BackgroundTask* task_ = nullptr;
  data::ImportSummary summary_;
  std::function<QString()> stateText_;
  bool reportShown_ = false;  // the report holds a finished import's summary
};

}  // namespace assay
