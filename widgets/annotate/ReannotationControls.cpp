#include "annotate/ReannotationControls.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace assay {

namespace {
QPushButton* unfocusedButton(QWidget* parent, const char* name) {
  auto* button = new QPushButton(parent);
  button->setObjectName(QLatin1String(name));
  button->setFocusPolicy(Qt::NoFocus);  // keys stay the pane's label keys
  return button;
}
}  // namespace

ReannotationControls::ReannotationControls(QWidget* parent) : QObject(parent) {
  bar_ = new QWidget(parent);
  bar_->setObjectName(QStringLiteral("reannotateBar"));
  bar_->setAttribute(Qt::WA_StyledBackground);
  bar_->setStyleSheet(QStringLiteral("#reannotateBar { background: #e3eefa; border-radius: 4px; }"));
  what_ = new QLabel(bar_);
  what_->setWordWrap(true);
  leave_ = unfocusedButton(bar_, "leaveReannotation");
  connect(leave_, &QPushButton::clicked, this, &ReannotationControls::leaveClicked);
  auto* barRow = new QHBoxLayout(bar_);
  barRow->addWidget(what_, 1);
  barRow->addWidget(leave_);
  bar_->hide();

  offer_ = new QWidget(parent);
  all_ = unfocusedButton(offer_, "reannotateAll");
  connect(all_, &QPushButton::clicked, this, &ReannotationControls::allClicked);
  disagreements_ = unfocusedButton(offer_, "reannotateDisagreements");
  connect(disagreements_, &QPushButton::clicked, this, &ReannotationControls::disagreementsClicked);
  auto* offerRow = new QHBoxLayout(offer_);
  offerRow->addWidget(all_);
  offerRow->addWidget(disagreements_);
  offerRow->addStretch(1);
  offer_->hide();
  retranslateUi();
}

void ReannotationControls::showBar(const QString& what) {
  whatText_ = what;
  retranslateUi();
  bar_->show();
}

void ReannotationControls::hideBar() { bar_->hide(); }

void ReannotationControls::retranslateUi() {
  what_->setText(tr("Re-annotating %1: labelled records included; each shows its current label.").arg(whatText_));
  leave_->setText(tr("Leave re-annotation"));
  all_->setText(tr("Re-annotate all records"));
  disagreements_->setText(tr("Review records the model disagrees with"));
  disagreements_->setToolTip(
      tr("Records whose stored prediction differs from their label (run a model in the review pane first)"));
}

}  // namespace assay
