import type { Block, Run } from './document-model';

/**
 * The secretariat's free text, in a small markdown: paragraphs separated by blank lines, "- " bullets,
 * "# " headings, **bold** and *italic*. Parsed into blocks, never into HTML, so whatever is typed is
 * shown as text: nothing in it can run in a browser or a Word file.
 */
export function markdownToBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const paragraphs = source.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const para of paragraphs) {
    const lines = para
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    let buffer: string[] = [];
    const flush = () => {
      if (buffer.length) blocks.push({ kind: 'paragraph', runs: inlineRuns(buffer.join(' ')) });
      buffer = [];
    };
    for (const line of lines) {
      const heading = /^#{1,3}\s+(.*)$/.exec(line);
      const bullet = /^[-*•]\s+(.*)$/.exec(line);
      if (heading) {
        flush();
        blocks.push({ kind: 'heading', runs: inlineRuns(heading[1]!) });
      } else if (bullet) {
        flush();
        blocks.push({ kind: 'paragraph', runs: inlineRuns(`- ${bullet[1]!}`) });
      } else {
        buffer.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** **bold**, *italic* and _italic_ runs; unmatched markers stay as typed. */
export function inlineRuns(text: string): Run[] {
  const runs: Run[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) });
    if (m[1] !== undefined) runs.push({ text: m[1], bold: true });
    else runs.push({ text: (m[2] ?? m[3])!, italic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs.length ? runs : [{ text: '' }];
}

/** Plain text of blocks, one line per block: what revision comparison reads. */
export function blocksToLines(blocks: Block[]): string[] {
  return blocks.map((b) =>
    b.kind === 'table'
      ? [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n')
      : (b.kind === 'numbered' ? `${b.label} ` : '') + b.runs.map((r) => r.text).join(''),
  );
}
