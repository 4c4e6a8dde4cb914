// The train pane's keys, for Help ▸ Keyboard Shortcuts: it has none beyond
// the menus' and Qt's own (Tab between fields), so the overlay says so.
#include "train/TrainPane.h"

namespace assay {

std::vector<KeyHelp> TrainPane::shortcuts() const {
  return {
      {tr("Double click a run"), tr("Open the run's model in the Review pane")},
  };
}

}  // namespace assay
