#pragma once
// The wrong-label flagger's results in a project (flag_runs, label_flags;
// schema 6) and their resolution by a reviewer. The flagger itself is
// train/LabelFlagger.h; this side needs no LibTorch.
//
// A run replaces nothing: the latest run's flags are the ones shown.
// Accepting a text's flag relabels the sample to the suggested label as an
// annotation by the reviewer (so the label history names them), in one
// transaction with the flag's resolution. A preference pair has no label to
// change: accepting its flag soft-deletes the pair (ProjectStore::setDeleted's
// rows, by the reviewer), because swapping its sides would rewrite the
// record's content, its hash and the extras it exports (TRL scores), while a
// delete is audited (sample_deletions) and restorable. Every resolution can
// be undone with the FlagUndo that resolving returned.
#include <QString>
#include <optional>
#include <vector>

#include "data/ProjectStore.h"

namespace assay::data {

struct FlagRun {
  qint64 id = 0;
  QString createdAt;  // UTC, ISO 8601
  QString createdBy;
  QString method;      // e.g. "ngram, 5 folds, seed 42"
  qint64 records = 0;  // records the run looked at
  qint64 flagged = 0;
};

// One flag to store: a text's (given and suggested label ids) or a pair's
// (both -1: the suggestion is that its sides are the wrong way round).
struct NewLabelFlag {
  qint64 sampleId = 0;
  int givenLabel = -1;
  int suggestedLabel = -1;
  double probability = 0;  // out-of-fold probability of the suggestion
  double score = 0;        // higher: more confidently wrong
};

enum class FlagResolution { Open, Accepted, Dismissed };

struct StoredLabelFlag {
  qint64 id = 0;
  qint64 runId = 0;
  qint64 sampleId = 0;
  int givenLabel = -1;
  int suggestedLabel = -1;
  double probability = 0;
  double score = 0;
  FlagResolution resolution = FlagResolution::Open;
  QString resolvedBy;
  QString resolvedAt;
  bool isPair() const { return suggestedLabel < 0; }
};

// What undoFlagResolution() needs to take one accept or dismiss back.
struct FlagUndo {
  qint64 flagId = 0;
  qint64 annotationId = 0;   // the relabel an accept wrote (0: none)
  int previousLabel = -1;    // the label it replaced
  bool deletedPair = false;  // the accept soft-deleted a pair
};

// Stores a run and its flags in one transaction; returns the run's id.
// Throws StoreError for an unknown sample or label, or a read-only project.
qint64 saveFlagRun(ProjectStore& store, const QString& createdBy, const QString& method, qint64 records,
                   const std::vector<NewLabelFlag>& flags);
std::optional<FlagRun> latestFlagRun(const ProjectStore& store);
// The latest run's flags: open ones first, then resolved ones; each group
// most confident first (score descending, then id). Empty without a run.
std::vector<StoredLabelFlag> latestRunFlags(const ProjectStore& store, bool openOnly = false);
// Sample ids with an open flag in the latest run, ascending (the dataset
// pane's "flagged" filter).
std::vector<qint64> flaggedSampleIds(const ProjectStore& store);
// Throws StoreError when there is no such flag.
StoredLabelFlag labelFlag(const ProjectStore& store, qint64 flagId);

// Accepts an open flag as `reviewer` (see the top of this file). Throws
// StoreError for an unknown or already resolved flag or an empty name.
FlagUndo acceptLabelFlag(ProjectStore& store, qint64 flagId, const QString& reviewer);
// Dismisses an open flag: the sample stays as it is.
FlagUndo dismissLabelFlag(ProjectStore& store, qint64 flagId, const QString& reviewer);
// Takes an accept or dismiss back in one transaction: the relabel is
// retracted (the label history gains a row by `by`), a deleted pair is
// restored, and the flag is open again.
void undoFlagResolution(ProjectStore& store, const FlagUndo& undo, const QString& by);

}  // namespace assay::data
