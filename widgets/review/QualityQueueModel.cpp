#include "review/QualityQueueModel.h"

#include <QColor>
#include <QFont>

#include "review/ReviewTableModel.h"

namespace assay {

namespace {

QString oneLine(const QString& text) {
  QString line = text.left(300);
  return line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
}

}  // namespace

QualityQueueModel::QualityQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void QualityQueueModel::setConflicts(std::vector<data::ConflictingSample> conflicts, const data::LabelSchema& schema) {
  beginResetModel();
  queue_ = QualityQueue::Conflicts;
  conflicts_ = std::move(conflicts);
  flags_.clear();
  schema_ = schema;
  indexRows();
  endResetModel();
  Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void QualityQueueModel::setFlags(std::vector<FlaggedRecord> flags, const data::LabelSchema& schema) {
  beginResetModel();
  queue_ = QualityQueue::Flags;
  flags_ = std::move(flags);
  conflicts_.clear();
  schema_ = schema;
  indexRows();
  endResetModel();
  Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void QualityQueueModel::indexRows() {
  rowOfSample_.clear();
  if (queue_ == QualityQueue::Conflicts)
    for (size_t i = 0; i < conflicts_.size(); ++i) rowOfSample_[conflicts_[i].sampleId] = int(i);
  else
    for (size_t i = 0; i < flags_.size(); ++i) rowOfSample_.emplace(flags_[i].flag.sampleId, int(i));
}

const data::ConflictingSample* QualityQueueModel::conflictAt(int row) const {
  if (queue_ != QualityQueue::Conflicts || row < 0 || row >= int(conflicts_.size())) return nullptr;
  return &conflicts_[size_t(row)];
}

const FlaggedRecord* QualityQueueModel::flagAt(int row) const {
  if (queue_ != QualityQueue::Flags || row < 0 || row >= int(flags_.size())) return nullptr;
  return &flags_[size_t(row)];
}

int QualityQueueModel::rowOfSample(qint64 sampleId) const {
  const auto it = rowOfSample_.find(sampleId);
  return it == rowOfSample_.end() ? -1 : it->second;
}

int QualityQueueModel::adjudicatedCount() const {
  int n = 0;
  for (const data::ConflictingSample& c : conflicts_) n += c.adjudication ? 1 : 0;
  return n;
}

int QualityQueueModel::openFlagCount() const {
  int n = 0;
  for (const FlaggedRecord& f : flags_) n += f.flag.resolution == data::FlagResolution::Open ? 1 : 0;
  return n;
}

void QualityQueueModel::updateConflict(qint64 sampleId, const std::optional<data::Adjudication>& adjudication) {
  const int row = rowOfSample(sampleId);
  if (queue_ != QualityQueue::Conflicts || row < 0) return;
  conflicts_[size_t(row)].adjudication = adjudication;
  Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void QualityQueueModel::updateFlag(const data::StoredLabelFlag& flag) {
  if (queue_ != QualityQueue::Flags) return;
  for (size_t i = 0; i < flags_.size(); ++i)
    if (flags_[i].flag.id == flag.id) {
      flags_[i].flag = flag;
      Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
    }
}

QString QualityQueueModel::labelName(int id) const { return reviewLabelName(schema_, id); }

QString QualityQueueModel::givenText(const data::StoredLabelFlag& flag) const {
  return flag.isPair() ? tr("chosen ≻ rejected") : labelName(flag.givenLabel);
}

QString QualityQueueModel::suggestedText(const data::StoredLabelFlag& flag) const {
  return flag.isPair() ? tr("the other way round") : labelName(flag.suggestedLabel);
}

QString QualityQueueModel::resolutionText(const data::StoredLabelFlag& flag) const {
  switch (flag.resolution) {
    case data::FlagResolution::Accepted:
      return tr("accepted by %1").arg(flag.resolvedBy);
    case data::FlagResolution::Dismissed:
      return tr("dismissed by %1").arg(flag.resolvedBy);
    case data::FlagResolution::Open:
      break;
  }
  return tr("open");
}

QString QualityQueueModel::annotatorsText(const data::ConflictingSample& conflict) const {
  QStringList parts;
  for (const auto& [annotator, label] : conflict.labels)
    parts << QStringLiteral("%1 %2").arg(annotator, labelName(label));
  return parts.join(QStringLiteral(" · "));
}

int QualityQueueModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid()) return 0;
  return int(queue_ == QualityQueue::Conflicts ? conflicts_.size() : flags_.size());
}

int QualityQueueModel::columnCount(const QModelIndex& parent) const {
  if (parent.isValid()) return 0;
  return queue_ == QualityQueue::Conflicts ? FinalColumn + 1 : ResolutionColumn + 1;
}

QVariant QualityQueueModel::data(const QModelIndex& index, int role) const {
  if (const data::ConflictingSample* c = conflictAt(index.row())) return conflictData(*c, index.column(), role);
  if (const FlaggedRecord* f = flagAt(index.row())) return flagData(*f, index.row(), index.column(), role);
  return {};
}

QVariant QualityQueueModel::conflictData(const data::ConflictingSample& c, int column, int role) const {
  if (role == Qt::TextAlignmentRole && column == ConflictIdColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::FontRole && column == FinalColumn && c.adjudication) {
    QFont bold;
    bold.setBold(true);
    return bold;
  }
  if (role == Qt::ForegroundRole && column == MajorityColumn && c.majorityLabel < 0) return QColor(0xc0, 0x30, 0x20);
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  switch (column) {
    case ConflictIdColumn:
      return c.sampleId;
    case ConflictTextColumn:
      return role == Qt::ToolTipRole ? c.text.left(2000) : oneLine(c.text);
    case AnnotatorsColumn:
      return annotatorsText(c);
    case MajorityColumn:
      if (c.majorityLabel < 0)
        return role == Qt::ToolTipRole ? tr("A tie: training leaves this sample out") : tr("tie");
      return labelName(c.majorityLabel);
    case FinalColumn:
      if (!c.adjudication)
        return role == Qt::ToolTipRole ? tr("Not adjudicated: training uses the majority") : QString();
      return role == Qt::ToolTipRole
                 ? tr("Adjudicated by %1 on %2")
                       .arg(c.adjudication->decidedBy,
                            c.adjudication->decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                 : tr("%1 · %2").arg(labelName(c.adjudication->label), c.adjudication->decidedBy);
    default:
      return {};
  }
}

QVariant QualityQueueModel::flagData(const FlaggedRecord& f, int row, int column, int role) const {
  const bool open = f.flag.resolution == data::FlagResolution::Open;
  if (role == Qt::TextAlignmentRole && (column == FlagRankColumn || column == FlagIdColumn))
    return int(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::ForegroundRole && !open && column != ResolutionColumn) return QColor(Qt::gray);
  if (role == Qt::ForegroundRole && open && column == SuggestedColumn) return QColor(0xc0, 0x30, 0x20);
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  switch (column) {
    case FlagRankColumn:
      return role == Qt::ToolTipRole ? tr("Score %1: how confidently the labels disagree").arg(f.flag.score, 0, 'f', 3)
                                     : QVariant(row + 1);
    case FlagIdColumn:
      return f.flag.sampleId;
    case FlagTextColumn:
      return role == Qt::ToolTipRole ? f.text.left(2000) : oneLine(f.text);
    case GivenColumn:
      return givenText(f.flag);
    case SuggestedColumn:
      return suggestedText(f.flag);
    case ProbabilityColumn:
      return role == Qt::ToolTipRole ? tr("Out-of-fold probability of the suggestion")
                                     : QVariant(QString::number(f.flag.probability, 'f', 3));
    case ResolutionColumn:
      return resolutionText(f.flag);
    default:
      return {};
  }
}

QVariant QualityQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) return {};
  if (queue_ == QualityQueue::Conflicts) {
    if (role == Qt::ToolTipRole)
      return section == FinalColumn ? tr("The label a reviewer decided; training uses it over the majority")
                                    : QVariant();
    switch (section) {
      case ConflictIdColumn:
        return tr("ID");
      case ConflictTextColumn:
        return tr("Text");
      case AnnotatorsColumn:
        return tr("Annotators");
      case MajorityColumn:
        return tr("Majority");
      case FinalColumn:
        return tr("Final label");
      default:
        return {};
    }
  }
  if (role == Qt::ToolTipRole)
    return section == FlagRankColumn ? tr("Most confident first: open flags, then the resolved ones") : QVariant();
  switch (section) {
    case FlagRankColumn:
      return tr("#");
    case FlagIdColumn:
      return tr("ID");
    case FlagTextColumn:
      return tr("Text");
    case GivenColumn:
      return tr("Given label");
    case SuggestedColumn:
      return tr("Suggested");
    case ProbabilityColumn:
      return tr("Probability");
    case ResolutionColumn:
      return tr("State");
    default:
      return {};
  }
}

}  // namespace assay
