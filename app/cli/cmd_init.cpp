// assay-cli init: create an empty project with the style or correctness labels.
#include <cstdio>

#include "CliArgs.h"
#include "CliCommand.h"
#include "data/ProjectStore.h"

namespace {

using namespace assay;

int runInit(const QStringList& args) {
  const cli::CliArgs a(args, {"schema"}, {});
  if (a.positional().size() != 1) throw cli::UsageError("init takes exactly one PROJECT.assay");
  data::SchemaKind kind = data::SchemaKind::Style;
  if (!data::parseSchemaKind(a.value("schema", "style"), &kind))
    throw cli::UsageError(QString("--schema must be style or correctness, not '%1'").arg(a.value("schema")).toStdString());
  const QString path = a.positional().first();
  const auto store = data::ProjectStore::create(path, kind);
  QStringList labels;
  for (const data::Label& l : store->labelSchema().labels())
    labels << QString("%1 %2 %3").arg(l.name, l.english).arg(l.id);
  std::printf("created %s (schema %s; labels: %s)\n", path.toUtf8().constData(),
              data::schemaKindName(kind).toUtf8().constData(), labels.join(", ").toUtf8().constData());
  return cli::kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("init", "assay-cli init    PROJECT.assay [--schema style|correctness]", runInit);
