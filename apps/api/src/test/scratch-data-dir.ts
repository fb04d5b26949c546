import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A temporary folder for a throwaway embedded server's data (`dataDir`, not yet created). Running as root,
 * PostgreSQL runs as the `postgres` user, which must reach it, and mkdtemp makes the folder private to its creator.
 */
export async function scratchDataDir(label: string): Promise<{ dataDir: string; remove(): Promise<void> }> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), `noticeboard-${label}-`));
  await fs.chmod(folder, 0o755);
  return { dataDir: path.join(folder, 'postgres'), remove: () => fs.rm(folder, { recursive: true, force: true }) };
}
