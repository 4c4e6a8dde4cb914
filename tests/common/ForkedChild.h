#pragma once
// Runs `work` in a forked child and returns what it answered, or
// "<crashed>" when the child did not exit normally. The child leaves with
// _exit: no atexit handlers and no Qt teardown of the parent's state. Tests
// use it to change what a process may do (its user, a file-size limit)
// without changing the test process itself.
#include <sys/wait.h>
#include <unistd.h>

#include <QByteArray>
#include <QString>
#include <functional>

inline QString answerOfForkedChild(const std::function<QString()>& work) {
  int fds[2];
  if (pipe(fds) != 0) return QStringLiteral("<no pipe>");
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const QByteArray answer = work().toUtf8();
    if (!answer.isEmpty() && write(fds[1], answer.constData(), size_t(answer.size())) < 0) _exit(2);
    _exit(0);
  }
  close(fds[1]);
  QByteArray answer;
  char buf[4096];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) answer.append(buf, qsizetype(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? QString::fromUtf8(answer) : QStringLiteral("<crashed>");
}
