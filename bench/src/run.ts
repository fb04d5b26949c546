import os from 'node:os';
import { consentWriteBenchmark } from './consent-write.js';
import { dropAllBenchDatabases, ownerClient } from './database.js';
import { publicGetBenchmark } from './public-get.js';
import { scaleBenchmark } from './scale.js';
import { settings } from './settings.js';
import { statementsBenchmark } from './statements.js';
import { stopAllChildren } from './processes.js';

/** `node dist/run.js [--full|--quick] [public-get] [consent-write] [statements] [scale]`: the named benchmarks, or all of them. */
const BENCHMARKS: Record<string, () => Promise<string>> = {
  'public-get': publicGetBenchmark,
  'consent-write': consentWriteBenchmark,
  statements: statementsBenchmark,
  scale: scaleBenchmark,
};

async function serverVersion(): Promise<string> {
  const client = await ownerClient(settings.adminUrl);
  try {
    return (await client.query<{ version: string }>('SELECT version()')).rows[0]!.version;
  } finally {
    await client.end();
  }
}

async function cleanUp() {
  await stopAllChildren();
  await dropAllBenchDatabases();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping processes and dropping benchmark databases`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((name) => !(name in BENCHMARKS));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}

console.log(
  `Noticeboard benchmarks, ${settings.mode} sizes (BENCH_FULL=1 or --full for the issue's sizes); ${new Date().toISOString()}`,
);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`,
);
console.log(`database: ${await serverVersion()}`);
let failed = false;
try {
  for (const name of wanted.length ? wanted : Object.keys(BENCHMARKS)) {
    const started = Date.now();
    console.log(`\n## ${name}\n`);
    try {
      console.log(await BENCHMARKS[name]!());
    } catch (error) {
      failed = true;
      console.error(`${name} failed:`, error);
    }
    console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
} finally {
  await cleanUp();
}
process.exit(failed ? 1 : 0);
