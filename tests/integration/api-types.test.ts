import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { apiTypesFile, findApiTypesDrift, renderApiTypes } from '../../scripts/generate-api-types.js';

/** A two-operation document: enough to see the generator's output shape without building the whole app. */
const smallDocument = {
  openapi: '3.1.0',
  info: { title: 'Small', version: '1.0.0' },
  paths: {
    '/api/things/{thingId}': {
      get: {
        operationId: 'getThing',
        parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: {
            description: 'The thing',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['thing'],
                  properties: {
                    thing: {
                      type: 'object',
                      required: ['id', 'state', 'label'],
                      properties: {
                        id: { type: 'string' },
                        state: { type: 'string', enum: ['active', 'revoked'] },
                        label: { type: ['string', 'null'] },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

/** Runs `npm run api:types -- <arguments>` as CI does, and collects what it printed. */
function runApiTypes(...argumentsToPass: string[]) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'api:types', '--', ...argumentsToPass], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('generated API types (npm run api:types)', () => {
  test('the same document always gives the same bytes, formatted as Biome formats the project', async () => {
    const first = await renderApiTypes(structuredClone(smallDocument));
    const second = await renderApiTypes(structuredClone(smallDocument));
    assert.equal(first, second);
    assert.match(first, /Do not edit by hand/);
    assert.match(first, /'\/api\/things\/\{thingId\}': \{/, 'single quotes and two-space indents, as biome.json asks');
    assert.match(first, /state: 'active' \| 'revoked';/);
    assert.match(first, /label: string \| null;/);
  });

  test('the drift check names the file and the command when the committed file is stale or missing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'hearth-api-types-'));
    const file = path.join(folder, 'schema.d.ts');
    const expected = await renderApiTypes(structuredClone(smallDocument));

    assert.match((await findApiTypesDrift(expected, file)) ?? '', /schema\.d\.ts is missing\. Run `npm run api:types`/);
    writeFileSync(file, expected.replace("'revoked'", "'deleted'"));
    assert.match((await findApiTypesDrift(expected, file)) ?? '', /schema\.d\.ts is out of date .* Run `npm run api:types`/);
    writeFileSync(file, expected);
    assert.equal(await findApiTypesDrift(expected, file), null);
  });

  test('`--check` fails on a stale file and passes on a freshly written one, which is byte for byte the committed one', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'hearth-api-types-'));
    const file = path.join(folder, 'schema.d.ts');
    writeFileSync(file, `${await readFile(apiTypesFile, 'utf8')}\nexport type Stale = true;\n`);

    const stale = await runApiTypes('--check', `--file=${file}`);
    assert.equal(stale.code, 1, stale.output);
    assert.match(stale.output, /is out of date with the server's OpenAPI document\. Run `npm run api:types`/);

    const written = await runApiTypes(`--file=${file}`);
    assert.equal(written.code, 0, written.output);
    assert.equal(await readFile(file, 'utf8'), await readFile(apiTypesFile, 'utf8'), 'web/src/api/schema.d.ts is up to date');
  });
});
