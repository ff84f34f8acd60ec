import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server answers, e.g. http://127.0.0.1:41234 (GraphQL at /graphql, the simulator at /wechat-sim). */
    serverOrigin: string;
  }
}

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const serverDll = join(repositoryRoot, 'src/GraphQL/bin/Debug/net10.0/KnowledgePay.GraphQL.dll');
const READY_WITHIN_MS = 180_000;

/**
 * Starts the real server for the end-to-end test: the Debug build the test command made (the embedded WeChat
 * simulator exists only in Debug builds), in Development so the simulator is mapped and the demo catalogue seeded,
 * with a fresh data folder (its own SQLite database and WeChat Pay keys) on a free port. Set KNOWLEDGEPAY_E2E_ORIGIN
 * to run against a server you started yourself (`dotnet run --project src/GraphQL`) instead.
 */
export default async function startServer(project: TestProject): Promise<() => Promise<void>> {
  const existing = process.env.KNOWLEDGEPAY_E2E_ORIGIN;
  if (existing) {
    await waitUntilReady(existing.replace(/\/$/, ''), null, '');
    project.provide('serverOrigin', existing.replace(/\/$/, ''));
    return async () => {};
  }
  if (!existsSync(serverDll)) {
    throw new Error(`${serverDll} is missing: build the server first (dotnet build src/GraphQL from the repository root).`);
  }

  const dataFolder = mkdtempSync(join(tmpdir(), 'knowledgepay-e2e-'));
  const logFile = join(dataFolder, 'server.log');
  const origin = `http://127.0.0.1:${await freePort()}`;
  const server = spawn('dotnet', [serverDll, '--urls', origin], {
    cwd: dirname(serverDll),
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      DOTNET_ENVIRONMENT: 'Development',
      Storage__DataFolder: dataFolder,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);

  const stop = async () => {
    await stopProcess(server);
    log.end();
    if (process.env.KNOWLEDGEPAY_E2E_KEEP_DATA) {
      console.log(`e2e: server data and log kept in ${dataFolder}`);
    } else {
      rmSync(dataFolder, { recursive: true, force: true });
    }
  };
  try {
    await waitUntilReady(origin, server, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('serverOrigin', origin);
  return stop;
}

async function waitUntilReady(origin: string, server: ChildProcess | null, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (server !== null && server.exitCode !== null) {
      throw new Error(`The server exited with code ${server.exitCode} before it was ready:\n${tail(logFile)}`);
    }
    try {
      if ((await fetch(`${origin}/readyz`)).ok && (await recommenderServes(origin))) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`The server at ${origin} was not ready within ${READY_WITHIN_MS / 1000} s:\n${tail(logFile)}`);
}

/**
 * A fresh server trains its first recommender model in the background after seeding, and recommends nothing until
 * then; the journey's home page needs picks, so the server is ready once an anonymous caller gets some.
 */
async function recommenderServes(origin: string): Promise<boolean> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ recommendations(first: 1) { totalCount } }' }),
  });
  const answer = (await response.json()) as { data?: { recommendations?: { totalCount: number } } };
  return (answer.data?.recommendations?.totalCount ?? 0) > 0;
}

function tail(logFile: string): string {
  return logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function stopProcess(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  server.kill('SIGTERM');
  const killed = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killed);
}
