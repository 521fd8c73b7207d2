import { type ChildProcess, spawn } from 'node:child_process';

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** One of the service's processes (the API, a worker) run by the launcher: `node <script>`. */
export class ServiceProcess {
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;

  constructor(
    readonly name: string,
    script: string,
    env: NodeJS.ProcessEnv,
  ) {
    // Detached: its own process group, so a Ctrl-C in the terminal reaches only the launcher, which stops the processes in order.
    // Its output is the launcher's; over the IPC channel it notices when the launcher is gone and stops too.
    this.child = spawn(process.execPath, [script], { env, detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => resolve({ code, signal }));
      this.child.once('error', () => resolve({ code: null, signal: null })); // could not be started at all
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * SIGTERM, so it closes by its own graceful path; SIGKILL if that takes
   * longer than `graceMs`. Resolves with whether it stopped cleanly.
   */
  async stop(graceMs: number): Promise<boolean> {
    if (this.running) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const { code, signal } = await this.exited.finally(() => clearTimeout(timer));
    // SIGTERM: it was still starting, before it listened for the signal.
    return code === 0 || signal === 'SIGTERM';
  }
}
