// Removes the outputs in dist/ whose TypeScript source is gone (a file deleted
// or moved), so the incremental build leaves no stale modules behind; every
// other output stays in place, also under a running service.
const { existsSync, readdirSync, rmdirSync, rmSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const OUTPUT = /\.(js|js\.map|d\.ts)$/;

function prune(dir) {
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removed += prune(path);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (OUTPUT.test(entry.name) && !existsSync(join(root, relative(dist, path)).replace(OUTPUT, '.ts'))) {
      rmSync(path);
      removed++;
    }
  }
  return removed;
}

if (existsSync(dist)) {
  const removed = prune(dist);
  if (removed) console.error(`prune-dist: removed ${removed} output(s) of deleted sources`);
}
