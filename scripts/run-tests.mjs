#!/usr/bin/env node
// Runs the chosen suites (unit, integration, e2e) in one `node --test` run, so CI reads one summary line.
// Node 20's runner does not expand globs, so the files are listed here; an empty list is an error.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const suites = process.argv.slice(2);
if (suites.length === 0) suites.push('unit', 'integration', 'e2e');

function filesUnder(directory, predicate) {
  const found = [];
  for (const entry of readdirSync(directory)) {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) found.push(...filesUnder(full, predicate));
    else if (predicate(full)) found.push(full);
  }
  return found.sort();
}

const selectors = {
  unit: () => ['server', 'web/src'].flatMap((root) => filesUnder(root, (file) => file.endsWith('.unit.test.ts'))),
  integration: () => [
    ...filesUnder('server', (file) => file.endsWith('.test.ts') && !file.endsWith('.unit.test.ts')),
    ...filesUnder('tests/integration', (file) => file.endsWith('.test.ts')),
  ],
  e2e: () => filesUnder('tests/e2e', (file) => file.endsWith('.test.ts')),
};

const files = [];
for (const suite of suites) {
  const select = selectors[suite];
  if (!select) {
    console.error(`Unknown suite "${suite}". Use: ${Object.keys(selectors).join(', ')}`);
    process.exit(2);
  }
  const chosen = select();
  if (chosen.length === 0) {
    console.error(`No test files found for the ${suite} suite.`);
    process.exit(1);
  }
  files.push(...chosen);
}

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 2}`, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
