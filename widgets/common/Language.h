#pragma once
// UI language: Chinese (zh_CN) or English, compiled from resources/translations
// at build time. "system" follows the system locale; a menu choice is stored
// in QSettings ("ui/language") and applies from the next start.
#include <QString>

class QCoreApplication;

namespace assay {

// "system", "en" or "zh_CN".
QString preferredLanguage();
void setPreferredLanguage(const QString& language);
// The language actually used: the preference, or the system locale's.
QString effectiveLanguage();
// Loads Assay's and Qt's own translations for effectiveLanguage(); returns
// false when Assay's .qm could not be found (the UI then stays English).
bool installTranslations(QCoreApplication* app);

}  // namespace assay
