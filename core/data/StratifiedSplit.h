#pragma once
// The one stratified train/test split of Assay: an import stores it, a
// project's re-split recomputes it, and training on a file without an eval
// file holds it out for validation, so the same items in the same order with
// the same seed and fraction get the same test set everywhere.
//
// Sizes follow scikit-learn's train_test_split(test_size, stratify=labels):
// the test set has ceil(n * testFraction) items and each stratum contributes
// in proportion (largest remainders get the leftover places), except that a
// stratum always keeps one item for training (scikit-learn refuses a class
// of one item; a label seen only in the test set could not be learned).
// Which items go is decided by StreamingSplit below (seeded std::mt19937
// with our own index draws: the same split on every platform).
#include <cstdint>
#include <map>
#include <random>
#include <vector>

namespace assay::data {

// `strata[i]` is the group of item i (a label id, or any key such as -1 for
// unlabeled). Returns a mask: true = item goes to the test set. The same as
// streaming the items through a StreamingSplit and settling once.
std::vector<bool> stratifiedTestMask(const std::vector<int>& strata, double testFraction, uint32_t seed = 42);

// How many items of each stratum (key → size) go to the test set: the counts
// stratifiedTestMask uses.
std::map<int, size_t> stratifiedTestCounts(const std::map<int, size_t>& sizes, double testFraction);

// The stratum of a sample in a split: labelled texts by label; unlabeled
// texts, pairs and completions each form a group of their own. (`kind` is a
// SampleKind value; ProjectStore::assignSplits groups the same way.)
inline int splitStratum(int kind, int label) { return kind != 0 ? -2 - kind : label < 0 ? -1 : label; }

// The same stratified split decided while items arrive one at a time, so
// that an import can store each row's split as it inserts it instead of
// rewriting every row afterwards. Each item first gets a seeded coin toss
// (test with probability testFraction); settle() then moves, within each
// stratum, uniformly chosen items across until every stratum has exactly the
// test count stratifiedTestCounts gives for all items added so far. Tossing
// and then correcting with uniformly chosen items leaves every test set of
// the right size equally likely, as a shuffle would; the same items in the
// same order with the same seed give the same split. Only a few items move
// (about sqrt(n · f · (1 − f)) per stratum).
class StreamingSplit {
 public:
  StreamingSplit(double testFraction, uint32_t seed);

  double testFraction() const { return fraction_; }
  uint32_t seed() const { return seed_; }

  // The tentative side of the next item (true = test); record it with add().
  bool toss();
  void add(int stratum, int64_t id, bool test);

  struct Move {
    int64_t id;
    bool test;  // the item's side from now on
  };
  // Makes the per-stratum counts exact over every item added so far; returns
  // the items whose side changed (each once, with its final side).
  std::vector<Move> settle();

  // Remembers the state (start of a file's transaction); rollback() returns
  // to it (the transaction was rolled back: its items and moves are gone).
  void checkpoint();
  void rollback();

  int64_t size() const;
  int64_t testCount() const;

 private:
  struct Stratum {
    std::vector<int64_t> ids;
    std::vector<bool> test;
    size_t tests = 0;
  };
  struct Checkpoint {
    std::map<int, size_t> sizes;
    size_t moves = 0;
    std::mt19937 rng;
  };
  double fraction_;
  uint32_t seed_;
  uint64_t threshold_;  // toss() says test when a 32-bit draw is below this
  std::mt19937 rng_;
  std::map<int, Stratum> strata_;  // ordered: settle() is deterministic
  // Every move since the checkpoint (stratum, index), to undo on rollback.
  std::vector<std::pair<int, size_t>> moveLog_;
  Checkpoint checkpoint_;
};

}  // namespace assay::data
