#pragma once
// UI language: Chinese (zh_CN) or English; the translations themselves are
// core's (i18n/Translations.h, shared with assay-cli). "system" follows the
// system locale; a menu choice is stored
// in QSettings ("ui/language") and applies at once: the translators are
// swapped, Qt sends every widget QEvent::LanguageChange, and each pane and
// the main window set their texts again (their retranslateUi()).
#include <QString>

class QCoreApplication;

namespace assay {

// "system", "en" or "zh_CN".
QString preferredLanguage();
void setPreferredLanguage(const QString& language);
// The language actually used: the preference, or the system locale's.
QString effectiveLanguage();
// Loads Assay's and Qt's own translations for effectiveLanguage(), replacing
// any installed earlier; returns false when Assay's .qm could not be found
// (the UI then shows the English source texts).
bool installTranslations(QCoreApplication* app);
// Stores `language` as the preference and switches the running UI to it.
bool switchLanguage(QCoreApplication* app, const QString& language);

}  // namespace assay
