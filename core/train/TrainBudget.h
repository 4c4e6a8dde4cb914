#pragma once
// Plans how many optimizer steps fit in a time budget (--max_train_minutes),
// from the rates the run has measured so far. Training steps and evaluations
// are costed apart: an evaluation runs at every epoch end (and every
// eval_steps), and the run always ends with one.
#include <cstdint>

namespace assay {

struct BudgetRates {
  double budgetSeconds = 0;   // the whole run: training, evaluations, checkpoints
  double elapsedSeconds = 0;  // wall time spent so far
  int64_t stepsDone = 0;      // optimizer steps taken so far
  double secondsPerStep = 0;  // measured training time per optimizer step
  double secondsPerEval = 0;  // one evaluation and its checkpoint (measured or estimated)
  int64_t stepsPerEpoch = 1;
  int64_t evalSteps = 0;  // 0: evaluations at epoch ends only
};

// The total step count to plan for: stepsDone plus as many steps as the
// remaining time holds after their evaluations, at most `ceiling` (the
// automatic epochs' total) and at least stepsDone + 1 while that is below it.
int64_t plannedTotalSteps(const BudgetRates& rates, int64_t ceiling);

}  // namespace assay
