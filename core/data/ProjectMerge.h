#pragma once
// Several annotators in one project: merging another .assay project's
// labels (assay-cli merge) and the new / equal / conflicting count of the
// labels a merge or an import brings (assay-cli import --annotator NAME).
//
// A label brought in is compared with the latest labels (Agreement.h's
// rule) that OTHER annotators had on the same sample before it came:
//   new          nobody else had labelled the sample (or the sample is new);
//   equal        every other annotator's latest label is the same;
//   conflicting  it differs from at least one other annotator's latest label.
// Only labels that change what their annotator says count: a repeat of the
// annotator's own latest label (a second import of the same file, a second
// merge) counts nowhere.
#include <QString>
#include <QStringList>

#include "data/ProjectStore.h"

namespace assay::data {

struct LabelMergeCounts {
  qint64 added = 0;  // "new"
  qint64 equal = 0;
  qint64 conflicting = 0;
  qint64 total() const { return added + equal + conflicting; }
};

// What importedLabelCounts needs to tell an import's labels from earlier
// ones: take it right before ProjectStore::importFile.
struct ImportMark {
  qint64 lastAnnotationId = 0;
  qint64 lastSampleId = 0;
};
ImportMark markBeforeImport(const ProjectStore& store);
// The labels `annotator` (ImportSummary::annotator) added since `mark`,
// classified as above. Cheap when the import added only new samples.
LabelMergeCounts importedLabelCounts(const ProjectStore& store, const QString& annotator, const ImportMark& mark);

struct MergeOptions {
  // Labels OTHER uses that the project lacks (matched by name, else by
  // English name) are added first, each durable on its own, as
  // `import --add_labels` does; off: such a label is an error and nothing changes.
  bool addLabels = false;
};

struct MergeSummary {
  QString other;            // OTHER's path
  qint64 otherSamples = 0;  // OTHER's non-deleted samples
  qint64 matchedById = 0;   // same id and the same content in both
  qint64 matchedByContent = 0;
  qint64 added = 0;           // new samples
  qint64 skippedDeleted = 0;  // OTHER's soft-deleted samples: neither added nor their labels copied
  qint64 annotationsCopied = 0;
  qint64 annotationsRepeated = 0;  // already in the project (same sample, annotator, label, time): skipped
  qint64 adjudicationsCopied = 0;
  QStringList labelsAdded;  // MergeOptions::addLabels
  LabelMergeCounts labels;  // the copied labels, classified as above
  bool changed() const { return added + annotationsCopied + adjudicationsCopied > 0; }
};

// Merges OTHER (opened read-only, never changed) into `into` in ONE
// transaction. Samples match by id when both projects' samples with that id
// have the same content (content hash; for a KTO completion its desirable
// flag too), else by content (the project's first sample with it; OTHER's
// own repeats of one content become one sample). Unmatched samples of OTHER
// are added with their texts, label, split, source and copies. Every
// annotation of OTHER is copied with its annotator, time and note, except
// exact repeats (so merging twice adds nothing); an annotation becomes the
// sample's current label only when the sample was unlabeled or its last
// word was that annotator's (a file's labels never override a person: as
// import). Adjudications are copied the same way. Labels are mapped by
// name. Throws StoreError (nothing changed) for a missing or unreadable
// OTHER, OTHER being the project itself, or labels the project lacks.
MergeSummary mergeProject(ProjectStore& into, const QString& otherPath, const MergeOptions& options = {},
                          const ProgressFn& progress = {});

}  // namespace assay::data
