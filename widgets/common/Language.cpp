#include "common/Language.h"

#include <QCoreApplication>
#include <QSettings>

#include "i18n/Translations.h"

namespace assay {

QString preferredLanguage() {
  return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void setPreferredLanguage(const QString& language) { QSettings().setValue(QStringLiteral("ui/language"), language); }

QString effectiveLanguage() {
  const QString preferred = preferredLanguage();
  if (preferred == QLatin1String("en") || preferred == QLatin1String("zh_CN")) return preferred;
  return i18n::systemLanguage();
}

// The .qm files and the translators live in core's assay_i18n, which
// assay-cli shares; the preference and the menu stay here.
bool installTranslations(QCoreApplication* app) { return i18n::installTranslations(app, effectiveLanguage()); }

bool switchLanguage(QCoreApplication* app, const QString& language) {
  setPreferredLanguage(language);
  return installTranslations(app);
}

}  // namespace assay
