// The dataset health check (data/DatasetHealth.h) on a big project:
//   bench_health import RECORDS.jsonl PROJECT.assay   import, timed
//   bench_health check PROJECT.assay PAIRS.tsv        the check, timed, with its peak RSS,
//                                                     and the recall of the planted pairs
// Two processes, so that the check's peak RSS is its own (run_bench.sh runs both).
// PAIRS.tsv holds 1-based line numbers; after an import of distinct records a
// line number is the sample id (checked).
#include <sys/resource.h>

#include <QElapsedTimer>
#include <QFile>
#include <climits>
#include <cstdio>
#include <map>
#include <set>

#include "data/DatasetHealth.h"
#include "data/MinHash.h"
#include "data/ProjectStore.h"

using namespace assay::data;

namespace {

long peakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

std::vector<uint64_t> shinglesOf(const QString& text) {
  std::string normalised;
  appendNormalizedText(text.toStdString(), normalised);
  std::vector<uint64_t> out;
  shingleHashes(normalised, out);
  return out;
}

int import(const QString& records, const QString& project) {
  QFile::remove(project);
  const auto store = ProjectStore::create(project, SchemaKind::Correctness);
  QElapsedTimer timer;
  timer.start();
  const ImportSummary s = store->importFile(records);
  std::printf("import: %lld records in %.1f s (%lld duplicates, %lld skipped)\n", (long long)s.imported,
              timer.elapsed() / 1000.0, (long long)s.duplicates, (long long)s.skipped());
  return 0;
}

int check(const QString& project, const QString& pairsFile) {
  const auto store = ProjectStore::open(project);
  HealthOptions options;
  options.maxExamples = INT_MAX;  // every near duplicate, to measure recall
  QElapsedTimer timer;
  timer.start();
  const HealthReport report = checkProjectHealth(*store, options);
  const double seconds = timer.elapsed() / 1000.0;
  std::printf("check: %lld samples in %.2f s, peak RSS %ld MB\n", (long long)report.samples, seconds, peakRssMb());
  for (const HealthWarning& w : report.warnings)
    std::printf("  %-20s %lld\n", w.code.toUtf8().constData(), (long long)w.count);

  std::map<int64_t, int> groupOf;
  std::map<int, std::vector<int64_t>> groups;
  if (const HealthWarning* near = report.find(QStringLiteral("near_duplicates")))
    for (size_t i = 0; i < near->examples.size(); ++i) {
      groupOf[near->examples[i]] = near->exampleGroups[i];
      groups[near->exampleGroups[i]].push_back(near->examples[i]);
    }

  QFile f(pairsFile);
  if (!f.open(QIODevice::ReadOnly)) return std::fprintf(stderr, "%s: cannot read\n", qPrintable(pairsFile)), 1;
  if (store->sampleCount() != report.samples) return 1;
  int planted = 0, below = 0, found = 0, identical = 0, identicalFound = 0;
  std::set<int> plantedGroups;
  while (!f.atEnd()) {
    const QList<QByteArray> cols = f.readLine().trimmed().split('\t');
    if (cols.size() != 2) continue;
    const int64_t a = cols[0].toLongLong(), b = cols[1].toLongLong();
    const double j = jaccard(shinglesOf(store->sample(a).text), shinglesOf(store->sample(b).text));
    if (j < options.nearDuplicateJaccard) {
      ++below;  // the generator's normalisation and ours disagree: not a planted pair by our rule
      continue;
    }
    ++planted;
    const bool same = groupOf.count(a) && groupOf.count(b) && groupOf[a] == groupOf[b];
    found += same;
    if (j == 1.0) ++identical, identicalFound += same;
    if (same) plantedGroups.insert(groupOf[a]);
  }
  // Groups without a planted pair: near duplicates the generator made by
  // chance. A two-member one below the threshold would be a false pair.
  int other = 0, falsePairs = 0, larger = 0;
  for (const auto& [g, members] : groups) {
    if (plantedGroups.count(g)) continue;
    ++other;
    if (members.size() > 2) ++larger;
    else if (jaccard(shinglesOf(store->sample(members[0]).text), shinglesOf(store->sample(members[1]).text)) <
             options.nearDuplicateJaccard)
      ++falsePairs;
    if (other <= 3)
      for (int64_t id : members) std::printf("    other group %d: %s\n", g, qPrintable(store->sample(id).text));
  }
  std::printf("planted pairs at Jaccard >= %.2f: %d (%d identical after normalising), %d below by our rule\n",
              options.nearDuplicateJaccard, planted, identical, below);
  std::printf("recall: %.4f (%d/%d); below 1.0 only: %.4f (%d/%d)\n", planted ? double(found) / planted : 0.0, found,
              planted, planted > identical ? double(found - identicalFound) / (planted - identical) : 0.0,
              found - identicalFound, planted - identical);
  std::printf("groups: %zu (%zu with a planted pair), %d others (%d of more than two texts), %d false pairs\n",
              groups.size(), plantedGroups.size(), other, larger, falsePairs);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && QByteArray(argv[1]) == "import")
    return import(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
  if (argc == 4 && QByteArray(argv[1]) == "check")
    return check(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
  std::fprintf(stderr, "usage: bench_health import RECORDS.jsonl PROJECT.assay | check PROJECT.assay PAIRS.tsv\n");
  return 2;
}
