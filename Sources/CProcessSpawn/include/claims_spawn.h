#ifndef CLAIMS_SPAWN_H
#define CLAIMS_SPAWN_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` (NULL-terminated) in `cwd`, its stdin, stdout and stderr
/// on the given descriptors, in a process group of its own, with an empty signal mask and every
/// signal at its default action, and no other descriptor open. Returns the pid, or -1 with
/// `*error` set to the errno of the step that failed (exec included: it is reported through a
/// close-on-exec pipe, so a missing program is an error here, not a silent exit 127).
pid_t claims_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
                   int in_fd, int out_fd, int err_fd, int *error);

/// Starts the reaper: a small process in a group of its own that reads process-group ids from
/// `read_fd` (4-byte ints: positive to watch, negative to forget) and, when the pipe ends (the
/// host exited, however it died, since only the host holds the write end), sends SIGKILL to every
/// group still watched, then exits. Returns its pid, or -1 with `*error` set.
pid_t claims_start_reaper(int read_fd, int *error);

/// A pipe whose two ends are closed on exec: only the descriptors a spawn places are inherited.
int claims_pipe(int fds[2]);

#endif
