import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL cluster of Debian's binaries in a temporary folder, owned by the test run. */
export interface PostgresServer {
  /** Connection URL of the superuser's maintenance database. */
  adminUrl: string;
  /** The URL of another database on the same server. */
  urlFor(database: string): string;
  stop(): void;
}

const USER = 'regiondesk';

function hasBinaries(dir: string): boolean {
  return existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
}

/** Where initdb and pg_ctl are: pg_config's bindir, Debian's versioned folders, or PATH. */
export function findPostgresBin(): string {
  const candidates: string[] = [];
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // pg_config is optional (libpq-dev); the versioned folders below are what the server package installs.
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  candidates.push(...(process.env.PATH ?? '').split(':').filter(Boolean));
  const found = candidates.find(hasBinaries);
  if (!found) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) were not found: install Debian’s postgresql package ' +
        '(apt-get install postgresql) to run the head-office tests against PostgreSQL.',
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * initdb refuses to run as root, so under root (CI containers) the cluster belongs to the
 * `postgres` user (or `nobody`) and its commands run through runuser.
 */
function runAs(): { user: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const user of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
      return { user, uid, gid };
    } catch {
      // try the next one
    }
  }
  throw new Error(
    'Running as root, but neither a postgres nor a nobody user exists to own the test cluster.',
  );
}

/** Starts a throwaway cluster listening on 127.0.0.1 only, with trust authentication. */
export async function startPostgres(opts: { durable?: boolean } = {}): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const root = mkdtempSync(join(tmpdir(), 'regiondesk-pg-'));
  const data = join(root, 'data');
  const owner = runAs();
  if (owner) {
    chownSync(root, owner.uid, owner.gid);
    chmodSync(root, 0o700);
  }
  const run = (tool: string, args: string[]) => {
    const command = join(bin, tool);
    const [file, argv] = owner ? ['runuser', ['-u', owner.user, '--', command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: 'pipe', cwd: root });
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  // Tests trade durability for speed; the bench compares with SQLite's synchronous=FULL, so it keeps it.
  const fast = opts.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${root}${fast}`;
  run('pg_ctl', ['-D', data, '-l', join(root, 'server.log'), '-o', options, '-w', 'start']);
  const urlFor = (database: string) => `postgres://${USER}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
