import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPostgres } from '../../server/db/client.js';
import type { TestDatabase } from './database.js';
import { freePort, waitUntil } from './free-port.js';

const binaries = process.env.POSTGRES_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of the test's own (initdb into a temp folder, on a free port), which the test may stop,
 * freeze with SIGSTOP and restart: never the shared server on 5432. initdb refuses to run as root, so as root
 * the cluster runs as the `postgres` user.
 */
export class ThrowawayPostgres {
  private constructor(
    readonly port: number,
    private readonly folder: string,
    private readonly owner: { uid: number; gid: number } | undefined,
  ) {}

  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private get dataDir() {
    return path.join(this.folder, 'data');
  }

  static async create(): Promise<ThrowawayPostgres> {
    const folder = mkdtempSync(path.join(tmpdir(), 'hearth-pg-'));
    const owner = process.getuid?.() === 0 ? postgresUser() : undefined;
    if (owner) chownSync(folder, owner.uid, owner.gid);
    const cluster = new ThrowawayPostgres(await freePort(), folder, owner);
    cluster.run('initdb', ['-D', cluster.dataDir, '--auth=trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    await cluster.start();
    return cluster;
  }

  async start(): Promise<void> {
    const settings = [
      `-p ${this.port}`,
      "-c listen_addresses='127.0.0.1'",
      `-c unix_socket_directories='${this.folder}'`,
      '-c fsync=off',
      '-c shared_buffers=16MB',
      '-c max_connections=60',
    ].join(' ');
    this.run('pg_ctl', ['-D', this.dataDir, '-l', path.join(this.folder, 'server.log'), '-o', settings, '-w', 'start']);
    await waitUntil('the throwaway PostgreSQL to accept connections', async () => {
      const client = new pg.Client({ connectionString: this.url(), connectionTimeoutMillis: 1000 });
      await client.connect();
      await client.end();
      return true;
    });
  }

  /** Stops the server (fast shutdown: connections are closed, as in a restart by an operator). */
  stop(): void {
    this.run('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  /** Freezes every process of the cluster (a paused VM, a stuck disk): connections stay open, nothing answers. */
  freeze(): void {
    for (const pid of this.processIds()) process.kill(pid, 'SIGSTOP');
  }

  thaw(): void {
    for (const pid of this.processIds().reverse()) process.kill(pid, 'SIGCONT');
  }

  async createDatabase(): Promise<string> {
    const name = `hearth_${Math.random().toString(36).slice(2, 10)}`;
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    return this.url(name);
  }

  /** A new database on this cluster, migrated, as the TestDatabase a test app takes (dropped with the cluster). */
  async openDatabase(poolSize = 5): Promise<TestDatabase> {
    const url = await this.createDatabase();
    const handle = await openPostgres(url, poolSize);
    await handle.migrate();
    return { ...handle, url, drop: () => handle.close() };
  }

  /** Runs statements one by one, on one connection, as the superuser (to make the database refuse writes, say). */
  async sql(statements: string | string[]): Promise<void> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      for (const statement of [statements].flat()) await client.query(statement);
    } finally {
      await client.end();
    }
  }

  destroy(): void {
    try {
      this.thaw();
    } catch {}
    this.run('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', 'stop'], { check: false });
    rmSync(this.folder, { recursive: true, force: true });
  }

  /** The postmaster first, then its children (backends, checkpointer…). */
  private processIds(): number[] {
    const postmaster = Number(readFileSync(path.join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          // The parent pid is the 4th field of /proc/<pid>/stat, after the command name in parentheses.
          const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
        } catch {
          return false;
        }
      })
      .map(Number);
    return [postmaster, ...children];
  }

  private run(binary: string, args: string[], options: { check?: boolean } = {}): void {
    const result = spawnSync(path.join(binaries, binary), args, {
      cwd: this.folder,
      encoding: 'utf8',
      ...(this.owner && { uid: this.owner.uid, gid: this.owner.gid }),
    });
    if (options.check !== false && result.status !== 0) {
      throw new Error(`${binary} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
    }
  }
}

function postgresUser(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}
