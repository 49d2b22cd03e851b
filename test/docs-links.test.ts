// Every relative link of the README, CONTRIBUTING.md and docs/ leads somewhere: the file exists and, for a link to
// `#anchor` in a Markdown file, so does a heading with that anchor (as GitHub makes them). Links are read from the
// rendered Markdown, so a link-like text in code is not one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGfm, visibleText } from './support/gfm';

const root = path.resolve(import.meta.dirname, '..');
const pages = ['README.md', 'CONTRIBUTING.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const rendered = new Map<string, string>();
const html = (page: string) => rendered.get(page) ?? rendered.set(page, renderGfm(readFileSync(path.join(root, page), 'utf8'))).get(page)!;
const decode = (href: string) => decodeURIComponent(href.replace(/&amp;/g, '&'));

/** GitHub's heading anchors: lower case, punctuation but `-` and `_` dropped, spaces as `-`, repeats numbered. */
function anchors(page: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, text] of html(page).matchAll(/<h[1-6]>([\s\S]*?)<\/h[1-6]>/g)) {
    const slug = visibleText(text).trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    result.add(n ? `${slug}-${n}` : slug);
  }
  return result;
}

/** The relative links of a page: `{ file, anchor }`, the file resolved from the repository root. */
function links(page: string): { href: string; file: string; anchor?: string }[] {
  return [...html(page).matchAll(/<a href="([^"]*)"/g)]
    .map(([, href]) => decode(href))
    .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href))
    .map((href) => {
      const [target, anchor] = href.split('#');
      const file = target ? path.posix.normalize(path.posix.join(path.posix.dirname(page), target)) : page;
      return { href, file, anchor };
    });
}

describe('relative links of the documentation', () => {
  it('finds the pages and their links', () => {
    expect(pages).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/configuration.md', 'docs/workflows.md']));
    expect(links('README.md').filter((l) => l.file.startsWith('docs/')).length).toBeGreaterThan(5);
  });

  for (const page of pages) {
    it(`${page}: every relative link points to a file, and every #anchor to a heading`, () => {
      const broken: string[] = [];
      for (const { href, file, anchor } of links(page)) {
        if (!existsSync(path.join(root, file))) broken.push(`${href}: no file ${file}`);
        else if (anchor !== undefined && file.endsWith('.md') && !anchors(file).has(anchor)) broken.push(`${href}: no heading #${anchor} in ${file}`);
      }
      expect(broken).toEqual([]);
    });
  }

  it('makes anchors as GitHub does', () => {
    rendered.set('example.md', renderGfm('# Applying the reviewed plan (`plan-file`)\n\n## `inputs`, `exclude` and `defaults`\n\n## Inputs\n\n## Inputs\n'));
    expect([...anchors('example.md')]).toEqual(['applying-the-reviewed-plan-plan-file', 'inputs-exclude-and-defaults', 'inputs', 'inputs-1']);
  });
});
