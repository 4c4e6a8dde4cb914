#pragma once
// The dataset health check (data/DatasetHealth.h) before a training run's
// first step: its warnings go to the training log, and with
// --fail_on_health_warning any warning stops the run. Every code counts
// there (a script that asks for a clean dataset gets one): duplicates and
// low diversity as much as leakage, because the seed's failure (two records
// repeated 10,000 times) is exactly a duplicates-and-diversity one.
#include <functional>
#include <vector>

#include "data/DatasetHealth.h"
#include "data/LabelSchema.h"
#include "data/Sample.h"
#include "train/TrainConfig.h"

namespace assay {

// A project (config.project): its samples with their source copies; else the
// training file's records as train and the eval file's as test. max_length is
// the run's. Logs one line per warning (with up to 5 example ids). Throws
// std::runtime_error naming the data and the codes when
// config.failOnHealthWarning and anything was found.
data::HealthReport checkHealthBeforeTraining(const TrainConfig& config, const std::vector<data::Sample>& train,
                                             const std::vector<data::Sample>& eval, const data::LabelSchema& schema,
                                             const std::function<void(const QString&)>& log);

}  // namespace assay
