#!/usr/bin/env node
// Launcher: refuse an old Node before any syntax it cannot parse is loaded, then start the compiled CLI.
import module from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 16)) {
  process.stderr.write(`ecm needs Node.js 20.16 or later; this is ${process.versions.node}\n`);
  process.exit(1);
}
module.enableCompileCache?.();

// A reader that went away (`ecm klant list | head -1`) is no failure of ecm's: the command finishes with its
// own exit code and what it still writes goes nowhere, instead of an 'error' event ending in a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    stream.destroy();
  });
}

const { main } = await import('../dist/cli/main.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error;
  process.stderr.write('ecm is not built yet: run "npm install" (or "npm run build") in its folder\n');
  process.exit(1);
});
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
