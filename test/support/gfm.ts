// Markdown as GitHub renders it (GFM: tables, autolinked URLs, raw HTML), for tests that check what a reader sees
// and what GitHub would turn into a mention, an issue reference or a link.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]);

/** What a reader sees and copies: the text of the rendered HTML. */
export function visibleText(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ''));
}

/** The text GitHub scans for @mentions and #references: everything outside code, pre and links. */
export function scannedText(html: string): string {
  return visibleText(html.replace(/<(code|pre|a)\b[^>]*>[\s\S]*?<\/\1>/g, ' '));
}
