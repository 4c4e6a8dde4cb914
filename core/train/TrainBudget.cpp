#include "train/TrainBudget.h"

#include <algorithm>
#include <cmath>

namespace assay {

int64_t plannedTotalSteps(const BudgetRates& r, int64_t ceiling) {
  if (r.stepsDone >= ceiling) return ceiling;
  const int64_t floorSteps = r.stepsDone + 1;
  const int64_t evalEvery = r.evalSteps > 0 ? std::min(r.evalSteps, std::max<int64_t>(1, r.stepsPerEpoch))
                                            : std::max<int64_t>(1, r.stepsPerEpoch);
  // n more steps cost n * step + (n / evalEvery + 1) * eval: the evaluations
  // they pass through plus the final one.
  const double remaining = r.budgetSeconds - r.elapsedSeconds - r.secondsPerEval;
  const double perStep = r.secondsPerStep + r.secondsPerEval / double(evalEvery);
  if (remaining <= 0 || perStep <= 0) return remaining <= 0 ? floorSteps : ceiling;
  const double more = std::floor(remaining / perStep + 1e-9);  // 285 / 0.15 is 1899.99…
  if (more >= double(ceiling - r.stepsDone)) return ceiling;
  return std::max(floorSteps, r.stepsDone + int64_t(more));
}

}  // namespace assay
