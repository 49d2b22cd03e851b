/*
 * exec-runtime: a provided.al2023 custom runtime in one small C file. For each event it runs the function's handler,
 * an executable file named by _HANDLER in $LAMBDA_TASK_ROOT, with the event on stdin, and answers with its stdout.
 * It speaks the Lambda Runtime API over a plain TCP socket (no libcurl): HTTP/1.0, one request per connection, so
 * every answer ends when the server closes the connection and needs no chunked decoding.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define API "/2018-06-01/runtime"

#ifndef MAX_EVENT_BYTES
#define MAX_EVENT_BYTES 262144
#endif

struct buf {
  char *data;
  size_t len, cap;
};

static struct sockaddr_in api_addr;
static char api_host[256];

static void append(struct buf *b, const char *data, size_t len) {
  if (b->len + len + 1 > b->cap) {
    b->cap = (b->len + len + 1) * 2;
    b->data = realloc(b->data, b->cap);
    if (!b->data) {
      fputs("exec-runtime: out of memory\n", stderr);
      exit(1);
    }
  }
  memcpy(b->data + b->len, data, len);
  b->len += len;
  b->data[b->len] = '\0';
}

static int write_all(int fd, const char *data, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return -1;
    data += n;
    len -= (size_t)n;
  }
  return 0;
}

static int read_all(int fd, struct buf *out) {
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    if (n == 0) return 0;
    append(out, chunk, (size_t)n);
  }
}

/*
 * One request to the Runtime API. Returns the HTTP status (-1 when the API cannot be reached); the response's headers
 * and body are left in *response, split at *body_at.
 */
static int request(const char *method, const char *path, const char *extra, const char *body, size_t body_len,
                   struct buf *response, size_t *body_at) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0 || connect(fd, (struct sockaddr *)&api_addr, sizeof api_addr) != 0) {
    perror("exec-runtime: cannot reach the Runtime API");
    if (fd >= 0) close(fd);
    return -1;
  }
  char head[1024];
  int n = snprintf(head, sizeof head, "%s %s HTTP/1.0\r\nHost: %s\r\nContent-Length: %zu\r\n%s\r\n", method, path,
                   api_host, body_len, extra ? extra : "");
  int failed = write_all(fd, head, (size_t)n) || write_all(fd, body, body_len) || read_all(fd, response);
  close(fd);
  char *end = response->data ? strstr(response->data, "\r\n\r\n") : NULL;
  if (failed || !end || strncmp(response->data, "HTTP/1.", 7) != 0) return -1;
  *body_at = (size_t)(end - response->data) + 4;
  return atoi(response->data + 9);
}

/* Copies the value of header `name` (case-insensitive) into out; empty when absent. */
static void header(const char *head, const char *name, char *out, size_t size) {
  size_t len = strlen(name);
  out[0] = '\0';
  for (const char *line = strstr(head, "\r\n"); line; line = strstr(line + 2, "\r\n")) {
    if (strncasecmp(line + 2, name, len) != 0 || line[2 + len] != ':') continue;
    const char *value = line + 3 + len;
    while (*value == ' ') value++;
    size_t n = strcspn(value, "\r\n");
    if (n >= size) n = size - 1;
    memcpy(out, value, n);
    out[n] = '\0';
    return;
  }
}

/* Posts {errorMessage, errorType} to an error endpoint of the Runtime API. */
static void post_error(const char *path, const char *type, const char *message) {
  struct buf json = {0}, response = {0};
  char extra[256];
  size_t body_at;
  append(&json, "{\"errorMessage\":\"", 17);
  for (const char *c = message; *c; c++) {
    if (*c == '"' || *c == '\\') append(&json, "\\", 1);
    if ((unsigned char)*c >= 0x20) append(&json, c, 1);
  }
  append(&json, "\",\"errorType\":\"", 15);
  append(&json, type, strlen(type));
  append(&json, "\",\"stackTrace\":[]}", 18);
  snprintf(extra, sizeof extra, "Content-Type: application/json\r\nLambda-Runtime-Function-Error-Type: %s\r\n", type);
  fprintf(stderr, "exec-runtime: %s: %s\n", type, message);
  request("POST", path, extra, json.data, json.len, &response, &body_at);
  free(json.data);
  free(response.data);
}

/* Runs the handler with the event on stdin; its stdout goes to *out. Returns its wait status, -1 if it did not run. */
static int run_handler(const char *handler, const char *event, size_t event_len, struct buf *out) {
  FILE *input = tmpfile();
  int pipefd[2];
  if (!input || fwrite(event, 1, event_len, input) != event_len || fflush(input) || pipe(pipefd) != 0) return -1;
  rewind(input);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fileno(input), STDIN_FILENO);
    dup2(pipefd[1], STDOUT_FILENO);
    close(pipefd[0]);
    close(pipefd[1]);
    execl(handler, handler, (char *)NULL);
    perror("exec-runtime: cannot execute the handler");
    _exit(127);
  }
  close(pipefd[1]);
  int status = -1;
  if (pid > 0) {
    read_all(pipefd[0], out);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  close(pipefd[0]);
  fclose(input);
  return status;
}

int main(void) {
  signal(SIGPIPE, SIG_IGN);
  const char *api = getenv("AWS_LAMBDA_RUNTIME_API");
  const char *colon = api ? strrchr(api, ':') : NULL;
  if (!colon || (size_t)(colon - api) >= sizeof api_host) {
    fputs("exec-runtime: AWS_LAMBDA_RUNTIME_API is not set to host:port; this program runs as a Lambda bootstrap.\n", stderr);
    return 1;
  }
  snprintf(api_host, sizeof api_host, "%s", api);
  char ip[256];
  memcpy(ip, api, (size_t)(colon - api));
  ip[colon - api] = '\0';
  api_addr.sin_family = AF_INET;
  api_addr.sin_port = htons((unsigned short)atoi(colon + 1));
  if (inet_pton(AF_INET, strcmp(ip, "localhost") == 0 ? "127.0.0.1" : ip, &api_addr.sin_addr) != 1) {
    fprintf(stderr, "exec-runtime: AWS_LAMBDA_RUNTIME_API host %s is not an IPv4 address.\n", ip);
    return 1;
  }

  const char *name = getenv("_HANDLER");
  const char *task_root = getenv("LAMBDA_TASK_ROOT");
  char handler[4096];
  if (!name || !*name) {
    post_error(API "/init/error", "Runtime.NoHandler",
               "_HANDLER is not set: set the function's handler to the name of an executable file in its code");
    return 1;
  }
  snprintf(handler, sizeof handler, "%s/%s", task_root ? task_root : "/var/task", name);
  if (access(handler, X_OK) != 0) {
    char message[4200];
    snprintf(message, sizeof message, "handler %s is not an executable file: add it to the function code with mode 755", handler);
    post_error(API "/init/error", "Runtime.HandlerNotFound", message);
    return 1;
  }

  for (;;) {
    struct buf next = {0}, output = {0}, answer = {0};
    size_t body_at, answer_at;
    int status = request("GET", API "/invocation/next", NULL, "", 0, &next, &body_at);
    if (status != 200) {
      fprintf(stderr, "exec-runtime: GET next answered %d; exiting.\n", status);
      return 1;
    }
    char id[256], trace[512], path[512];
    next.data[body_at - 2] = '\0'; /* headers only, for the lookups */
    header(next.data, "Lambda-Runtime-Aws-Request-Id", id, sizeof id);
    header(next.data, "Lambda-Runtime-Trace-Id", trace, sizeof trace);
    if (trace[0]) setenv("_X_AMZN_TRACE_ID", trace, 1);

    if (next.len - body_at > MAX_EVENT_BYTES) {
      snprintf(path, sizeof path, API "/invocation/%s/error", id);
      post_error(path, "EventTooLarge", "the event is larger than MAX_EVENT_BYTES (config/runtime/limits.env)");
      free(next.data);
      continue;
    }
    int wait_status = run_handler(handler, next.data + body_at, next.len - body_at, &output);
    if (wait_status == 0) {
      snprintf(path, sizeof path, API "/invocation/%s/response", id);
      request("POST", path, NULL, output.data ? output.data : "", output.len, &answer, &answer_at);
    } else {
      char message[4300];
      if (WIFEXITED(wait_status))
        snprintf(message, sizeof message, "%s exited with status %d", name, WEXITSTATUS(wait_status));
      else if (WIFSIGNALED(wait_status))
        snprintf(message, sizeof message, "%s was killed by signal %d", name, WTERMSIG(wait_status));
      else
        snprintf(message, sizeof message, "%s could not be started", name);
      snprintf(path, sizeof path, API "/invocation/%s/error", id);
      post_error(path, "HandlerFailed", message);
    }
    free(next.data);
    free(output.data);
    free(answer.data);
  }
}
