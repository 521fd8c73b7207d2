import { readdir, readFile } from 'node:fs/promises';
import type pg from 'pg';

/** CPU time (user + system, and of waited-for children when `children`), in ms, from /proc/<pid>/stat (Linux; null elsewhere). */
export async function cpuMsOf(pid: number | 'self', children = false): Promise<number | null> {
  try {
    // Fields after the command's closing parenthesis: utime, stime, cutime, cstime are the 12th to 15th, in clock ticks (100 a second).
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0);
    return ticks * 10;
  } catch {
    return null;
  }
}

/**
 * What the PostgreSQL server has spent so far, in CPU ms: its postmaster's
 * finished children (backends that have ended) and the live ones (a local
 * server only; null otherwise). On a private server that is the cost of the
 * work measured, whatever else the machine runs; a shared one counts others' work too.
 */
export async function serverCpuMs(pool: pg.Pool): Promise<number | null> {
  const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  try {
    const postmaster = Number((await readFile(`/proc/${rows[0].pid}/stat`, 'utf8')).split(') ')[1].split(' ')[1]);
    let total = (await cpuMsOf(postmaster, true)) ?? 0;
    for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
      if (stat && Number(stat.split(') ')[1].split(' ')[1]) === postmaster) total += (await cpuMsOf(Number(pid))) ?? 0;
    }
    return total;
  } catch {
    return null;
  }
}
