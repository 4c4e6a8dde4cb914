// plannedTotalSteps: how many optimizer steps a --max_train_minutes budget
// holds, on hand-computed cases.
#include <QtTest>

#include "TestRegistry.h"
#include "train/TrainBudget.h"

using assay::BudgetRates;
using assay::plannedTotalSteps;

class TestTrainBudget : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void stepsAndEvaluationsShareTheBudget() {
    BudgetRates r;
    r.budgetSeconds = 300;
    r.elapsedSeconds = 10;
    r.stepsDone = 20;
    r.secondsPerStep = 0.1;
    r.secondsPerEval = 5;
    r.stepsPerEpoch = 100;
    // 300 - 10 - 5 (final evaluation) = 285 s; each step 0.1 + 5/100 = 0.15 s -> 1,900 more.
    QCOMPARE(plannedTotalSteps(r, 100000), int64_t(1920));
    // eval_steps 50 evaluates twice an epoch: 0.1 + 5/50 = 0.2 s a step -> 1,425 more.
    r.evalSteps = 50;
    QCOMPARE(plannedTotalSteps(r, 100000), int64_t(1445));
  }
  void neverMoreThanTheAutomaticEpochs() {
    BudgetRates r;
    r.budgetSeconds = 3600;
    r.stepsDone = 10;
    r.secondsPerStep = 0.01;
    r.stepsPerEpoch = 50;
    QCOMPARE(plannedTotalSteps(r, 300), int64_t(300));
  }
  void anExhaustedBudgetEndsAfterTheNextStep() {
    BudgetRates r;
    r.budgetSeconds = 60;
    r.elapsedSeconds = 70;
    r.stepsDone = 400;
    r.secondsPerStep = 0.2;
    r.secondsPerEval = 1;
    r.stepsPerEpoch = 100;
    QCOMPARE(plannedTotalSteps(r, 1000), int64_t(401));
    r.elapsedSeconds = 58.9;  // 60 - 58.9 - 1 = 0.1 s: not one step more
    QCOMPARE(plannedTotalSteps(r, 1000), int64_t(401));
  }
  void aCeilingAlreadyReachedStays() {
    BudgetRates r;
    r.budgetSeconds = 60;
    r.stepsDone = 500;
    r.secondsPerStep = 0.1;
    QCOMPARE(plannedTotalSteps(r, 500), int64_t(500));
    QCOMPARE(plannedTotalSteps(r, 800), int64_t(800));  // 60 s hold 600 more; the ceiling is 300 away
  }
};

ASSAY_TEST_GUILESS_MAIN(TestTrainBudget)
#include "tst_train_budget.moc"
