#pragma once
// Deterministic stratified train/test split. Like scikit-learn's
// train_test_split(test_size, stratify=labels): the test set has
// ceil(n * testFraction) items and each label group contributes in
// proportion (largest remainders get the leftover places). The shuffle is a
// Fisher–Yates over std::mt19937 (portable: same seed, same split everywhere).
#include <cstdint>
#include <vector>

namespace assay::data {

// `strata[i]` is the group of item i (a label id, or any key such as -1 for
// unlabeled). Returns a mask: true = item goes to the test set.
std::vector<bool> stratifiedTestMask(const std::vector<int>& strata, double testFraction,
                                     uint32_t seed = 42);

}  // namespace assay::data
