#pragma once
// The annotate pane's re-annotation controls: the bar shown while the queue
// is a list of records asked for from the dataset pane ("Re-annotating …",
// Leave), and the offer shown when nothing is left to label (re-annotate
// everything, or the records the model disagrees with). Presentation only:
// the pane builds the queues.
#include <QObject>

class QLabel;
class QPushButton;
class QWidget;

namespace assay {

class ReannotationControls : public QObject {
  Q_OBJECT
 public:
  explicit ReannotationControls(QWidget* parent);

  QWidget* bar() const { return bar_; }
  QWidget* offer() const { return offer_; }
  // The bar says which records are being re-annotated.
  void showBar(const QString& what);
  void hideBar();
  void retranslateUi();

 Q_SIGNALS:
  void leaveClicked();
  void allClicked();
  void disagreementsClicked();

 private:
  QWidget* bar_ = nullptr;
  QLabel* what_ = nullptr;
  QString whatText_;
  QPushButton* leave_ = nullptr;
  QWidget* offer_ = nullptr;
  QPushButton* all_ = nullptr;
  QPushButton* disagreements_ = nullptr;
};

}  // namespace assay
