import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { inTransaction } from '../../db/request-transaction.js';
import { createLogger } from '../../logger.js';
import type { WorkerContext } from '../../queue/job.js';
import { eventually } from '../../test/eventually.js';
import { seed, testDataSource, type TenantSeed } from '../../test/seed.js';
import { EmailMessageEntity } from './email.entity.js';
import { deliverAccountEmail } from './account-email.job.js';
import { deliverEmail } from './email.job.js';
import { sendEmail } from './email.service.js';
import { createMailer } from './mailer.js';
import { graphql } from '../../test/graphql.js';

const OUTBOX = graphql(`query ($status: EmailStatus, $kind: EmailKind) { emailOutbox(status: $status, kind: $kind) {
  totalCount edges { node { id kind to subject textBody htmlBody status attempts lastError nextAttemptAt sentAt } } } }`);

async function send(tenant: TenantSeed, message: Partial<Parameters<typeof sendEmail>[1]> = {}): Promise<string> {
  const ds = await testDataSource();
  return inTransaction(ds, { tenantId: tenant.id }, (tx) =>
    sendEmail(
      { em: tx.manager, tenantId: tenant.id },
      { kind: 'REQUEST_NOTICE', to: 'Person@Example.test', subject: 'Hello', text: 'Hi.', ...message },
    ),
  );
}

const smtpServers: SMTPServer[] = [];
afterAll(() => smtpServers.forEach((s) => s.close()));

/** A real SMTP server on a free loopback port; `refuse(n)` may refuse the n-th recipient with a reply code. */
async function smtpReceiver(refuse: (n: number) => number | null = () => null) {
  const received: { to: string[]; raw: string }[] = [];
  let recipients = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      const code = refuse(++recipients);
      if (!code) return callback();
      callback(
        Object.assign(new Error(code >= 500 ? 'no such mailbox here' : 'try again later'), { responseCode: code }),
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  smtpServers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, received };
}

/** Runs the delivery handler in this test, with its own mailer, for a message no queued job points at. */
async function deliverHere(tenant: TenantSeed, smtpUrl: string | null) {
  const ds = await testDataSource();
  const messageId = randomUUID();
  await inTransaction(ds, { tenantId: tenant.id }, (tx) =>
    tx.manager.getRepository(EmailMessageEntity).insert({
      tenantId: tenant.id,
      id: messageId,
      kind: 'REQUEST_NOTICE',
      toAddress: 'person@example.test',
      subject: 'Your request',
      textBody: 'We received your request.',
      htmlBody: '<p>We received your request.</p>',
      status: 'QUEUED',
      attempts: 0,
    }),
  );
  // A long retry delay: the next attempt this test enqueues is not taken by the suite's own workers.
  const config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    retryDelaySeconds: 3600,
    smtpUrl,
    mailFrom: 'Noticeboard <noreply@noticeboard.test>',
  };
  const worker: WorkerContext = {
    dataSource: ds,
    config,
    logger: createLogger('silent'),
    mailer: createMailer(config),
  };
  const attempt = (n: number) =>
    deliverEmail.run(
      { id: randomUUID(), name: deliverEmail.name, data: { tenantId: tenant.id, messageId, attempt: n } },
      worker,
    );
  const row = () =>
    inTransaction(ds, { tenantId: tenant.id }, (tx) =>
      tx.manager.getRepository(EmailMessageEntity).findOneByOrFail({ tenantId: tenant.id, id: messageId }),
    );
  return { attempt, row };
}

describe('email outbox', () => {
  it('keeps every message, with simple escaped HTML, and without an SMTP server marks it NOT_SENT instead of dropping it', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const id = await send(tenant, {
      subject: 'Your <request>',
      text: 'Dear <script>alert(1)</script> person,\n\nsee https://example.test/a?b=1&c=2 for more.',
    });
    const message = await eventually(async () => {
      const outbox = await tenant.admin.gql(OUTBOX);
      const node = outbox.emailOutbox.edges[0]?.node;
      return node?.status === 'NOT_SENT' && node;
    }, 'the worker to take the message');
    expect(message).toMatchObject({
      id,
      kind: 'REQUEST_NOTICE',
      to: 'person@example.test',
      subject: 'Your <request>',
      attempts: 0,
      sentAt: null,
      nextAttemptAt: null,
    });
    expect(message.lastError).toMatch(/NOTICEBOARD_SMTP_URL/);
    expect(message.htmlBody).toContain('Dear &lt;script&gt;alert(1)&lt;/script&gt; person,');
    expect(message.htmlBody).toContain('<a href="https://example.test/a?b=1&amp;c=2">');
    expect(message.htmlBody).not.toContain('<script>');
    expect((await tenant.admin.gql(OUTBOX, { status: 'SENT' })).emailOutbox.totalCount).toBe(0);
    expect(
      (await tenant.admin.gql(graphql('query ($id: ID!) { emailMessage(id: $id) { subject } }'), { id })).emailMessage
        .subject,
    ).toBe('Your <request>');
    const editor = await tenant.user('EDITOR');
    await expect(editor.client.gql(OUTBOX)).rejects.toHaveCode('FORBIDDEN');
  });

  it('writes nothing, not even a job, when the transaction rolls back', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const ds = await testDataSource();
    await expect(
      inTransaction(ds, { tenantId: tenant.id }, async (tx) => {
        await sendEmail(
          { em: tx.manager, tenantId: tenant.id },
          { kind: 'REQUEST_NOTICE', to: 'a@example.test', subject: 'x', text: 'y' },
        );
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await tenant.admin.gql(OUTBOX)).emailOutbox.totalCount).toBe(0);
    expect(
      (await ds.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'tenantId' = $1`, [tenant.id]))[0].n,
    ).toBe(0);
  });

  it('delivers through a real SMTP server and records it as SENT', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const smtp = await smtpReceiver();
    const { attempt, row } = await deliverHere(tenant, smtp.url);
    await attempt(1);
    expect(await row()).toMatchObject({
      status: 'SENT',
      attempts: 1,
      lastError: null,
      nextAttemptAt: null,
      providerMessageId: expect.stringMatching(/^<.+>$/),
    });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['person@example.test']);
    expect(smtp.received[0]!.raw).toMatch(/^Subject: Your request\r$/m);
    expect(smtp.received[0]!.raw).toMatch(/^From: Noticeboard <noreply@noticeboard\.test>\r$/m);
    expect(smtp.received[0]!.raw).toContain('We received your request.');
    expect(smtp.received[0]!.raw).toContain('Content-Type: text/html');
    // A job for an attempt already made (a crashed worker's retry) sends nothing again.
    await attempt(1);
    expect(smtp.received).toHaveLength(1);
  });

  it('retries a temporary refusal later and fails a permanent one at once', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const smtp = await smtpReceiver((n) => (n === 1 ? 451 : n === 3 ? 550 : null));
    const first = await deliverHere(tenant, smtp.url);
    await first.attempt(1);
    const queued = await first.row();
    expect(queued).toMatchObject({ status: 'QUEUED', attempts: 1, lastError: expect.stringContaining('451') });
    expect(queued.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 3000 * 1000);
    await first.attempt(2);
    expect(await first.row()).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });

    const second = await deliverHere(tenant, smtp.url);
    await second.attempt(1);
    expect(await second.row()).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      nextAttemptAt: null,
      lastError: expect.stringContaining('550'),
    });
    expect(smtp.received).toHaveLength(1);
  });

  it('delivers account mail (an invitation) by SMTP and keeps no usable link in the stored copy once sent', async () => {
    const agency = await seed.agency();
    const smtp = await smtpReceiver();
    const email = `invited-${randomUUID().slice(0, 8)}@example.test`;
    await agency.owner.gql(
      graphql('mutation ($input: InviteAgencyMemberInput!) { inviteAgencyMember(input: $input) { __typename } }'),
      { input: { email, role: 'MEMBER' } },
    );
    const ds = await testDataSource();
    // The suite's own worker has no SMTP server: once it has given up (NOT_SENT), the message is queued again and
    // sent here by a worker that has one.
    const message = await eventually(async () => {
      const [row] = await ds.query('SELECT id, status FROM account_emails WHERE to_address = $1', [email]);
      return row?.status === 'NOT_SENT' && row;
    }, 'the suite worker to take the message');
    await ds.query(`UPDATE account_emails SET status = 'QUEUED', attempts = 0 WHERE id = $1`, [message.id]);
    const config = {
      ...loadConfig({ NODE_ENV: 'test' }),
      retryDelaySeconds: 3600,
      smtpUrl: smtp.url,
      mailFrom: 'Noticeboard <noreply@noticeboard.test>',
    };
    const worker: WorkerContext = {
      dataSource: ds,
      config,
      logger: createLogger('silent'),
      mailer: createMailer(config),
    };
    await deliverAccountEmail.run(
      { id: randomUUID(), name: deliverAccountEmail.name, data: { tenantId: null, messageId: message.id, attempt: 1 } },
      worker,
    );
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.raw.replace(/=\r?\n/g, '')).toMatch(/accept-invitation#nbi_[A-Za-z0-9_-]{20}/);
    const [stored] = await ds.query('SELECT status, text_body, html_body FROM account_emails WHERE id = $1', [
      message.id,
    ]);
    expect(stored.status).toBe('SENT');
    expect(stored.text_body).toContain('accept-invitation#(link removed once sent)');
    expect(`${stored.text_body}${stored.html_body}`).not.toMatch(/nbi_/);
  });
});
