// Loaded with `node --import`: prints the process's peak resident memory when it exits, for bench/plan.ts.
process.on('exit', () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
