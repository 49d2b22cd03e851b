// The few GitHub REST calls the action makes (PR comments), behind an interface the report code and tests can swap.
import { getOctokit } from '@actions/github';

export interface IssueTarget {
  owner: string;
  repo: string;
  issue: number;
}

export interface IssueComment {
  id: number;
  body: string;
  /** Login of the comment's author, `name[bot]` for an app. */
  author: string;
}

/** Failed calls reject with an error carrying the HTTP `status` (Octokit's RequestError). */
export interface GitHubApi {
  /** Every comment of the issue or pull request, across all pages, oldest first. */
  listComments(target: IssueTarget): Promise<IssueComment[]>;
  createComment(target: IssueTarget, body: string): Promise<IssueComment>;
  updateComment(target: Omit<IssueTarget, 'issue'>, id: number, body: string): Promise<IssueComment>;
  /** Login of the token's own identity, as comment authors are named (`github-actions[bot]` for GITHUB_TOKEN). */
  viewerLogin(): Promise<string>;
}

/** `apiUrl`: the runner's GITHUB_API_URL (GitHub Enterprise Server, or a local fake); github.com's by default. */
export function createGitHub(token: string, apiUrl = 'https://api.github.com'): GitHubApi {
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  const comment = (c: { id: number; body?: string; user?: { login: string } | null }): IssueComment => ({
    id: c.id,
    body: c.body ?? '',
    author: c.user?.login ?? '',
  });
  return {
    async listComments({ owner, repo, issue }) {
      const all = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      return all.map(comment);
    },
    async createComment({ owner, repo, issue }, body) {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
      return comment(data);
    },
    async updateComment({ owner, repo }, id, body) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      return comment(data);
    },
    // GET /user refuses installation tokens (GITHUB_TOKEN, GitHub Apps); GraphQL's viewer answers for every kind.
    async viewerLogin() {
      const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
      return viewer.login;
    },
  };
}
