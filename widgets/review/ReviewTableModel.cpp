#include "review/ReviewTableModel.h"

#include <QColor>

namespace assay {

ReviewTableModel::ReviewTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReviewTableModel::setRows(std::vector<ReviewRow> rows, const QStringList& modelLabels,
                               const data::LabelSchema& schema) {
  rows_ = std::move(rows);
  modelLabels_ = modelLabels;
  schema_ = schema;
  rebuild();
}

void ReviewTableModel::setReviewed(std::unordered_set<qint64> ids) {
  reviewed_ = std::move(ids);
  rebuild();
}

void ReviewTableModel::setFlagged(std::unordered_set<qint64> ids) {
  flagged_ = std::move(ids);
  rebuild();
}

void ReviewTableModel::setFilter(ReviewFilter filter, double lowConfidence) {
  filter_ = filter;
  lowConfidence_ = lowConfidence;
  rebuild();
}

bool ReviewTableModel::passes(const ReviewRow& r) const {
  switch (filter_) {
    case ReviewFilter::All:
      return true;
    case ReviewFilter::Disagreement:
      return r.humanLabel >= 0 && r.predictedLabel >= 0 && r.humanLabel != r.predictedLabel;
    case ReviewFilter::LowConfidence:
      return r.confidence < lowConfidence_;
    case ReviewFilter::Unreviewed:
      return reviewed_.count(r.sampleId) == 0;
    case ReviewFilter::Flagged:
      return flagged_.count(r.sampleId) > 0;
  }
  return true;
}

void ReviewTableModel::rebuild() {
  beginResetModel();
  visible_.clear();
  for (size_t i = 0; i < rows_.size(); ++i)
    if (passes(rows_[i])) visible_.push_back(static_cast<int>(i));
  endResetModel();
}

const ReviewRow* ReviewTableModel::rowAt(int row) const {
  return row >= 0 && row < static_cast<int>(visible_.size())
             ? &rows_[static_cast<size_t>(visible_[static_cast<size_t>(row)])]
             : nullptr;
}

void ReviewTableModel::markReviewed(int row, int label) {
  if (row < 0 || row >= static_cast<int>(visible_.size())) return;
  ReviewRow& r = rows_[static_cast<size_t>(visible_[static_cast<size_t>(row)])];
  r.humanLabel = label;
  reviewed_.insert(r.sampleId);
  // The row stays in view until the filter is applied again: the reviewer
  // sees what they just decided.
  Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString ReviewTableModel::labelName(int id) const {
  return id < 0 ? QStringLiteral("—") : QStringLiteral("%1 %2").arg(schema_.nameOf(id), schema_.englishOf(id));
}

int ReviewTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(visible_.size());
}

int ReviewTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReviewTableModel::data(const QModelIndex& index, int role) const {
  const ReviewRow* r = rowAt(index.row());
  if (!r) return {};
  if (role == Qt::ForegroundRole && index.column() == PredictedColumn && r->humanLabel >= 0 && r->predictedLabel >= 0 &&
      r->humanLabel != r->predictedLabel)
    return QColor(0xc0, 0x30, 0x20);  // the model disagrees with the human label
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  switch (index.column()) {
    case IdColumn:
      return r->sampleId;
    case TextColumn: {
      if (role == Qt::ToolTipRole) return r->text.left(2000);
      QString line = r->text.left(300);
      return line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    }
    case HumanColumn:
      return labelName(r->humanLabel);
    case PredictedColumn:
      return labelName(r->predictedLabel);
    case ConfidenceColumn:
      return r->pCorrect ? QStringLiteral("%1 (P正确 %2)").arg(r->confidence, 0, 'f', 3).arg(*r->pCorrect, 0, 'f', 3)
                         : QString::number(r->confidence, 'f', 3);
    case ProbabilitiesColumn: {
      QStringList parts;
      for (size_t i = 0; i < r->probabilities.size(); ++i)
        parts
            << QStringLiteral("%1 %2").arg(modelLabels_.value(static_cast<int>(i))).arg(r->probabilities[i], 0, 'f', 2);
      return parts.join(QStringLiteral(" · "));
    }
    case ReviewedColumn:
      return reviewed_.count(r->sampleId) ? tr("✓ reviewed") : QString();
    default:
      return {};
  }
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole || orientation != Qt::Horizontal) return {};
  switch (section) {
    case IdColumn:
      return tr("ID");
    case TextColumn:
      return tr("Text");
    case HumanColumn:
      return tr("Human label");
    case PredictedColumn:
      return tr("Predicted");
    case ConfidenceColumn:
      return tr("Confidence");
    case ProbabilitiesColumn:
      return tr("Probabilities");
    case ReviewedColumn:
      return tr("Verdict");
    default:
      return {};
  }
}

}  // namespace assay
