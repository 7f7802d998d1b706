#!/usr/bin/env node
// Measures the JavaScript a browser downloads to show and use the invite modal (/invite/:code): the entry chunk,
// the invite page's chunk and every chunk they import, as sent (Brotli, and gzip for browsers without it).
// Reads the build's manifest (run `npm run build` first). Exits 1 above the budget of issue 8: 120 KB compressed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const INVITE_BUDGET_BYTES = 120 * 1024;
const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

export function measureInviteBundle() {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit('src/routes/invite-page.tsx');
  let raw = 0;
  let brotli = 0;
  let gzip = 0;
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    const content = readFileSync(path.join(distDir, file));
    raw += content.length;
    brotli += brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: [...files].sort(), raw, brotli, gzip };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, raw, brotli, gzip } = measureInviteBundle();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `Invite route JavaScript: ${files.filter((file) => file.endsWith('.js')).length} files, ${kb(raw)} raw, ${kb(brotli)} Brotli, ${kb(gzip)} gzip (budget ${kb(INVITE_BUDGET_BYTES)} compressed)`,
  );
  // The budget holds for what an https install sends (Brotli, which browsers only ask for over https); gzip, for
  // plain-http LAN installs, is reported beside it (decision record 115).
  if (brotli > INVITE_BUDGET_BYTES) {
    console.error('Over budget: the invite page must stay at or under 120 KB compressed (Brotli).');
    process.exit(1);
  }
}
