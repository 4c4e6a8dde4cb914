#pragma once
// Stratified train/validation split used when no eval file is given.
// Sizes follow sklearn's train_test_split(test_size=f, stratify=y): the
// validation set has ceil(f * n) records (rm_train.py's sample log: 26 -> 20/6), shared
// among classes in proportion, remainders to the largest fractional parts.
#include <cstdint>
#include <vector>

namespace assay {

struct SplitIndices {
  std::vector<size_t> train;
  std::vector<size_t> validation;
};

// labels: class id per record (any non-negative id). A class with one record
// stays in train. Deterministic in (labels, seed); indices come back sorted.
SplitIndices stratifiedSplit(const std::vector<int64_t>& labels, double validationFraction, uint64_t seed);

}  // namespace assay
