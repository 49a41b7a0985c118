import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Root of the repository. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the built CLI (dist/cli.js) without a terminal and returns what it printed. */
export function runCli(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
) {
  const result = spawnSync(process.execPath, [`${ROOT}dist/cli.js`, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the built CLI without blocking this process, so a server in this test process can answer
 * it (spawnSync would freeze the server's event loop).
 */
export function runCliAsync(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${ROOT}dist/cli.js`, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
