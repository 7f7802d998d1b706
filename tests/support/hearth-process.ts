import { type ChildProcess, spawn } from 'node:child_process';
import { serverNodeArgs } from '../../scripts/server-command.mjs';

export type HearthProcess = { url: string; process: ChildProcess; output: string[] };

/**
 * Starts `server/main.ts` as its own process (as production does) without waiting for it. `detached` makes it
 * the leader of its own process group, so a test can kill the whole group as a supervisor would.
 */
export function spawnHearthProcess(
  port: number,
  environment: Record<string, string>,
  options: { detached?: boolean } = {},
): HearthProcess {
  const child = spawn(process.execPath, [...serverNodeArgs], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'off', LOG_LEVEL: 'warn', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  return { url: `http://127.0.0.1:${port}`, process: child, output };
}

/** Resolves true once /readyz answers, false if the process exits first. */
export async function waitUntilReady(hearth: HearthProcess, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hearth.process.exitCode !== null || hearth.process.signalCode !== null) return false;
    try {
      if ((await fetch(`${hearth.url}/readyz`)).ok) return true;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Runs `server/main.ts` as its own process (as production does) and waits until /readyz answers. */
export async function startHearthProcess(
  port: number,
  environment: Record<string, string>,
  options: { detached?: boolean } = {},
): Promise<HearthProcess> {
  const hearth = spawnHearthProcess(port, environment, options);
  if (await waitUntilReady(hearth)) return hearth;
  hearth.process.kill('SIGKILL');
  throw new Error(`Hearth on port ${port} did not become ready:\n${hearth.output.join('')}`);
}
