import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

/** `npm start`'s entry, built: node dist/apps/standalone/main.js (needs `npm run build` first). */
export interface Standalone {
  readonly launcher: ChildProcess;
  /** Resolves with the launcher's exit code (null: ended by a signal). */
  readonly exited: Promise<number | null>;
  /** Everything the launcher and its processes printed, without colours. */
  output(): string;
  /** Until the output matches, or throws with the output when the launcher exits or `ms` pass. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  /** The API's or the worker's pid, from its own log lines. */
  pidOf(name: 'API' | 'worker'): number;
  /** The embedded PostgreSQL's pid (postmaster.pid), while it runs. */
  postgresPid(): number | null;
  /** Whatever is still running, killed (after a test that failed half-way). */
  kill(): Promise<void>;
}

export function startStandalone(options: { dataDir: string; port: number; pgPort: number }): Standalone {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    EMBEDDED_POSTGRES_DIR: join(options.dataDir, 'pg'),
    EMBEDDED_POSTGRES_PORT: String(options.pgPort),
    NODE_ENV: 'development',
    DEVELOPMENT_SECRETS_DIR: join(options.dataDir, 'secrets'),
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  // Its own process group, as a terminal gives a command it runs in the foreground.
  const launcher = spawn(process.execPath, ['dist/apps/standalone/main.js'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  launcher.stdout?.on('data', (chunk) => (text += chunk));
  launcher.stderr?.on('data', (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
  const output = () => text.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex
  // Each process logs JSON lines with its pid: the API's is on its listening line, the worker's on its ready line.
  const pids = { API: /"pid":(\d+),[^\n]*"msg":"API listening on/, worker: /"pid":(\d+),[^\n]*"msg":"Worker ready/ };
  const postgresPid = () => {
    const file = join(options.dataDir, 'pg', 'postmaster.pid');
    return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
  };
  return {
    launcher,
    exited,
    output,
    async waitFor(pattern, ms = 60_000) {
      const started = Date.now();
      while (!pattern.test(output())) {
        if (launcher.exitCode !== null || launcher.signalCode !== null)
          throw new Error(`the launcher exited (${launcher.exitCode ?? launcher.signalCode}) before ${pattern}:\n${output()}`);
        if (Date.now() - started > ms) throw new Error(`no ${pattern} within ${ms} ms:\n${output()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    pidOf(name) {
      const match = pids[name].exec(output());
      if (!match) throw new Error(`no pid of the ${name} in:\n${output()}`);
      return Number(match[1]);
    },
    postgresPid,
    async kill() {
      for (const pid of [launcher.pid, ...(['API', 'worker'] as const).map((name) => Number(pids[name].exec(output())?.[1]))])
        if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
      const postgres = postgresPid();
      if (postgres && isRunning(postgres)) {
        process.kill(postgres, 'SIGINT'); // its fast shutdown
        for (let waited = 0; isRunning(postgres) && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether something accepts TCP connections on the port. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Until `exited` resolves, or throws with the output after `ms`: a shutdown that hangs shows what it printed. */
export function exitWithin(standalone: Standalone, ms: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`no exit within ${ms} ms:\n${standalone.output().slice(-4000)}`)), ms)),
  );
  return Promise.race([standalone.exited, late]).finally(() => clearTimeout(timer));
}
