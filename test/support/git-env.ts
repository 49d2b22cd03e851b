// The environment for git commands that make repositories (tests, the demo, the benchmarks): a fixed identity and
// no user or system configuration, so every machine builds the same repositories. No automatic maintenance either:
// after every commit git would start `git maintenance run --auto`, a process per commit for nothing in a temp folder.
export const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'maintenance.auto',
  GIT_CONFIG_VALUE_0: 'false',
  LC_ALL: 'C',
};
