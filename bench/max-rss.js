// Loaded with `node --import` into a benchmarked child: reports the process's own peak memory (KiB) as it ends.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nmax-rss ${process.resourceUsage().maxRSS}\n`));
