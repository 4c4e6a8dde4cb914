#include "annotate/LabelPicker.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include "data/LabelSchema.h"

namespace assay {

LabelPicker::LabelPicker(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("labelPicker"));
  filter_ = new QLineEdit(this);
  filter_->setObjectName(QStringLiteral("labelFilter"));
  filter_->setClearButtonEnabled(true);
  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("labelList"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(filter_);
  layout->addWidget(list_, 1);
  resize(360, 420);
  connect(filter_, &QLineEdit::textChanged, this, &LabelPicker::applyFilter);
  connect(list_, &QListWidget::itemActivated, this, [this]() { accept(); });
  connect(filter_, &QLineEdit::returnPressed, this, [this]() { accept(); });
  // Up and Down move through the list while the filter keeps the focus.
  filter_->installEventFilter(this);
}

void LabelPicker::pick(const data::LabelSchema& schema, const std::vector<int>& order) {
  setWindowTitle(tr("Pick a label"));
  filter_->setPlaceholderText(tr("Type part of a label, Enter to apply, Esc to close"));
  list_->clear();
  for (int id : order) {
    const QString name = schema.nameOf(id), english = schema.englishOf(id);
    const QString text = name == english ? name : QStringLiteral("%1  (%2)").arg(name, english);
    auto* item = new QListWidgetItem(text, list_);
    item->setData(Qt::UserRole, id);
    item->setData(Qt::UserRole + 1, QString(name + QLatin1Char('\n') + english));
  }
  filter_->clear();
  applyFilter(QString());
  show();
  raise();
  activateWindow();
  filter_->setFocus(Qt::PopupFocusReason);
}

int LabelPicker::visibleCount() const {
  int n = 0;
  for (int i = 0; i < list_->count(); ++i) n += list_->item(i)->isHidden() ? 0 : 1;
  return n;
}

void LabelPicker::applyFilter(const QString& text) {
  const QString needle = text.trimmed();
  QListWidgetItem* first = nullptr;
  for (int i = 0; i < list_->count(); ++i) {
    QListWidgetItem* item = list_->item(i);
    const bool match =
        needle.isEmpty() || item->data(Qt::UserRole + 1).toString().contains(needle, Qt::CaseInsensitive);
    item->setHidden(!match);
    if (match && !first) first = item;
  }
  list_->setCurrentItem(first);
}

bool LabelPicker::eventFilter(QObject* watched, QEvent* event) {
  if (watched == filter_ && event->type() == QEvent::KeyPress) {
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
      int row = list_->currentRow();
      const int step = key == Qt::Key_Up ? -1 : 1;
      for (int r = row + step; r >= 0 && r < list_->count(); r += step)
        if (!list_->item(r)->isHidden()) {
          list_->setCurrentRow(r);
          break;
        }
      return true;
    }
  }
  return QDialog::eventFilter(watched, event);
}

void LabelPicker::accept() {
  QListWidgetItem* item = list_->currentItem();
  if (!item || item->isHidden()) return;  // nothing matches: stay open
  const int id = item->data(Qt::UserRole).toInt();
  QDialog::accept();
  Q_EMIT picked(id);
}

}  // namespace assay
