/**
 * Writes web/src/api/schema.d.ts, the web app's request and response types, from Hearth's OpenAPI document, so
 * the contract is written once (zod on the server) and never restated by hand in the web app.
 *
 *   npm run api:types             regenerate the file
 *   npm run api:types -- --check  exit 1 when the committed file differs from what the server's schemas produce
 *   --file=<path>                 write or check another file instead (the tests check a stale copy)
 *
 * The output is a pure function of the document: no dates or versions in the header, so the same schemas always
 * give the same bytes and the check in `npm test` only fails on a real drift.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from './openapi-document.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const apiTypesFile = path.join(projectRoot, 'web/src/api/schema.d.ts');

const header = `/**
 * Generated from Hearth's OpenAPI document (/api/openapi.json) by scripts/generate-api-types.ts.
 * Do not edit by hand: change the zod schemas on the server and run \`npm run api:types\`.
 */

`;

export async function renderApiTypes(document: Record<string, any>): Promise<string> {
  // The document is passed as an object, never a URL or path, so openapi-typescript does no I/O of its own.
  const ast = await openapiTS(document as OpenAPI3, { exportType: true });
  return formatWithBiome(header + astToString(ast));
}

/**
 * Formats the text as the project's Biome would format the file itself, so `npm run lint` accepts the generated
 * file as it is and diffs of it read like any other change.
 */
function formatWithBiome(source: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const formatted = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${apiTypesFile}`], {
    cwd: projectRoot, // where biome.json is
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (formatted.status !== 0) throw new Error(`Biome could not format the generated types: ${formatted.stderr}`);
  return formatted.stdout;
}

/** Compares the committed file with freshly generated text; returns a message for the reader when they differ. */
export async function findApiTypesDrift(expected: string, file: string): Promise<string | null> {
  const committed = await readFile(file, 'utf8').catch(() => null);
  if (committed === expected) return null;
  const relative = path.relative(process.cwd(), file);
  if (committed === null) return `${relative} is missing. Run \`npm run api:types\` and commit the result.`;
  return `${relative} is out of date with the server's OpenAPI document. Run \`npm run api:types\` and commit the result.`;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const fileArgument = process.argv.find((argument) => argument.startsWith('--file='));
  const file = fileArgument ? path.resolve(fileArgument.slice('--file='.length)) : apiTypesFile;
  const expected = await renderApiTypes(await openApiDocument());
  if (check) {
    const drift = await findApiTypesDrift(expected, file);
    if (drift) {
      console.error(drift);
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), file)} matches the OpenAPI document.`);
    return;
  }
  await writeFile(file, expected);
  console.log(`Wrote ${path.relative(process.cwd(), file)}.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
