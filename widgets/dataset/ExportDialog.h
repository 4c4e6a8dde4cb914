#pragma once
// Exports a split of the open project in one of the exchange formats on a
// background thread, with progress, Cancel (the partial file is removed) and
// a summary of what the format could not hold. "Only reviewed samples"
// writes the samples a reviewer gave a verdict (the review pane opens the
// dialog with it on); "only the N records the filter shows" writes exactly
// the dataset pane's current selection (setFilter). The format starts at the
// one that holds the project (ProjectStore::defaultExportFormat).
#include <QDialog>
#include <functional>
#include <type_traits>

#include "data/SampleQuery.h"
#include "data/SampleWriter.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace assay {

class BackgroundTask;

class ExportDialog : public QDialog {
  Q_OBJECT
 public:
  ExportDialog(const QString& projectPath, QWidget* parent = nullptr);
  ~ExportDialog() override;

  void setOutput(const QString& path, data::Format format, data::Split split);
  void setReviewedOnly(bool on);
  // Offers "only the records this filter shows" (counted now); an empty
  // filter offers nothing. On by choice, not by default.
  void setFilter(const data::SampleFilter& filter);
  void setFilteredOnly(bool on);
  qint64 filteredCount() const { return filteredCount_; }
  data::Format format() const;
  void startExport();
  bool isRunning() const;
  QString stateText() const;

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
  void chooseOutput();
  void onFinished();
  // The split and the two "only" choices exclude one another.
  void updateChoices();

  QString projectPath_;
  QLineEdit* output_ = nullptr;
  QPushButton* browse_ = nullptr;
  QLabel* outputLabel_ = nullptr;
  QLabel* formatLabel_ = nullptr;
  QLabel* splitLabel_ = nullptr;
  QComboBox* format_ = nullptr;
  QComboBox* split_ = nullptr;
  QCheckBox* reviewedOnly_ = nullptr;
  QCheckBox* filteredOnly_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
  data::SampleFilter filter_;
  qint64 filteredCount_ = -1;  // -1: no filter offered
  QProgressBar* bar_ = nullptr;
  QLabel* state_ = nullptr;
  QPushButton* exportButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  BackgroundTask* task_ = nullptr;
  data::ExportResult result_;
  QString runningOutput_;
  std::function<QString()> stateText_;
};

}  // namespace assay
