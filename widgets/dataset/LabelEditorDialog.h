#pragma once
// Edits the project's label set: add labels, rename them (the store keeps
// every old name), reorder them (the order annotators see and keys 1-9
// follow; class ids never change), and give each a key, a colour and a
// description shown to annotators. Apply checks every row first and saves
// nothing when one is wrong; the dialog only presents, ProjectStore decides.
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace assay {

class ProjectContext;

class LabelEditorDialog : public QDialog {
  Q_OBJECT
 public:
  explicit LabelEditorDialog(ProjectContext* context, QWidget* parent = nullptr);

  // Rows shown (labels plus added ones not yet applied).
  int rowCount() const;
  // Selects `row` and moves it up or down one place.
  void moveRow(int row, int delta);
  // Appends an empty row for a new label and starts editing its name.
  void addRow();
  // Saves every row; false with the problem shown (and nothing saved) when a
  // row is wrong.
  bool apply();
  QString problemText() const;

 Q_SIGNALS:
  void applied();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void load();
  void retranslateUi();
  void chooseColour();
  void setColour(int row, const QString& colour);
  // Empty when every row can be saved, else the first problem.
  QString check() const;

  ProjectContext* context_;
  QTableWidget* table_ = nullptr;
  QPlainTextEdit* history_ = nullptr;
  QLabel* problem_ = nullptr;
  QLabel* historyLabel_ = nullptr;
  QPushButton* add_ = nullptr;
  QPushButton* up_ = nullptr;
  QPushButton* down_ = nullptr;
  QPushButton* colour_ = nullptr;
  QPushButton* apply_ = nullptr;
  QPushButton* close_ = nullptr;
};

}  // namespace assay
