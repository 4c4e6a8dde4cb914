#pragma once
// Runs the real assay-cli (ASSAY_CLI_PATH) as a user would and keeps its
// exit code and output. `fileLimit` > 0: the child may not grow a file past
// that many bytes and such a write fails with EFBIG (SIGXFSZ ignored), as
// on a full disk.
#include <sys/resource.h>

#include <QProcess>
#include <QString>
#include <QStringList>
#include <csignal>

struct CliRun {
  int code = -1;
  QString out, err;
};

inline CliRun runCli(const QStringList& args, rlim_t fileLimit = 0) {
  QProcess p;
  if (fileLimit > 0) {
    p.setChildProcessModifier([fileLimit] {
      signal(SIGXFSZ, SIG_IGN);
      const rlimit r{fileLimit, fileLimit};
      setrlimit(RLIMIT_FSIZE, &r);
    });
  }
  p.start(QStringLiteral(ASSAY_CLI_PATH), args);
  p.waitForFinished(120000);
  CliRun r;
  r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
}
