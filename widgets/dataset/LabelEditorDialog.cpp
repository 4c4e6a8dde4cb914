#include "dataset/LabelEditorDialog.h"

#include <QColorDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <map>

#include "common/ProjectContext.h"
#include "data/ProjectStore.h"

namespace assay {

namespace {

enum Column { kName, kEnglish, kKey, kColour, kDescription, kColumns };

QString cell(const QTableWidget* t, int row, int column) {
  const QTableWidgetItem* item = t->item(row, column);
  return item ? item->text().trimmed() : QString();
}

}  // namespace

LabelEditorDialog::LabelEditorDialog(ProjectContext* context, QWidget* parent) : QDialog(parent), context_(context) {
  setObjectName(QStringLiteral("labelEditor"));
  table_ = new QTableWidget(0, kColumns, this);
  table_->setObjectName(QStringLiteral("labelTable"));
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->horizontalHeader()->setStretchLastSection(true);
  add_ = new QPushButton(this);
  up_ = new QPushButton(this);
  down_ = new QPushButton(this);
  colour_ = new QPushButton(this);
  apply_ = new QPushButton(this);
  apply_->setObjectName(QStringLiteral("applyLabels"));
  apply_->setDefault(true);
  close_ = new QPushButton(this);
  up_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
  down_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
  add_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
  connect(add_, &QPushButton::clicked, this, &LabelEditorDialog::addRow);
  connect(up_, &QPushButton::clicked, this, [this]() { moveRow(table_->currentRow(), -1); });
  connect(down_, &QPushButton::clicked, this, [this]() { moveRow(table_->currentRow(), 1); });
  connect(colour_, &QPushButton::clicked, this, &LabelEditorDialog::chooseColour);
  connect(apply_, &QPushButton::clicked, this, &LabelEditorDialog::apply);
  connect(close_, &QPushButton::clicked, this, &QDialog::reject);
  problem_ = new QLabel(this);
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #b03a2e"));
  historyLabel_ = new QLabel(this);
  history_ = new QPlainTextEdit(this);
  history_->setReadOnly(true);
  history_->setMaximumHeight(110);

  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {add_, up_, down_, colour_}) buttons->addWidget(b);
  buttons->addStretch(1);
  buttons->addWidget(apply_);
  buttons->addWidget(close_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_, 1);
  layout->addWidget(problem_);
  layout->addLayout(buttons);
  layout->addWidget(historyLabel_);
  layout->addWidget(history_);
  resize(820, 520);
  retranslateUi();
  load();
}

void LabelEditorDialog::changeEvent(QEvent* event) {
  QDialog::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslateUi();
}

void LabelEditorDialog::retranslateUi() {
  setWindowTitle(tr("Labels"));
  table_->setHorizontalHeaderLabels(
      {tr("Name"), tr("English"), tr("Key"), tr("Colour"), tr("Description (shown to annotators)")});
  add_->setText(tr("Add label"));
  up_->setText(tr("Move up"));
  down_->setText(tr("Move down"));
  colour_->setText(tr("Colour…"));
  apply_->setText(tr("Apply"));
  close_->setText(tr("Close"));
  historyLabel_->setText(tr("Renames (kept in the project):"));
  up_->setToolTip(tr("The order annotators see; keys 1-9 follow it (Ctrl+Up)"));
  table_->setToolTip(tr("Key: one letter or digit of the label's own (not S, E, L, Y or N); empty: its place, 1-9"));
}

void LabelEditorDialog::load() {
  table_->setRowCount(0);
  problem_->clear();
  history_->clear();
  if (!context_->isOpen()) return;
  const data::ProjectStore* store = context_->store();
  const data::LabelSchema& schema = store->labelSchema();
  const auto details = store->labelDetails();
  for (int id : store->labelOrder()) {
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto* name = new QTableWidgetItem(schema.nameOf(id));
    name->setData(Qt::UserRole, id);
    table_->setItem(row, kName, name);
    table_->setItem(row, kEnglish, new QTableWidgetItem(schema.englishOf(id)));
    table_->setItem(row, kKey, new QTableWidgetItem(details[size_t(id)].key));
    table_->setItem(row, kColour, new QTableWidgetItem());
    setColour(row, details[size_t(id)].color);
    table_->setItem(row, kDescription, new QTableWidgetItem(details[size_t(id)].description));
    table_->setVerticalHeaderItem(row, new QTableWidgetItem(QStringLiteral("%1").arg(id)));
  }
  for (const data::LabelRename& r : store->labelRenames())
    history_->appendPlainText(
        QStringLiteral("%1  %2 → %3  (%4)")
            .arg(r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 r.oldName == r.oldEnglish ? r.oldName : r.oldName + QLatin1Char('/') + r.oldEnglish,
                 r.newName == r.newEnglish ? r.newName : r.newName + QLatin1Char('/') + r.newEnglish, r.renamedBy));
  table_->resizeColumnsToContents();
}

int LabelEditorDialog::rowCount() const { return table_->rowCount(); }
QString LabelEditorDialog::problemText() const { return problem_->text(); }

void LabelEditorDialog::addRow() {
  const int row = table_->rowCount();
  table_->insertRow(row);
  auto* name = new QTableWidgetItem();
  name->setData(Qt::UserRole, -1);
  table_->setItem(row, kName, name);
  for (int c = kEnglish; c < kColumns; ++c) table_->setItem(row, c, new QTableWidgetItem());
  table_->setVerticalHeaderItem(row, new QTableWidgetItem(tr("new")));
  table_->setCurrentCell(row, kName);
  table_->editItem(name);
}

void LabelEditorDialog::moveRow(int row, int delta) {
  const int to = row + delta;
  if (row < 0 || to < 0 || to >= table_->rowCount()) return;
  for (int c = 0; c < kColumns; ++c) {
    QTableWidgetItem* a = table_->takeItem(row, c);
    QTableWidgetItem* b = table_->takeItem(to, c);
    table_->setItem(row, c, b);
    table_->setItem(to, c, a);
  }
  QTableWidgetItem* ha = table_->takeVerticalHeaderItem(row);
  QTableWidgetItem* hb = table_->takeVerticalHeaderItem(to);
  table_->setVerticalHeaderItem(row, hb);
  table_->setVerticalHeaderItem(to, ha);
  table_->setCurrentCell(to, table_->currentColumn() < 0 ? kName : table_->currentColumn());
}

void LabelEditorDialog::setColour(int row, const QString& colour) {
  QTableWidgetItem* item = table_->item(row, kColour);
  item->setText(colour);
  item->setBackground(colour.isEmpty() ? QBrush() : QBrush(QColor(colour)));
}

void LabelEditorDialog::chooseColour() {
  const int row = table_->currentRow();
  if (row < 0) return;
  const QColor start(cell(table_, row, kColour));
  const QColor chosen = QColorDialog::getColor(start.isValid() ? start : Qt::white, this, tr("Label colour"));
  if (chosen.isValid()) setColour(row, chosen.name());
}

QString LabelEditorDialog::check() const {
  static const QRegularExpression kColourText(QStringLiteral("^#[0-9a-fA-F]{6}$"));
  QSet<QString> spellings, keys;
  for (int row = 0; row < table_->rowCount(); ++row) {
    const QString name = cell(table_, row, kName), english = cell(table_, row, kEnglish);
    const QString key = cell(table_, row, kKey).toUpper(), colour = cell(table_, row, kColour);
    const QString where = tr("Row %1").arg(row + 1);
    if (name.isEmpty()) return tr("%1: a label needs a name.").arg(where);
    for (const QString& s : QSet<QString>{name, english.isEmpty() ? name : english}) {
      if (spellings.contains(s)) return tr("%1: \"%2\" is used by another label.").arg(where, s);
      spellings.insert(s);
    }
    if (!key.isEmpty()) {
      if (key.size() != 1 || !key.at(0).isLetterOrNumber()) return tr("%1: a key is one letter or digit.").arg(where);
      if (data::isReservedLabelKey(key))
        return tr("%1: %2 is the annotate pane's own key (S skip, E note, L picker, Y/N).").arg(where, key);
      if (keys.contains(key)) return tr("%1: key %2 is used twice.").arg(where, key);
      keys.insert(key);
    }
    if (!colour.isEmpty() && !kColourText.match(colour).hasMatch())
      return tr("%1: colour \"%2\" is not #rrggbb.").arg(where, colour);
  }
  // Renames run one after another: a name may only move to a label once its
  // old owner gave it up (a swap needs two applies).
  const data::LabelSchema& schema = context_->store()->labelSchema();
  std::map<QString, int> owner;
  for (const data::Label& l : schema.labels()) owner[l.name] = owner[l.english] = l.id;
  for (int row = 0; row < table_->rowCount(); ++row) {
    const int id = table_->item(row, kName)->data(Qt::UserRole).toInt();
    const QString name = cell(table_, row, kName), english = cell(table_, row, kEnglish);
    for (const QString& s : {name, english.isEmpty() ? name : english}) {
      const auto it = owner.find(s);
      if (it != owner.end() && it->second != id)
        return tr("Row %1: \"%2\" still belongs to label %3; rename that one first and apply.")
            .arg(row + 1)
            .arg(s)
            .arg(it->second);
    }
    if (id >= 0) {
      owner.erase(schema.nameOf(id));
      owner.erase(schema.englishOf(id));
    }
    owner[name] = id;
    owner[english.isEmpty() ? name : english] = id;
  }
  return {};
}

bool LabelEditorDialog::apply() {
  if (!context_->isOpen()) return false;
  if (const QString problem = check(); !problem.isEmpty()) {
    problem_->setText(problem);
    return false;
  }
  data::ProjectStore* store = context_->store();
  try {
    const data::LabelSchema before = store->labelSchema();
    std::vector<int> ids;
    for (int row = 0; row < table_->rowCount(); ++row) {
      QTableWidgetItem* nameItem = table_->item(row, kName);
      int id = nameItem->data(Qt::UserRole).toInt();
      const QString name = cell(table_, row, kName), english = cell(table_, row, kEnglish);
      const QString spelledEnglish = english.isEmpty() ? name : english;
      if (id < 0) {
        id = store->addLabel(name, spelledEnglish);
        nameItem->setData(Qt::UserRole, id);
      } else if (name != before.nameOf(id) || spelledEnglish != before.englishOf(id)) {
        store->renameLabel(id, name, spelledEnglish, context_->annotator());
      }
      ids.push_back(id);
    }
    std::vector<data::LabelDetails> details(ids.size());
    for (size_t row = 0; row < ids.size(); ++row) {
      data::LabelDetails& d = details[size_t(ids[row])];
      d.id = ids[row];
      d.position = int(row);
      d.key = cell(table_, int(row), kKey).toUpper();
      d.color = cell(table_, int(row), kColour);
      d.description = cell(table_, int(row), kDescription);
    }
    store->setLabelDetails(details);
  } catch (const std::exception& e) {
    problem_->setText(QString::fromUtf8(e.what()));
    load();
    context_->notifyLabelSetChanged();
    return false;
  }
  load();
  context_->notifyLabelSetChanged();
  Q_EMIT applied();
  return true;
}

}  // namespace assay
