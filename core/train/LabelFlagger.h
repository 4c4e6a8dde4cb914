#pragma once
// Wrong-label detection by confident learning (Northcutt, Jiang and Chuang,
// "Confident Learning: Estimating Uncertainty in Dataset Labels", 2021):
// out-of-fold probabilities from a fast model, then per-class thresholds.
//
// Labels: k stratified, seeded folds; for each, the character n-gram TF-IDF
// logistic regression (NgramFeatures.h, NgramClassifier's recipe) fitted on
// the other folds predicts the held-out one. The vocabulary is built once
// from all texts: it sees no label, so it leaks nothing, and the folds then
// cost only their L-BFGS fits. t_j is the mean out-of-fold probability of
// class j over the records labelled j. A record is counted under the class j
// of highest probability among those with p_j >= t_j (the confident joint's
// rule; a record clearing no threshold is not counted); it is flagged when
// that class is not its label. Flags are ranked by p_suggested - p_given.
//
// cleanlab's default then prunes to the off-diagonal total of the
// *calibrated* confident joint; we keep every off-diagonal record (the
// uncalibrated count, cleanlab's filter_by="confident_learning"), because a
// reviewer reads the list from the top and stops where the flags stop being
// right; FlaggerOptions::maxFlags cuts it for those who want a number.
//
// Pairs: a Bradley–Terry model, reward(x) = w·tfidf(x), fitted by logistic
// regression on tfidf(prompt + chosen) - tfidf(prompt + rejected), out of
// fold. Read each pair both ways (a record "chosen wins" with probability P
// and its mirror "rejected wins" with 1 - P) and both classes get the same
// confident-learning threshold t = mean P; the rule then flags exactly the
// pairs with 1 - P >= t and 1 - P > P, i.e. P <= 1 - t and P < 0.5: the
// model prefers the rejected side as confidently as it prefers the chosen
// side of an average pair. Ranked by 1 - 2·P (the disagreement's margin).
//
// Plain C++ (no LibTorch), deterministic for a seed whatever the number of
// threads, and callable from a worker thread: progress is reported per fold
// fit, and a set cancel flag (or a progress callback that throws) ends the
// run within one L-BFGS iteration with FlaggingCancelled.
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <vector>

namespace assay {

struct FlaggerOptions {
  int folds = 5;
  uint64_t seed = 42;
  int threads = 0;   // folds fitted at once; 0: one per core, at most `folds`
  int maxFlags = 0;  // 0: every flag
  double c = 10;     // inverse L2 strength, NgramClassifier's default
  int maxIterations = 200;
  int maxFeatures = 300000;
};

struct FlaggerControl {
  // (fits done, fits in all): folds, plus one for the features. May throw to
  // cancel (BackgroundTask::report does); called on the calling thread only.
  std::function<void(int done, int total)> progress;
  const std::atomic<bool>* cancel = nullptr;  // polled on every thread
};

class FlaggingCancelled : public std::runtime_error {
 public:
  FlaggingCancelled() : std::runtime_error("label flagging cancelled") {}
};

struct LabelFlag {
  int index = 0;                    // position in the caller's input
  int givenLabel = -1;              // -1 for a pair
  int suggestedLabel = -1;          // -1 for a pair: the suggestion is to swap its sides
  double givenProbability = 0;      // out of fold; a pair's P(chosen ≻ rejected)
  double suggestedProbability = 0;  // out of fold; a pair's P(rejected ≻ chosen)
  double score = 0;                 // higher: more confidently wrong
};

// Fold of each record (0..folds-1): per label, records in a seeded shuffle
// dealt round-robin, so each fold holds each label's share. Throws
// std::invalid_argument when folds < 2 or there are fewer records than folds.
std::vector<int> stratifiedFolds(const std::vector<int>& labels, int folds, uint64_t seed);

// The confident-learning rule on a probability table (rows: records, columns:
// classes 0..numClasses-1), most confident first, ties by index.
std::vector<LabelFlag> confidentLearningFlags(const std::vector<std::vector<double>>& probabilities,
                                              const std::vector<int>& givenLabels, int numClasses);

// Out-of-fold class probabilities of the n-gram model. Throws
// std::invalid_argument for bad input (as NgramClassifier::fit),
// FlaggingCancelled when cancelled.
std::vector<std::vector<double>> outOfFoldProbabilities(const QStringList& texts, const std::vector<int>& labels,
                                                        int numClasses, const FlaggerOptions& options,
                                                        const FlaggerControl& control = {});
// outOfFoldProbabilities, then confidentLearningFlags, cut to maxFlags.
std::vector<LabelFlag> flagLabels(const QStringList& texts, const std::vector<int>& labels, int numClasses,
                                  const FlaggerOptions& options, const FlaggerControl& control = {});

// Pairs: `chosen[i]` and `rejected[i]` are the two full texts (prompt and
// response) of pair i. Out-of-fold P(chosen ≻ rejected) per pair.
std::vector<double> outOfFoldPairProbabilities(const QStringList& chosen, const QStringList& rejected,
                                               const FlaggerOptions& options, const FlaggerControl& control = {});
// The pair rule on those probabilities, most confident first.
std::vector<LabelFlag> pairFlagsFromProbabilities(const std::vector<double>& chosenWins);
std::vector<LabelFlag> flagPairs(const QStringList& chosen, const QStringList& rejected, const FlaggerOptions& options,
                                 const FlaggerControl& control = {});

// A short description of the method for flag_runs.method, e.g.
// "ngram, 5 folds, seed 42".
QString flaggerMethodName(const FlaggerOptions& options);

}  // namespace assay
