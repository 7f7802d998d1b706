// `npm run bench:history`: one line per full run kept in bench/results, with each row's ratio (Hearth ÷ its
// baseline, in the round the run reported), so a change can be read against every run before it. The bars changed
// over time; the last columns name the accept and members bars each run used (bench/README.md says why).
import { readdirSync, readFileSync } from 'node:fs';

type Side = { requestsPerSecond: number };
type SavedRun = {
  machine: { cpu: string; rounds?: number };
  rows: { path: string; baselineName: string; hearth: Side; baseline: Side }[];
};

const columns: [heading: string, path: RegExp][] = [
  ['preview', /preview/],
  ['accept, unlimited', /accept.*unlimited/],
  ['accept, viral', /accept.*viral/],
  ['members first', /first page/],
  ['members deep', /deep page/],
  ['members search', /search/],
  ['invite page', /HTML page/],
];

const directory = new URL('./results/', import.meta.url);
const lines = [
  `| run | machine | rounds | ${columns.map(([heading]) => heading).join(' | ')} | accept bar | members bar |`,
  `| --- | --- | --- | ${columns.map(() => '---').join(' | ')} | --- | --- |`,
];
for (const file of readdirSync(directory)
  .filter((name) => name.endsWith('.json') && !name.includes('quick'))
  .sort()) {
  const run = JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as SavedRun;
  const row = (path: RegExp) => run.rows.find((candidate) => path.test(candidate.path));
  const ratio = (path: RegExp) => {
    const found = row(path);
    return found ? `${Math.round((100 * found.hearth.requestsPerSecond) / found.baseline.requestsPerSecond)} %` : '–';
  };
  // Since decision 137 a bar runs at the client count its probe found best (`bestClientCount`'s label in
  // bench/run.ts); the count itself varies by run.
  const bar = (path: RegExp) =>
    row(path)
      ?.baselineName.replace('pgbench -M prepared, ', '')
      .replace(/, \d+ clients \(the best of [^)]*\)/, ', best client count') ?? '–';
  lines.push(
    `| ${file.replace('.json', '')} | ${run.machine.cpu} | ${run.machine.rounds ?? 1} | ${columns.map(([, path]) => ratio(path)).join(' | ')} | ${bar(/accept/)} | ${bar(/members/)} |`,
  );
}
console.log(lines.join('\n'));
