// assay-cli merge: brings another project's samples and labels into this
// one (data/ProjectMerge.h): samples matched by id when the content is the
// same, else by content; the other project's annotations copied with their
// annotators and times; a report of new, equal and conflicting labels.
#include <cstdio>

#include "CliArgs.h"
#include "CliCommand.h"
#include "TerminalProgress.h"
#include "data/ProjectMerge.h"
#include "data/ProjectStore.h"

namespace {

using namespace assay;

int runMerge(const QStringList& args) {
  const cli::CliArgs a(args, {"test_size", "seed"}, {"add_labels"});
  if (a.positional().size() != 2) throw cli::UsageError("merge takes PROJECT.assay and OTHER.assay");
  const double testSize = a.doubleValue("test_size", 0.2);
  if (testSize < 0.0 || testSize >= 1.0) throw cli::UsageError("--test_size must be in [0, 1)");
  const int seed = a.intValue("seed", 42);
  const QString path = a.positional()[0], otherPath = a.positional()[1];
  const auto store = data::ProjectStore::open(path);
  data::MergeOptions options;
  options.addLabels = a.has("add_labels");
  data::MergeSummary s;
  {
    cli::TerminalProgress progress(QStringLiteral("merge"), 1000);
    s = data::mergeProject(*store, otherPath, options,
                           [&](qint64 done, qint64 total) { progress.update(total > 0 ? done * 1000 / total : 0); });
    progress.finish();
  }
  if (!s.labelsAdded.isEmpty()) std::printf("labels added: %s\n", s.labelsAdded.join(", ").toUtf8().constData());
  std::printf("%s: %lld samples: matched %lld by id, %lld by content, added %lld", otherPath.toUtf8().constData(),
              static_cast<long long>(s.otherSamples), static_cast<long long>(s.matchedById),
              static_cast<long long>(s.matchedByContent), static_cast<long long>(s.added));
  if (s.skippedDeleted) std::printf(" (%lld deleted there, not merged)", static_cast<long long>(s.skippedDeleted));
  std::printf("\nannotations copied %lld, already present %lld; adjudications copied %lld\n",
              static_cast<long long>(s.annotationsCopied), static_cast<long long>(s.annotationsRepeated),
              static_cast<long long>(s.adjudicationsCopied));
  std::printf("labels new %lld, equal %lld, conflicting %lld (against other annotators' latest labels)\n",
              static_cast<long long>(s.labels.added), static_cast<long long>(s.labels.equal),
              static_cast<long long>(s.labels.conflicting));
  if (!s.changed())
    std::printf("nothing to merge: the project already has everything of %s\n", otherPath.toUtf8().constData());
  // Samples that came unassigned are split among themselves, as import does.
  if (s.added > 0 && store->sampleCount(data::Split::Unassigned) > 0) {
    store->assignSplits(testSize, static_cast<uint32_t>(seed));
    std::printf("split: train %lld, test %lld (test_size %g, seed %d, stratified by label)\n",
                static_cast<long long>(store->sampleCount(data::Split::Train)),
                static_cast<long long>(store->sampleCount(data::Split::Test)), testSize, seed);
  }
  return cli::kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("merge",
                  "assay-cli merge   PROJECT.assay OTHER.assay [--add_labels] [--test_size 0.2] [--seed 42]\n"
                  "                  (OTHER's samples matched by id when their content is the same, else by\n"
                  "                  content, the rest added; every label of OTHER copied with its annotator and\n"
                  "                  time, repeats skipped; reports new, equal and conflicting labels;\n"
                  "                  --add_labels adds OTHER's labels that PROJECT lacks)",
                  runMerge);
