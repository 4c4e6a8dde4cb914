#include "data/ReviewHistory.h"

#include "data/Adjudication.h"

namespace assay::data {

namespace {

FlagUndo resolveFlag(ProjectStore& store, qint64 flagId, FlagResolution resolution, const QString& reviewer) {
  return resolution == FlagResolution::Accepted ? acceptLabelFlag(store, flagId, reviewer)
                                                : dismissLabelFlag(store, flagId, reviewer);
}

}  // namespace

// Dropping redo_ while verdicts_ keeps its own redo steps is safe: a verdict
// entry reaches redo_ only by an undo, which pushes onto verdicts_' redo
// stack at the same time, so redo_'s verdict entries are always the top of
// verdicts_' redo stack, and a new verdict clears both.
const VerdictUndo& ReviewHistory::recordVerdict(ProjectStore& store, qint64 sampleId, const QString& reviewer,
                                                Verdict verdict, int label) {
  const VerdictUndo& done = verdicts_.record(store, sampleId, reviewer, verdict, label);
  Entry e;
  e.step = {ReviewStep::Kind::Verdict, sampleId, 0, done.annotationId > 0};
  undo_.push_back(e);
  redo_.clear();
  return done;
}

void ReviewHistory::recordAdjudication(ProjectStore& store, qint64 sampleId, int label, const QString& reviewer) {
  Entry e;
  e.step = {ReviewStep::Kind::Adjudication, sampleId, 0, true};
  e.label = label;
  e.previousLabel = setAdjudication(store, sampleId, label, reviewer);
  undo_.push_back(e);
  redo_.clear();
}

void ReviewHistory::recordFlagResolution(ProjectStore& store, qint64 flagId, FlagResolution resolution,
                                         const QString& reviewer) {
  Entry e;
  e.flag = resolveFlag(store, flagId, resolution, reviewer);
  const bool accepted = resolution == FlagResolution::Accepted;
  e.step = {accepted ? ReviewStep::Kind::FlagAccepted : ReviewStep::Kind::FlagDismissed,
            labelFlag(store, flagId).sampleId, flagId, e.flag.annotationId > 0 || e.flag.deletedPair};
  undo_.push_back(e);
  redo_.clear();
}

std::optional<ReviewStep> ReviewHistory::undo(ProjectStore& store, const QString& reviewer) {
  if (undo_.empty()) return std::nullopt;
  Entry& e = undo_.back();
  switch (e.step.kind) {
    case ReviewStep::Kind::Verdict:
      if (!verdicts_.undo(store, reviewer)) return std::nullopt;
      break;
    case ReviewStep::Kind::Adjudication:
      setAdjudication(store, e.step.sampleId, e.previousLabel, reviewer);  // -1: withdrawn
      break;
    case ReviewStep::Kind::FlagAccepted:
    case ReviewStep::Kind::FlagDismissed:
      undoFlagResolution(store, e.flag, reviewer);
      break;
  }
  redo_.push_back(e);
  undo_.pop_back();
  return redo_.back().step;
}

std::optional<ReviewStep> ReviewHistory::redo(ProjectStore& store, const QString& reviewer) {
  if (redo_.empty()) return std::nullopt;
  Entry e = redo_.back();
  switch (e.step.kind) {
    case ReviewStep::Kind::Verdict: {
      const VerdictUndo* done = verdicts_.redo(store, reviewer);
      if (!done) return std::nullopt;
      e.step.trainingDataChanged = done->annotationId > 0;
      break;
    }
    case ReviewStep::Kind::Adjudication:
      e.previousLabel = setAdjudication(store, e.step.sampleId, e.label, reviewer);
      break;
    case ReviewStep::Kind::FlagAccepted:
    case ReviewStep::Kind::FlagDismissed:
      // New rows: the next undo takes back what this wrote.
      e.flag = resolveFlag(
          store, e.step.flagId,
          e.step.kind == ReviewStep::Kind::FlagAccepted ? FlagResolution::Accepted : FlagResolution::Dismissed,
          reviewer);
      break;
  }
  undo_.push_back(e);
  redo_.pop_back();
  return e.step;
}

void ReviewHistory::clear() {
  verdicts_.clear();
  undo_.clear();
  redo_.clear();
}

}  // namespace assay::data
