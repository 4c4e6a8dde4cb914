#include "review/ReviewDetailPane.h"

#include <QEvent>
#include <QJsonDocument>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

#include "data/ProjectStore.h"
#include "review/QualityQueueModel.h"
#include "review/ReviewTableModel.h"

namespace assay {

namespace {

QString escaped(const QString& text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

QString when(const QDateTime& utc) { return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

QString heading(const QString& title) { return QStringLiteral("<h4 style='margin:8px 0 2px 0'>%1</h4>").arg(title); }

}  // namespace

ReviewDetailPane::ReviewDetailPane(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("reviewDetail"));
  view_ = new QTextBrowser(this);
  view_->setOpenLinks(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(view_);
  clear();
}

void ReviewDetailPane::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange && sampleId_ == 0) clear();
}

void ReviewDetailPane::clear() {
  sampleId_ = 0;
  view_->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                     .arg(tr("Select a record to see its whole text, metadata, probabilities and history.")));
}

QString ReviewDetailPane::plainText() const { return view_->toPlainText(); }

void ReviewDetailPane::showRecord(const data::ProjectStore& store, const ReviewRow& row,
                                  const ReviewTableModel& table) {
  sampleId_ = row.sampleId;
  QString html;
  data::Sample sample;
  try {
    sample = store.sample(row.sampleId);
  } catch (const std::exception& e) {
    view_->setPlainText(QString::fromUtf8(e.what()));
    return;
  }
  html += headHtml(sample);
  html += QStringLiteral("<p>%1<br>%2</p>")
              .arg(tr("Human label: <b>%1</b>").arg(table.labelName(row.humanLabel).toHtmlEscaped()),
                   tr("Model: <b>%1</b> (confidence %2)")
                       .arg(table.labelName(row.predictedLabel).toHtmlEscaped())
                       .arg(row.confidence, 0, 'f', 3));

  std::vector<std::pair<double, QString>> ranked;
  for (size_t i = 0; i < row.probabilities.size(); ++i)
    ranked.emplace_back(row.probabilities[i], table.modelLabels().value(static_cast<int>(i)));
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (!ranked.empty() || row.pCorrect) {
    html += heading(tr("Probabilities"));
    QStringList lines;
    for (const auto& [p, name] : ranked)
      lines << QStringLiteral("%1&nbsp;&nbsp;%2").arg(name.toHtmlEscaped()).arg(p, 0, 'f', 4);
    if (row.pCorrect) lines << QStringLiteral("P(正确)&nbsp;&nbsp;%1").arg(*row.pCorrect, 0, 'f', 4);
    html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
  }

  html += historyHtml(store, sample);
  view_->setHtml(html);
}

void ReviewDetailPane::showConflict(const data::ProjectStore& store, const data::ConflictingSample& conflict,
                                    const QualityQueueModel& queue) {
  sampleId_ = conflict.sampleId;
  data::Sample sample;
  std::vector<data::Adjudication> decisions;
  try {
    sample = store.sample(conflict.sampleId);
    decisions = data::adjudicationHistory(store, conflict.sampleId);
  } catch (const std::exception& e) {
    view_->setPlainText(QString::fromUtf8(e.what()));
    return;
  }
  QString html = headHtml(sample);
  html += heading(tr("Annotators' latest labels"));
  QStringList lines;
  for (const auto& [annotator, label] : conflict.labels)
    lines << QStringLiteral("%1: <b>%2</b>").arg(annotator.toHtmlEscaped(), queue.labelName(label).toHtmlEscaped());
  html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
  const QString majority = conflict.majorityLabel < 0 ? tr("a tie (training leaves the sample out)")
                                                      : queue.labelName(conflict.majorityLabel);
  html += QStringLiteral("<p>%1<br>%2</p>")
              .arg(tr("Majority: <b>%1</b>").arg(majority.toHtmlEscaped()),
                   conflict.adjudication ? tr("Final label: <b>%1</b>, decided by %2 on %3")
                                               .arg(queue.labelName(conflict.adjudication->label).toHtmlEscaped(),
                                                    conflict.adjudication->decidedBy.toHtmlEscaped(),
                                                    when(conflict.adjudication->decidedAt))
                                         : tr("Not adjudicated: pick the final label with a label key."));
  QStringList decided;
  for (const data::Adjudication& a : decisions)
    decided << QStringLiteral("%1 · %2: %3")
                   .arg(when(a.decidedAt), a.decidedBy.toHtmlEscaped(),
                        a.label < 0 ? tr("withdrawn") : queue.labelName(a.label).toHtmlEscaped());
  if (!decided.isEmpty())
    html += heading(tr("Adjudications")) + QStringLiteral("<p>%1</p>").arg(decided.join(QStringLiteral("<br>")));
  html += historyHtml(store, sample);
  view_->setHtml(html);
}

void ReviewDetailPane::showFlag(const data::ProjectStore& store, const FlaggedRecord& flagged,
                                const QualityQueueModel& queue) {
  const data::StoredLabelFlag& f = flagged.flag;
  sampleId_ = f.sampleId;
  data::Sample sample;
  std::optional<data::FlagRun> run;
  try {
    sample = store.sample(f.sampleId);
    run = data::latestFlagRun(store);
  } catch (const std::exception& e) {
    view_->setPlainText(QString::fromUtf8(e.what()));
    return;
  }
  QString html = headHtml(sample);
  html += heading(tr("Why it is flagged"));
  const QString why = f.isPair()
                          ? tr("Out of fold, the model prefers the rejected response: P(rejected better) = %1.")
                                .arg(f.probability, 0, 'f', 3)
                          : tr("Given label <b>%1</b>; the model trained without this record suggests <b>%2</b> with "
                               "out-of-fold probability %3, above that label's threshold.")
                                .arg(queue.givenText(f).toHtmlEscaped(), queue.suggestedText(f).toHtmlEscaped())
                                .arg(f.probability, 0, 'f', 3);
  html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
              .arg(why, tr("Score %1 (higher: more confidently wrong)").arg(f.score, 0, 'f', 3),
                   tr("State: %1").arg(queue.resolutionText(f).toHtmlEscaped()));
  if (run)
    html += QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(tr("Flag run %1 by %2 on %3 (%4): %5 records, %6 flags")
                         .arg(run->id)
                         .arg(run->createdBy.toHtmlEscaped(), run->createdAt, run->method.toHtmlEscaped())
                         .arg(run->records)
                         .arg(run->flagged));
  html += historyHtml(store, sample);
  view_->setHtml(html);
}

QString ReviewDetailPane::headHtml(const data::Sample& sample) const {
  QString where = tr("Record %1 · %2").arg(sample.id).arg(data::splitName(sample.split));
  if (!sample.sourceFile.isEmpty())
    where += QStringLiteral(" · %1:%2").arg(sample.sourceFile.section(QLatin1Char('/'), -1)).arg(sample.sourceLine);
  QString html = QStringLiteral("<p style='color:gray'>%1</p>").arg(where.toHtmlEscaped());
  if (sample.kind == data::SampleKind::Pair)
    return html + QStringLiteral("<p>%1</p><p><b>%2</b><br>%3</p><p><b>%4</b><br>%5</p>")
                      .arg(escaped(sample.text), tr("Chosen").toHtmlEscaped(), escaped(sample.chosen),
                           tr("Rejected").toHtmlEscaped(), escaped(sample.rejected));
  return html + QStringLiteral("<p>%1</p>").arg(escaped(sample.text));
}

// Metadata, notes, verdicts and the label history: what every queue shows below its own part.
QString ReviewDetailPane::historyHtml(const data::ProjectStore& store, const data::Sample& sample) const {
  QString html;
  if (!sample.extraJson.isEmpty()) {
    const QJsonDocument extra = QJsonDocument::fromJson(sample.extraJson);
    html += heading(tr("Metadata"));
    html += QStringLiteral("<pre style='white-space:pre-wrap'>%1</pre>")
                .arg(QString::fromUtf8(extra.isNull() ? sample.extraJson : extra.toJson(QJsonDocument::Indented))
                         .toHtmlEscaped());
  }

  QStringList notes;
  for (const data::Annotation& a : store.annotations(sample.id))
    if (!a.note.isEmpty())
      notes << QStringLiteral("%1 · %2: %3").arg(when(a.time), a.annotator.toHtmlEscaped(), escaped(a.note));
  if (!notes.isEmpty())
    html += heading(tr("Notes")) + QStringLiteral("<p>%1</p>").arg(notes.join(QStringLiteral("<br>")));

  QStringList verdicts;
  for (const data::Review& r : store.reviews(sample.id))
    verdicts << QStringLiteral("%1 · %2: %3")
                    .arg(when(r.time), r.reviewer.toHtmlEscaped(),
                         reviewVerdictText(r, store.labelSchema()).toHtmlEscaped());
  if (!verdicts.isEmpty())
    html += heading(tr("Verdicts")) + QStringLiteral("<p>%1</p>").arg(verdicts.join(QStringLiteral("<br>")));

  QStringList history;
  for (const data::LabelChange& c : store.labelHistory(sample.id))
    history << tr("%1 · %2: %3 → %4")
                   .arg(when(c.time), c.annotator.toHtmlEscaped(),
                        reviewLabelName(store.labelSchema(), c.oldLabel).toHtmlEscaped(),
                        reviewLabelName(store.labelSchema(), c.newLabel).toHtmlEscaped());
  html += heading(tr("Label history"));
  html += history.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No label changes."))
                            : QStringLiteral("<p>%1</p>").arg(history.join(QStringLiteral("<br>")));
  return html;
}

}  // namespace assay
