#include "review/ReviewDetailPane.h"

#include <QEvent>
#include <QJsonDocument>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

#include "data/ProjectStore.h"
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
  QString where = tr("Record %1 · %2").arg(row.sampleId).arg(data::splitName(sample.split));
  if (!sample.sourceFile.isEmpty())
    where += QStringLiteral(" · %1:%2").arg(sample.sourceFile.section(QLatin1Char('/'), -1)).arg(sample.sourceLine);
  html += QStringLiteral("<p style='color:gray'>%1</p>").arg(where.toHtmlEscaped());
  html += QStringLiteral("<p>%1</p>").arg(escaped(sample.text));
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

  if (!sample.extraJson.isEmpty()) {
    const QJsonDocument extra = QJsonDocument::fromJson(sample.extraJson);
    html += heading(tr("Metadata"));
    html += QStringLiteral("<pre style='white-space:pre-wrap'>%1</pre>")
                .arg(QString::fromUtf8(extra.isNull() ? sample.extraJson : extra.toJson(QJsonDocument::Indented))
                         .toHtmlEscaped());
  }

  QStringList notes;
  for (const data::Annotation& a : store.annotations(row.sampleId))
    if (!a.note.isEmpty())
      notes << QStringLiteral("%1 · %2: %3").arg(when(a.time), a.annotator.toHtmlEscaped(), escaped(a.note));
  if (!notes.isEmpty())
    html += heading(tr("Notes")) + QStringLiteral("<p>%1</p>").arg(notes.join(QStringLiteral("<br>")));

  QStringList verdicts;
  for (const data::Review& r : store.reviews(row.sampleId))
    verdicts << QStringLiteral("%1 · %2: %3")
                    .arg(when(r.time), r.reviewer.toHtmlEscaped(), table.verdictText(r).toHtmlEscaped());
  if (!verdicts.isEmpty())
    html += heading(tr("Verdicts")) + QStringLiteral("<p>%1</p>").arg(verdicts.join(QStringLiteral("<br>")));

  QStringList history;
  for (const data::LabelChange& c : store.labelHistory(row.sampleId))
    history << tr("%1 · %2: %3 → %4")
                   .arg(when(c.time), c.annotator.toHtmlEscaped(), table.labelName(c.oldLabel).toHtmlEscaped(),
                        table.labelName(c.newLabel).toHtmlEscaped());
  html += heading(tr("Label history"));
  html += history.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No label changes."))
                            : QStringLiteral("<p>%1</p>").arg(history.join(QStringLiteral("<br>")));
  view_->setHtml(html);
}

}  // namespace assay
