import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, repoRoot } from './config.js';
import { ensureSchemaCurrent, migrate, openDatabase } from './db/data-source.js';
import { assertAppRoleIsConfined } from './db/app-role.js';
import { inTransaction } from './db/request-transaction.js';
import { createSchema, printSortedSchema } from './graphql/schema.js';
import { ValidationFailed } from './graphql/user-error.js';
import { createLogger } from './logger.js';
import { createAgency } from './modules/agencies/agency.service.js';
import { normalEmail } from './modules/auth/user.service.js';
import { INVITATION_DAYS, inviteIntoAgency } from './modules/invitations/invitation.service.js';
import { scanCookiesCommand, SCAN_COOKIES_USAGE } from './modules/cookie-scan/cookie-scan.cli.js';
import { JobQueue } from './queue/queue.js';
import { SCHEMA_FILE } from './schema-file.js';

const USAGE = `Usage: pnpm cli <command> [options]

  migrate                         apply pending migrations (uses MIGRATION_DATABASE_URL or DATABASE_URL)
  create-agency --name <name> --owner-email <email>
                                  create an agency and invite its first owner: prints the acceptance link
                                  (also emailed); the owner chooses their own password when accepting
  schema [--check]                write apps/api/schema.graphql (--check: fail if it is stale)
  worker                          work background jobs (email, webhooks, notices) until SIGTERM/SIGINT; for an API
                                  started with NOTICEBOARD_WORKER=off (needs DATABASE_URL)
${SCAN_COOKIES_USAGE}`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      // A deploy's migration step may be given only the owner's connection (MIGRATION_DATABASE_URL).
      const target = config.databaseUrl ? config : { ...config, databaseUrl: config.migrationDatabaseUrl };
      const db = await openDatabase(target, { poolSize: 1 });
      try {
        const applied = await migrate(target, db);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'create-agency': {
      const { values } = parseArgs({
        args: rest,
        options: { name: { type: 'string' }, 'owner-email': { type: 'string' } },
      });
      const ownerEmail = normalEmail(values['owner-email']);
      if (!ownerEmail) {
        console.error('owner-email: must be an email address (the first owner is invited there)');
        return 2;
      }
      const db = await openDatabase(config, { poolSize: 1 });
      try {
        await migrate(config, db);
        const result = await inTransaction(db.dataSource, {}, async (tx) => {
          const agency = await createAgency(tx.manager, { name: values.name ?? '' });
          // Throwing rolls the transaction back, so a refused name leaves nothing half-made.
          if (agency instanceof ValidationFailed) throw agency;
          const { link } = await inviteIntoAgency(
            { em: tx.manager },
            { agencyId: agency.id, email: ownerEmail, role: 'OWNER', invitedBy: null, publicUrl: config.publicUrl },
          );
          return { agency, link };
        }).catch((e: unknown) => {
          if (e instanceof ValidationFailed) return e;
          throw e;
        });
        if (result instanceof ValidationFailed) {
          for (const p of result.problems) console.error(`${p.path}: ${p.message}`);
          return 2;
        }
        console.log(`created agency "${result.agency.name}" (${result.agency.id})`);
        console.log(
          `its first owner, ${ownerEmail}, accepts here (single use, valid ${INVITATION_DAYS} days; also emailed):\n${result.link}`,
        );
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'schema': {
      const sdl = printSortedSchema(await createSchema());
      if (rest.includes('--check')) {
        const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
        if (current !== sdl) {
          console.error('apps/api/schema.graphql is stale: run `pnpm schema`');
          return 1;
        }
        console.log('schema.graphql is current');
        return 0;
      }
      fs.writeFileSync(SCHEMA_FILE, sdl);
      console.log(`wrote ${path.relative(repoRoot, SCHEMA_FILE)}`);
      return 0;
    }
    case 'worker': {
      if (!config.databaseUrl) {
        console.error(
          'the worker process needs DATABASE_URL: the embedded database is run by the API process that started it, on a data folder no other process may open, so keep NOTICEBOARD_WORKER=inline there',
        );
        return 2;
      }
      const logger = createLogger(config.logLevel);
      const db = await openDatabase(config, { poolSize: 5 });
      try {
        await ensureSchemaCurrent(config, db, (message, detail) => logger.info(detail, message));
        await assertAppRoleIsConfined(db.dataSource);
        const queue = await JobQueue.start(config, db.dataSource, logger);
        const signal = await new Promise<string>((resolve) => {
          process.once('SIGTERM', () => resolve('SIGTERM'));
          process.once('SIGINT', () => resolve('SIGINT'));
        });
        logger.info({ signal }, 'stopping the worker: finishing running jobs');
        await queue.stop();
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'scan-cookies':
      return scanCookiesCommand(config, rest);
    default:
      console.error(USAGE);
      return command ? 2 : 0;
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
