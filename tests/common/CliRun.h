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

// Sets ASSAY_LANGUAGE ("en" or "zh_CN") for the assay-cli runs started while
// it lives, so that a test reads the report in a known language whatever the
// machine's locale; the previous value comes back afterwards.
class CliLanguage {
 public:
  explicit CliLanguage(const char* language)
      : had_(qEnvironmentVariableIsSet("ASSAY_LANGUAGE")), previous_(qgetenv("ASSAY_LANGUAGE")) {
    qputenv("ASSAY_LANGUAGE", language);
  }
  ~CliLanguage() {
    if (had_) qputenv("ASSAY_LANGUAGE", previous_);
    else qunsetenv("ASSAY_LANGUAGE");
  }
  CliLanguage(const CliLanguage&) = delete;
  CliLanguage& operator=(const CliLanguage&) = delete;

 private:
  bool had_;
  QByteArray previous_;
};
