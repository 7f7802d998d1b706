import { type ChildProcess, spawn } from 'node:child_process';

export type HearthProcess = { url: string; process: ChildProcess; output: string[] };

/** Runs `server/main.ts` as its own process (as production does) and waits until /readyz answers. */
export async function startHearthProcess(port: number, environment: Record<string, string>): Promise<HearthProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'off', LOG_LEVEL: 'warn', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  // Generous: compiling TypeScript and migrating take many seconds on a busy 2-core machine.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { url, process: child, output };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`Hearth on port ${port} did not become ready:\n${output.join('')}`);
}
