// Starts the real Sage server jar for the browser specs (or uses one already running), and
// always stops the JVM it started, even when a spec fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 10_000;
const LOG_TAIL_LINES = 80;

/** A port nobody listens on right now: bind port 0, read what the OS chose, release it. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** @param {string} java */
function javaMajorVersion(java) {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `Cannot run Java '${java}' (${result.error.message}). Set SAGE_JAVA to a JDK >= 21, ` +
        'e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return undefined;
  // Java 8 and older report "1.8.0_x".
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/**
 * @param {string} baseUrl
 * @param {number} timeoutMs
 * @param {() => string | undefined} [exitReason] says why waiting is pointless (the JVM died)
 */
export async function waitForReady(baseUrl, timeoutMs, exitReason) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const reason = exitReason?.();
    if (reason) throw new Error(reason);
    try {
      const response = await fetch(`${baseUrl}/actuator/health/readiness`, {
        signal: AbortSignal.timeout(5_000),
      });
      const text = await response.text();
      last = `HTTP ${response.status} ${text.slice(0, 200)}`;
      if (response.ok && /"status"\s*:\s*"UP"/.test(text)) return;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(500);
  }
  throw new Error(
    `Sage at ${baseUrl} was not ready within ${timeoutMs / 1000} s (last readiness: ${last})`,
  );
}

/**
 * @typedef {object} SageServer
 * @property {string} baseUrl
 * @property {() => Promise<void>} stop
 * @property {() => string} logTail
 */

/**
 * SAGE_BASE_URL: use that running server. Otherwise start `$SAGE_JAVA -jar $SAGE_JAR` on a free
 * port with a fresh data directory and `args` (extra Spring arguments) and wait until readiness says UP.
 * @param {{ outDir: string, args?: string[] }} options
 * @returns {Promise<SageServer>}
 */
export async function startSage({ outDir, args = [] }) {
  const external = process.env.SAGE_BASE_URL;
  if (external) {
    const baseUrl = external.replace(/\/+$/, '');
    await waitForReady(baseUrl, 30_000);
    return { baseUrl, stop: async () => {}, logTail: () => '(server not started by the tests)' };
  }

  const jarSetting = process.env.SAGE_JAR;
  if (!jarSetting) {
    throw new Error(
      'Browser tests need the Sage server: set SAGE_JAR to the packaged jar ' +
        '(server/target/sage.jar) or SAGE_BASE_URL to a running server.',
    );
  }
  const jar = resolve(jarSetting);
  if (!existsSync(jar)) throw new Error(`SAGE_JAR points at ${jar}, which does not exist.`);

  const java = process.env.SAGE_JAVA || 'java';
  const major = javaMajorVersion(java);
  if (major !== undefined && major < 21) {
    throw new Error(
      `'${java}' is Java ${major}; the Sage server needs a JDK >= 21. Set SAGE_JAVA, ` +
        'e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java',
    );
  }

  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'sage-e2e-data-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  mkdirSync(outDir, { recursive: true });
  const logFile = createWriteStream(join(outDir, 'sage-server.log'));

  /** @type {string[]} */
  const tail = [];
  /** @param {Buffer} chunk */
  const record = (chunk) => {
    logFile.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      tail.push(line);
      if (tail.length > LOG_TAIL_LINES) tail.shift();
    }
  };
  const logTail = () => tail.join('\n');

  // Spawned directly (no shell), so the PID we signal is the JVM itself.
  const jvm = spawn(
    java,
    ['-jar', jar, `--server.port=${port}`, `--sage.data-dir=${dataDir}`, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  jvm.stdout.on('data', record);
  jvm.stderr.on('data', record);

  /** @type {string | undefined} */
  let exited;
  const exitedPromise = new Promise((resolveExit) => {
    jvm.on('exit', (code, signal) => {
      exited = `the server exited early (code ${code}, signal ${signal})`;
      resolveExit(undefined);
    });
    jvm.on('error', (error) => {
      exited = `the server could not start: ${error.message}`;
      resolveExit(undefined);
    });
  });

  // If the test process dies abruptly, do not leave a JVM behind.
  const killOnExit = () => {
    if (exited === undefined) jvm.kill('SIGKILL');
  };
  process.on('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (exited === undefined) {
      jvm.kill('SIGTERM');
      const graceful = await Promise.race([
        exitedPromise.then(() => true),
        sleep(STOP_GRACE_MS).then(() => false),
      ]);
      if (!graceful) {
        jvm.kill('SIGKILL');
        await exitedPromise;
      }
    }
    await new Promise((done) => logFile.end(done));
    rmSync(dataDir, { recursive: true, force: true });
  };

  const started = Date.now();
  try {
    await waitForReady(baseUrl, READY_TIMEOUT_MS, () => exited);
  } catch (error) {
    await stop();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n--- last server log lines ---\n${logTail()}`, { cause: error });
  }
  console.log(`# Sage ready at ${baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { baseUrl, stop, logTail };
}
