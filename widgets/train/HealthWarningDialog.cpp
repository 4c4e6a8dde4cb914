#include "train/HealthWarningDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "dataset/HealthPanel.h"

namespace assay {

const QStringList& HealthWarningDialog::duplicateCodes() {
  static const QStringList codes{QStringLiteral("duplicates"), QStringLiteral("near_duplicates"),
                                 QStringLiteral("low_diversity")};
  return codes;
}

HealthWarningDialog::HealthWarningDialog(const data::HealthReport& report, QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("healthWarningDialog"));
  setWindowTitle(tr("Check the data before training"));
  auto* intro = new QLabel(tr("The project has %n health warning(s). A model trained on this data may learn the "
                              "problem instead of the task.",
                              nullptr, int(report.warnings.size())),
                           this);
  intro->setWordWrap(true);
  list_ = new QTreeWidget(this);
  list_->setColumnCount(3);
  list_->setHeaderLabels({tr("Warning"), tr("Count"), tr("What it means")});
  list_->setRootIsDecorated(false);
  list_->setWordWrap(true);
  list_->setUniformRowHeights(false);
  list_->setSelectionMode(QAbstractItemView::NoSelection);
  list_->header()->setStretchLastSection(true);
  list_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  list_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  for (const data::HealthWarning& w : report.warnings) {
    auto* item = new QTreeWidgetItem(list_);
    item->setText(0, HealthPanel::codeTitle(w.code));
    item->setText(1, QString::number(w.count));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(2, w.message);
    for (int c = 0; c < 3; ++c) item->setToolTip(c, w.message);
    if (!duplicateCodes().contains(w.code)) continue;
    for (int64_t id : w.examples)
      if (std::find(duplicateIds_.begin(), duplicateIds_.end(), id) == duplicateIds_.end()) duplicateIds_.push_back(id);
  }

  auto* buttons = new QDialogButtonBox(this);
  continue_ = buttons->addButton(tr("Continue training"), QDialogButtonBox::AcceptRole);
  continue_->setObjectName(QStringLiteral("continueTraining"));
  showDuplicates_ = buttons->addButton(tr("Show duplicates"), QDialogButtonBox::ActionRole);
  showDuplicates_->setObjectName(QStringLiteral("showDuplicates"));
  showDuplicates_->setToolTip(tr("Open the repeated records in the dataset pane, without training"));
  showDuplicates_->setVisible(!duplicateIds_.empty());
  cancel_ = buttons->addButton(QDialogButtonBox::Cancel);
  cancel_->setObjectName(QStringLiteral("cancelTraining"));
  cancel_->setDefault(true);  // Enter does not start a run the user was warned about
  connect(continue_, &QPushButton::clicked, this, [this]() { choose(Choice::Continue); });
  connect(showDuplicates_, &QPushButton::clicked, this, [this]() { choose(Choice::ShowDuplicates); });
  connect(cancel_, &QPushButton::clicked, this, [this]() { choose(Choice::Cancel); });
  // Escape and the window's close button answer Cancel.
  connect(this, &QDialog::rejected, this, [this]() { choose(Choice::Cancel); });

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(list_, 1);
  layout->addWidget(buttons);
  resize(640, 320);
}

void HealthWarningDialog::choose(Choice choice) {
  if (chose_) return;  // done() below emits rejected() for Cancel: one answer
  chose_ = true;
  Q_EMIT chosen(choice);
  done(choice == Choice::Continue ? QDialog::Accepted : QDialog::Rejected);
}

}  // namespace assay
