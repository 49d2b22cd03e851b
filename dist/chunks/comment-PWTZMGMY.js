import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-SK5B422H.js";

// src/report/comment.ts
var COMMENT_MARKER = "<!-- lambda-layers-action:plan -->";
function commentMarker(key) {
  if (!key) return COMMENT_MARKER;
  const safe = key.replace(/--+/g, "-").replace(/[<>\n\r]/g, "");
  return `<!-- lambda-layers-action:plan config=${safe} -->`;
}
async function upsertComment(github, target, body, log, opts = {}) {
  const marker = commentMarker(opts.key);
  const text = `${marker}
${body}`;
  const where = `${target.owner}/${target.repo}#${target.issue}`;
  try {
    const [comments, login] = await Promise.all([github.listComments(target), github.viewerLogin()]);
    const ours = comments.find((c) => c.body.startsWith(marker) && c.author.toLowerCase() === login.toLowerCase());
    if (ours) {
      await github.updateComment(target, ours.id, text);
      log.info(`Updated the plan comment on ${where} (comment ${ours.id}).`);
      return "updated";
    }
    await github.createComment(target, text);
    log.info(`Posted the plan comment on ${where}.`);
    return "created";
  } catch (err) {
    log.warning(explain(err, where));
    return "skipped";
  }
}
function explain(err, where) {
  const status = err.status;
  const message = err instanceof Error ? err.message : String(err);
  const prefix = `Could not post the plan comment on ${where} (${status ? `HTTP ${status}: ` : ""}${message}).`;
  if (status === 403 || status === 404) {
    return `${prefix} The token may not write pull-request comments: add \`permissions: pull-requests: write\` to the job (or pass a token that can via the 'github-token' input). Pull requests from forks always get a read-only token, so there the plan is only in the job summary. Set 'comment: false' to silence this warning.`;
  }
  if (status === 401) return `${prefix} The 'github-token' input was rejected; pass a valid token or set 'comment: false'.`;
  return `${prefix} The plan is still in the job summary and the 'plan' output.`;
}
export {
  COMMENT_MARKER,
  commentMarker,
  upsertComment
};
//# sourceMappingURL=comment-PWTZMGMY.js.map
