import fs from 'node:fs';

/**
 * The embedded database, the keys and generated documents are the server's alone, whatever the umask of the shell
 * that started it (PGlite writes its files 0666 minus the umask; circulars were 0644): new files 0600, new
 * directories 0700, and the data directory itself 0700.
 */
export function privateFileModes(dataDir: string): void {
  process.umask(0o077);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
}

/**
 * PGlite writes its files with explicit modes (0666/0777 whatever the umask): after it opened and after it closed,
 * every file below `dir` is set 0600 and every directory 0700. The data directory itself being 0700 keeps the
 * files written in between unreachable to others.
 */
export function restrictTree(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = `${entry.parentPath}/${entry.name}`;
    if (entry.isSymbolicLink()) continue;
    fs.chmodSync(full, entry.isDirectory() ? 0o700 : 0o600);
  }
  fs.chmodSync(dir, 0o700);
}
