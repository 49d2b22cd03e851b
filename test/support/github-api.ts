// A small fake of the GitHub REST endpoints the action uses for PR comments, for tests and the demo.
// Point the action at it with GITHUB_API_URL. Lists are paged like GitHub (per_page <= 100, `Link: rel="next"`).
// Every token acts as one identity (`login`, GITHUB_TOKEN's `github-actions[bot]` by default): it authors what it
// creates, may edit only its own comments, and is named by GraphQL's `viewer`; `GET /user` refuses it, as GitHub
// refuses installation tokens.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
}

export interface GitHubApiServer {
  url: string;
  comments: FakeComment[];
  requests: RecordedRequest[];
  /** Adds a comment as another user would (`someone` unless `login` is given), e.g. to fill a PR past one page. */
  addComment(owner: string, repo: string, issue: number, body: string, login?: string): FakeComment;
  close(): Promise<void>;
}

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
};

/** `forbid`: writes answer 403 as for a read-only token (fork pull requests, no `pull-requests: write`). */
export async function startGitHubApi(opts: { forbid?: boolean; port?: number; login?: string } = {}): Promise<GitHubApiServer> {
  const login = opts.login ?? 'github-actions[bot]';
  const comments: FakeComment[] = [];
  const requests: RecordedRequest[] = [];
  let nextId = 1000;

  const addComment = (owner: string, repo: string, issue: number, body: string, author = 'someone'): FakeComment => {
    const now = new Date().toISOString();
    const user = { login: author, type: author.endsWith('[bot]') ? 'Bot' : 'User' };
    const c = { id: nextId++, owner, repo, issue, body, user, created_at: now, updated_at: now };
    comments.push(c);
    return c;
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? JSON.parse(raw) : undefined;
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
    });

    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
    };
    const view = ({ owner, repo, issue, ...c }: FakeComment) => ({
      ...c,
      issue_url: `${base}/repos/${owner}/${repo}/issues/${issue}`,
    });

    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const write = req.method === 'POST' || req.method === 'PATCH';
    if ((list || one) && write && opts.forbid) return send(403, FORBIDDEN);

    if (url.pathname === '/graphql' && req.method === 'POST') {
      if (typeof body?.query !== 'string' || !/\bviewer\s*\{\s*login\s*\}/.test(body.query)) {
        return send(200, { errors: [{ message: 'This fake answers only `viewer { login }`' }] });
      }
      return send(200, { data: { viewer: { login } } });
    }
    if (url.pathname === '/user' && req.method === 'GET') {
      return send(403, { ...FORBIDDEN, documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' });
    }

    if (list && req.method === 'GET') {
      const [, owner, repo, issue] = list;
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = comments.filter((c) => c.owner === owner && c.repo === repo && c.issue === Number(issue));
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(`${base}${url.pathname}`);
        next.searchParams.set('per_page', String(perPage));
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next}>; rel="next"`;
      }
      return send(200, slice.map(view), headers);
    }
    if (list && req.method === 'POST') {
      const [, owner, repo, issue] = list;
      if (typeof body?.body !== 'string') return send(422, { message: 'Invalid request: body is required' });
      return send(201, view(addComment(owner, repo, Number(issue), body.body, login)));
    }
    if (one && req.method === 'PATCH') {
      const [, owner, repo, id] = one;
      const c = comments.find((x) => x.owner === owner && x.repo === repo && x.id === Number(id));
      if (!c) return send(404, { message: 'Not Found' });
      if (c.user.login !== login) return send(403, FORBIDDEN);
      if (typeof body?.body !== 'string') return send(422, { message: 'Invalid request: body is required' });
      c.body = body.body;
      c.updated_at = new Date().toISOString();
      return send(200, view(c));
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    comments,
    requests,
    addComment: (owner, repo, issue, body, author) => addComment(owner, repo, issue, body, author),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
