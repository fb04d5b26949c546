// pnpm --filter @noticeboard/infra validate: run every check and print its problems.
import process from 'node:process';
import console from 'node:console';
import { allChecks } from './checks.mjs';

let failed = 0;
for (const [name, check] of Object.entries(allChecks)) {
  const problems = check();
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}`);
  for (const p of problems) console.log(`     - ${p}`);
  if (problems.length) failed++;
}
process.exit(failed ? 1 : 0);
