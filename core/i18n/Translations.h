#pragma once
// Assay's translations, compiled from resources/translations/*.ts at build
// time and embedded under :/i18n in this library (assay_i18n: Qt Core only,
// no widgets, no LibTorch), so that the GUI and assay-cli load the same .qm
// files. Core's log lines are written as QCoreApplication::translate() calls
// and come out in the language installed here.
#include <QString>

class QCoreApplication;

namespace assay::i18n {

// The system locale's language: "zh_CN" for a Chinese locale, else "en".
QString systemLanguage();
// The command line's language: ASSAY_LANGUAGE when it is "en" or "zh_CN",
// otherwise systemLanguage().
QString commandLineLanguage();
// Installs Assay's and Qt's own translations for `language` ("en" or "zh_CN"),
// replacing any installed earlier through this function; false when Assay's
// .qm could not be found (texts then stay in their English source).
bool installTranslations(QCoreApplication* app, const QString& language);

}  // namespace assay::i18n
