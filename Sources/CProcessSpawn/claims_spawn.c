// Process spawning for module processes. Written in C because the child, between fork and exec,
// may only make async-signal-safe calls, and the calls it needs (setpgid, sigaction, prctl-free
// signal resets, close_range) are not all reachable from Swift's Glibc module.
#define _GNU_SOURCE
#include "claims_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/// Closes every descriptor from `first` up, but `keep`.
static void close_from(int first, int keep) {
#ifdef SYS_close_range
    if (keep < first) {
        if (syscall(SYS_close_range, (unsigned)first, ~0U, 0) == 0) return;
    } else {
        if ((keep == first || syscall(SYS_close_range, (unsigned)first, (unsigned)(keep - 1), 0) == 0)
            && syscall(SYS_close_range, (unsigned)(keep + 1), ~0U, 0) == 0) return;
    }
#endif
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (int fd = first; fd < max; fd++) if (fd != keep) close(fd);
}

/// Every signal to its default action, none blocked.
static void reset_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (int signal = 1; signal < NSIG; signal++) {
        if (signal == SIGKILL || signal == SIGSTOP) continue;
        sigaction(signal, &action, NULL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

pid_t claims_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
                   int in_fd, int out_fd, int err_fd, int *error) {
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) { *error = errno; return -1; }
    // Signals stay blocked in the child until its handlers are reset, so that none of the
    // host's handlers runs in it.
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pid_t pid = fork();
    if (pid == 0) {
        int failure = 0;
        close(report[0]);
        if (setpgid(0, 0) != 0) failure = errno;
        reset_signals();
        // Move the three descriptors above the ones they replace before placing them.
        int in = in_fd < 3 ? fcntl(in_fd, F_DUPFD_CLOEXEC, 3) : in_fd;
        int out = out_fd < 3 ? fcntl(out_fd, F_DUPFD_CLOEXEC, 3) : out_fd;
        int err = err_fd < 3 ? fcntl(err_fd, F_DUPFD_CLOEXEC, 3) : err_fd;
        if (!failure && (in < 0 || out < 0 || err < 0)) failure = errno;
        if (!failure && (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)) failure = errno;
        if (!failure && cwd && chdir(cwd) != 0) failure = errno;
        if (!failure) {
            close_from(3, report[1]);
            execve(path, argv, envp);
            failure = errno;
        }
        ssize_t ignored = write(report[1], &failure, sizeof failure);
        (void)ignored;
        _exit(127);
    }
    int saved = errno;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    close(report[1]);
    if (pid < 0) { close(report[0]); *error = saved; return -1; }
    // Also from this side, so the group exists before anyone signals it.
    setpgid(pid, pid);
    int failure = 0;
    ssize_t got;
    do { got = read(report[0], &failure, sizeof failure); } while (got < 0 && errno == EINTR);
    close(report[0]);
    if (got == (ssize_t)sizeof failure) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        *error = failure;
        return -1;
    }
    return pid;
}

int claims_pipe(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

#define REAPER_GROUPS 4096

pid_t claims_start_reaper(int read_fd, int *error) {
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        reset_signals();
        // Interrupts and hang-ups are for the host: the reaper outlives it to clean up after it.
        signal(SIGINT, SIG_IGN);
        signal(SIGHUP, SIG_IGN);
        signal(SIGQUIT, SIG_IGN);
        signal(SIGTERM, SIG_IGN);
        close_from(0, read_fd);
        if (chdir("/") != 0) {}
        static pid_t groups[REAPER_GROUPS];
        int count = 0;
        for (;;) {
            int value;
            ssize_t got = read(read_fd, &value, sizeof value);
            if (got < 0 && errno == EINTR) continue;
            if (got != (ssize_t)sizeof value) break;
            if (value > 0) {
                if (count < REAPER_GROUPS) groups[count++] = value;
            } else {
                for (int i = 0; i < count; i++) {
                    if (groups[i] == -value) { groups[i] = groups[--count]; break; }
                }
            }
        }
        for (int i = 0; i < count; i++) kill(-groups[i], SIGKILL);
        _exit(0);
    }
    int saved = errno;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (pid < 0) { *error = saved; return -1; }
    setpgid(pid, pid);
    return pid;
}
