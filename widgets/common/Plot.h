#pragma once
// qcustomplot.h is written with Qt's keyword macros (signals, slots, emit),
// and `foreach` in its templates, which Assay turns off (QT_NO_KEYWORDS, for LibTorch). Map them to the
// Q_ macros just for this header. Include this, never <qcustomplot.h>.
#include <QtGlobal>
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
