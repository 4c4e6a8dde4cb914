#include "common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace assay {

QString preferredLanguage() {
  return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void setPreferredLanguage(const QString& language) {
  QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString effectiveLanguage() {
  const QString preferred = preferredLanguage();
  if (preferred == QLatin1String("en") || preferred == QLatin1String("zh_CN")) return preferred;
  return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool installTranslations(QCoreApplication* app) {
  const QString language = effectiveLanguage();
  auto* assayTranslator = new QTranslator(app);
  // qt_add_translations embeds the compiled .qm files under :/i18n.
  const bool loaded = assayTranslator->load(QStringLiteral(":/i18n/assay_%1.qm").arg(language));
  if (loaded) app->installTranslator(assayTranslator);
  auto* qtTranslator = new QTranslator(app);
  if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    app->installTranslator(qtTranslator);
  return loaded;
}

}  // namespace assay
