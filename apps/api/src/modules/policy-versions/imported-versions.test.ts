import { describe, expect, inject, it } from 'vitest';
import type { Client } from '../../test/client.js';
import { makeComplete, publish, translateDraft } from '../../test/policy-fixture.js';
import { seed } from '../../test/seed.js';
import { graphql, having } from '../../test/graphql.js';
import { IMPORTED_TEXT_MAX } from './policy-version.types.js';

const IMPORT = graphql(`mutation ($input: ImportPolicyVersionInput!) { importPolicyVersion(input: $input) {
  __typename
  ... on PolicyVersion { version effectiveDate imported importNote isLive languages snapshot snapshotHash url }
  ... on ValidationFailed { code problems { path code message } } } }`);

const VERSIONS = graphql(
  `{ policyVersions { totalCount edges { node { version effectiveDate imported isLive languages snapshot } } } }`,
);

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${inject('apiUrl')}${path}`, { headers });

type ImportInput = {
  effectiveDate: string;
  format?: 'MARKDOWN' | 'PLAIN_TEXT';
  texts: { language: 'EN' | 'DE' | 'FR'; text: string }[];
  note?: string | null;
};

async function importVersion(client: Client, input: ImportInput) {
  return (await client.gql(IMPORT, { input })).importPolicyVersion;
}

const OLD_MARKDOWN =
  '# Privacy Policy\n\nLast updated 10 March 2018.\n\nWe use a US hosting provider certified under the EU-US Privacy Shield.\n\n' +
  'Contact <script>alert(1)</script> us at [our office](mailto:privacy@old.test) or [here](javascript:alert(1)).\n';
const OLD_GERMAN =
  '# Datenschutzerklärung\n\nStand: 10. März 2018.\n\nWir nutzen einen Hoster in den USA (EU-US Privacy Shield).\n';
const PLAIN_2022 =
  'Privacy Policy\nLast updated 1 May 2022\n\nWe collect:\n  • your email address\n  • your IP address\n\nWrite to privacy@old.test.';

describe('imported historical policy versions', () => {
  it('imports earlier policies in any order, lists them by effective date, and keeps them from the live URL once a published version is in effect', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();

    const v1 = await importVersion(tenant.admin, {
      effectiveDate: '2018-03-10',
      texts: [
        { language: 'EN', text: OLD_MARKDOWN },
        { language: 'DE', text: OLD_GERMAN },
      ],
      note: 'PDF sent by the client, March 2018',
    });
    expect(v1).toMatchObject({
      __typename: 'PolicyVersion',
      version: 1,
      effectiveDate: '2018-03-10',
      imported: true,
      importNote: 'PDF sent by the client, March 2018',
      isLive: true,
      languages: ['EN', 'DE'],
      snapshot: null,
    });
    const v2 = await importVersion(tenant.admin, {
      effectiveDate: '2022-05-01',
      format: 'PLAIN_TEXT',
      texts: [{ language: 'EN', text: PLAIN_2022 }],
    });
    expect(v2).toMatchObject({ version: 2, isLive: true, imported: true, languages: ['EN'] });

    // Before any published version, the newest earlier policy is the live one.
    const live = await get(`/p/${tenant.slug}/privacy.txt`);
    expect(await live.text()).toContain('\n• your email address\n• your IP address\n');

    await makeComplete(tenant);
    await translateDraft(tenant, ['DE']);
    expect(await publish(tenant.admin, 'First version', '2026-01-01')).toMatchObject({
      __typename: 'PolicyVersion',
      version: 3,
      isLive: true,
    });
    // Found later in the client's files: recorded as version 4, listed in its place by date.
    expect(
      await importVersion(tenant.admin, {
        effectiveDate: '2020-01-10',
        texts: [{ language: 'FR', text: 'Politique de confidentialité (2020).' }],
      }),
    ).toMatchObject({ version: 4, isLive: false, languages: ['FR'] });

    const { policyVersions } = await tenant.admin.gql(VERSIONS);
    expect(
      policyVersions.edges.map((e) => [e.node.version, e.node.effectiveDate, e.node.imported, e.node.isLive]),
    ).toEqual([
      [1, '2018-03-10', true, false],
      [4, '2020-01-10', true, false],
      [2, '2022-05-01', true, false],
      [3, '2026-01-01', false, true],
    ]);
    expect(policyVersions.edges[3]!.node.snapshot).not.toBeNull();
    // Pages follow the same order (the portal reads backwards from the newest).
    const PAGE = graphql(
      'query ($before: String) { policyVersions(last: 2, before: $before) { pageInfo { hasPreviousPage startCursor } edges { node { version } } } }',
    );
    const newest = (await tenant.admin.gql(PAGE, { before: null })).policyVersions;
    expect(newest.edges.map((e) => e.node.version)).toEqual([2, 3]);
    expect(newest.pageInfo.hasPreviousPage).toBe(true);
    const older = (await tenant.admin.gql(PAGE, { before: newest.pageInfo.startCursor })).policyVersions;
    expect(older.edges.map((e) => e.node.version)).toEqual([1, 4]);
    expect(await (await get(`/p/${tenant.slug}/privacy.txt`)).text()).not.toContain('Archived text');

    // The text diff works between an imported and a published version (no item-by-item changes: text only).
    const diff = await tenant.admin.gql(
      graphql('{ policyDiff(from: 2, to: 3) { language changes { name } textDiff textDiffOmitted { code } } }'),
    );
    expect(diff.policyDiff).toMatchObject({ language: 'EN', changes: [], textDiffOmitted: null });
    expect(diff.policyDiff.textDiff).toMatch(/^-.*your IP address/m);
    const noCommon = await tenant.admin.gql(graphql('{ policyDiff(from: 2, to: 4) { language textDiff } }'));
    expect(noCommon.policyDiff).toEqual({ language: null, textDiff: null });
    const german = await tenant.admin.gql(
      graphql('{ policyDiff(from: 1, to: 3, language: DE) { language textDiff textDiffOmitted { limit } } }'),
    );
    expect(german.policyDiff.language).toBe('DE');
    // A whole policy against a short text: compared line by line, unless a busy machine runs out the time bound.
    if (german.policyDiff.textDiff === null) expect(german.policyDiff.textDiffOmitted).toEqual({ limit: 'TIME' });
    else expect(german.policyDiff.textDiff).toMatch(/^-.*Privacy Shield/m);
  });

  it('serves an imported version from its stored bytes, marked as archived in the page language, sanitised and immutable', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    await importVersion(tenant.admin, {
      effectiveDate: '2018-03-10',
      texts: [
        { language: 'EN', text: OLD_MARKDOWN },
        { language: 'DE', text: OLD_GERMAN },
      ],
    });

    const en = await get(`/p/${tenant.slug}/privacy/v/1`);
    expect(en.status).toBe(200);
    expect(en.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const html = await en.text();
    expect(html).toContain('Archived text');
    expect(html).toContain('This is an archived text: the privacy policy');
    expect(html).toContain('EU-US Privacy Shield');
    // Markdown is read by the renderer's inert reader: raw HTML is text, only safe links are links.
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="mailto:privacy@old.test">');
    expect(html).not.toContain('javascript:');

    const de = await get(`/p/${tenant.slug}/privacy/v/1?lang=de`);
    expect(de.headers.get('content-language')).toBe('de');
    const deHtml = await de.text();
    expect(deHtml).toContain('Archivierter Text');
    expect(deHtml).toContain('Dies ist ein archivierter Text');
    // French was not imported: the page is served in a language it has.
    expect((await get(`/p/${tenant.slug}/privacy/v/1?lang=fr`)).headers.get('content-language')).toMatch(/^(en|de)$/);

    const json = (await (await get(`/p/${tenant.slug}/privacy/v/1.json`)).json()) as Record<string, unknown>;
    expect(json).toMatchObject({ version: 1, imported: true, effectiveDate: '2018-03-10', format: 'MARKDOWN' });
    expect(json.texts).toEqual([
      { language: 'en', text: OLD_MARKDOWN.trim() },
      { language: 'de', text: OLD_GERMAN.trim() },
    ]);

    // Immutable: the same bytes and ETag after the draft changes and a version is published.
    const etag = en.headers.get('etag');
    const stored = await tenant.admin.gql(graphql('{ policyVersion(version: 1) { html text(language: DE) } }'));
    expect(stored.policyVersion.html).toBe(html);
    expect(stored.policyVersion.text).toContain('Archivierter Text');
    await makeComplete(tenant);
    expect(await publish(tenant.admin, 'First version', '2026-01-01')).toMatchObject({ version: 2 });
    const again = await get(`/p/${tenant.slug}/privacy/v/1`);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(html);
    expect((await get(`/p/${tenant.slug}/privacy/v/1`, { 'if-none-match': etag! })).status).toBe(304);
  });

  it('refuses bad input with typed problems and writes nothing', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const text = [{ language: 'EN' as const, text: 'Our earlier policy.' }];
    const refused = async (input: ImportInput) => {
      const result = await importVersion(tenant.admin, input);
      expect(result.__typename).toBe('ValidationFailed');
      return having(result, 'problems').problems.map((p: { path: string; code: string }) => [p.path, p.code]);
    };
    expect(await refused({ effectiveDate: '2019-01-01', texts: [] })).toEqual([['texts', 'REQUIRED']]);
    expect(await refused({ effectiveDate: '2019-01-01', texts: [{ language: 'EN', text: '  \n ' }] })).toEqual([
      ['texts.0.text', 'REQUIRED'],
    ]);
    expect(
      await refused({
        effectiveDate: '2019-01-01',
        texts: [{ language: 'EN', text: 'x'.repeat(IMPORTED_TEXT_MAX + 1) }],
      }),
    ).toEqual([['texts.0.text', 'TOO_LONG']]);
    expect(
      await refused({ effectiveDate: '2019-01-01', texts: [...text, { language: 'EN', text: 'Again.' }] }),
    ).toEqual([['texts.1.language', 'DUPLICATE']]);
    expect(await refused({ effectiveDate: '10/01/2020', texts: text })).toEqual([['effectiveDate', 'INVALID_FORMAT']]);
    expect(await refused({ effectiveDate: '2999-01-01', texts: text })).toEqual([['effectiveDate', 'OUT_OF_RANGE']]);
    expect(await refused({ effectiveDate: '2019-01-01', texts: text, note: 'n'.repeat(2001) })).toEqual([
      ['note', 'TOO_LONG'],
    ]);
    // A language the schema does not know is refused before anything runs.
    await expect(
      tenant.admin.gql(IMPORT, {
        input: { effectiveDate: '2019-01-01', texts: [{ language: 'PT' as 'EN', text: 'x' }] },
      }),
    ).rejects.toHaveCode('BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED');
    expect((await tenant.admin.gql(VERSIONS)).policyVersions.totalCount).toBe(0);

    // Dates among existing versions: one imported version per date, all before the first published one.
    expect(await importVersion(tenant.admin, { effectiveDate: '2019-01-01', texts: text })).toMatchObject({
      version: 1,
    });
    expect(await refused({ effectiveDate: '2019-01-01', texts: text })).toEqual([['effectiveDate', 'DUPLICATE']]);
    expect(await importVersion(tenant.admin, { effectiveDate: '2025-06-01', texts: text })).toMatchObject({
      version: 2,
    });
    await makeComplete(tenant);
    // Publishing may not slip a version rendered from today's model in before an imported one.
    expect(await publish(tenant.admin, 'First version', '2025-06-01')).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [{ path: 'effectiveDate', code: 'OUT_OF_RANGE' }],
    });
    expect(await publish(tenant.admin, 'First version', '2026-01-01')).toMatchObject({ version: 3 });
    expect(await refused({ effectiveDate: '2026-01-01', texts: text })).toEqual([['effectiveDate', 'OUT_OF_RANGE']]);
    expect(await refused({ effectiveDate: '2026-06-01', texts: text })).toEqual([['effectiveDate', 'OUT_OF_RANGE']]);
    expect((await tenant.admin.gql(VERSIONS)).policyVersions.totalCount).toBe(3);
  });

  it('is recorded in the audit log, hidden from other tenants, and refused to viewers', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const other = await agency.tenant();
    const outsider = await (await seed.agency()).tenant();
    const text = [{ language: 'EN' as const, text: 'Our earlier policy.' }];
    expect(await importVersion(tenant.admin, { effectiveDate: '2019-01-01', texts: text })).toMatchObject({
      version: 1,
    });

    const log = await tenant.admin.gql(
      graphql('{ auditLog(entity: "policy_versions") { edges { node { action operation after } } } }'),
    );
    expect(log.auditLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        action: 'importPolicyVersion',
        operation: 'INSERT',
        after: expect.objectContaining({ version: 1, imported: true, effective_date: '2019-01-01' }),
      }),
    ]);

    for (const client of [other.admin, outsider.admin]) {
      expect((await client.gql(VERSIONS)).policyVersions.totalCount).toBe(0);
      await expect(client.gql(graphql('{ policyVersion(version: 1) { version } }'))).rejects.toHaveCode('NOT_FOUND');
    }
    expect((await get(`/p/${other.slug}/privacy/v/1`)).status).toBe(404);

    const viewer = await tenant.user('VIEWER');
    await expect(importVersion(viewer.client, { effectiveDate: '2018-01-01', texts: text })).rejects.toHaveCode(
      'FORBIDDEN',
    );
    const viewerKey = await tenant.apiKey('VIEWER');
    await expect(importVersion(viewerKey, { effectiveDate: '2018-01-01', texts: text })).rejects.toHaveCode(
      'FORBIDDEN',
    );
    expect((await viewer.client.gql(VERSIONS)).policyVersions.edges.map((e) => e.node.imported)).toEqual([true]);
    const editor = await tenant.user('EDITOR');
    expect(await importVersion(editor.client, { effectiveDate: '2018-01-01', texts: text })).toMatchObject({
      version: 2,
    });
  });
});
