#pragma once
// The order in which the annotate pane presents samples: the rule lives in
// core (data/LabelingQueue.h), shared with bench/active_learning.
#include "data/LabelingQueue.h"

namespace assay {

using data::labelingCertainty;
using data::orderByUncertainty;
using data::orderQueue;
using data::QueueOrder;

}  // namespace assay
