// The main job on the embedded database, as a newcomer would run it: a demo supplier, a source customer and
// a customer that copies its settings. The database lives inside the clone (.demo/) and is made anew on
// every run, so real data elsewhere is never touched and the demo can be run again.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = join(root, '.demo');
rmSync(demoDir, { recursive: true, force: true });
mkdirSync(demoDir);
const env = { ...process.env, ECM_DATABASE_URL: join(demoDir, 'ecm.sqlite'), ECM_USER: 'jan' };

function ecm(...args) {
  process.stderr.write(`\n$ ecm ${args.join(' ')}\n`);
  const { status } = spawnSync(process.execPath, [join(root, 'bin', 'ecm.js'), ...args], {
    stdio: 'inherit',
    env,
    cwd: root,
  });
  if (status !== 0) {
    process.stderr.write(`demo stopped: "ecm ${args[0]}" exited with ${status}\n`);
    process.exit(status ?? 1);
  }
}

ecm('init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'jan@acme.example');
ecm('leverancieradmin', 'add', '--username', 'piet', '--email', 'piet@acme.example');
ecm('klant', 'create', '--json', 'fixtures/ns.json', '--output', 'text');
ecm(
  'klant',
  'create',
  '--json',
  'fixtures/kpn.json',
  '--output',
  'text',
  '--password-file',
  join(demoDir, 'kpn-password.txt'),
);
ecm('klant', 'list');
ecm('klant', 'show', 'KPN');
process.stderr.write(
  `\nThe demo database is ${env.ECM_DATABASE_URL}; the klantadmin's password is in .demo/kpn-password.txt\n`,
);
