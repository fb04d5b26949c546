import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { asOwner, uniqueSlug } from '../../test/demo-tenant-kit.js';
import { graphql } from '../../test/graphql.js';
import { seed } from '../../test/seed.js';
import { DEMO_TENANTS, loadDemoTenant } from '../../seed/demo-tenants/index.js';

const RECORD = graphql(`query ($input: RecordOfProcessingInput) { recordOfProcessing(input: $input) {
  __typename
  ... on RecordOfProcessing { version required regimes controller { name contact jointControllers representatives dataProtectionOfficer }
    activities { purposeId purpose legalBasis dataSubjects personalData recipients transfers retention security missing } }
  ... on ValidationFailed { problems { path code } } } }`);
const FILE =
  graphql(`query ($format: RopaFormat!, $input: RecordOfProcessingInput) { recordOfProcessingFile(format: $format, input: $input) {
  __typename ... on RopaFile { filename contentType base64 } ... on ValidationFailed { problems { path code } } } }`);

describe('the record of processing activities (GDPR Art. 30(1))', () => {
  it.each(DEMO_TENANTS.map((demo) => [demo.profile.slug, demo] as const))(
    'the demo tenant %s has every element for every purpose, in the table, the spreadsheet and the CSV',
    async (_slug, demo) => {
      const agency = await seed.agency();
      const { tenantId } = await asOwner(agency, (ctx) => loadDemoTenant(ctx, demo, { slug: uniqueSlug(demo) }));
      const client = agency.owner.inTenant(tenantId);
      const record = (await client.gql(RECORD, {})).recordOfProcessing as any;
      expect(record.__typename).toBe('RecordOfProcessing');
      expect(record.version).toBeNull();
      expect(record.activities.length).toBe(demo.purposes.length);
      for (const a of record.activities) {
        expect(a.missing, a.purpose).toEqual([]);
        for (const field of [
          'purpose',
          'dataSubjects',
          'personalData',
          'recipients',
          'transfers',
          'retention',
          'security',
        ])
          expect(a[field], `${a.purpose}: ${field}`).not.toMatch(/^Not recorded|^$/);
      }
      expect(record.controller.name).toContain(demo.profile.legalName);

      const xlsx = (await client.gql(FILE, { format: 'XLSX' })).recordOfProcessingFile as any;
      expect(xlsx).toMatchObject({
        filename: expect.stringMatching(/^record-of-processing-.+-draft\.xlsx$/),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        Buffer.from(xlsx.base64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0],
      );
      const sheet = workbook.getWorksheet('Activities')!;
      expect(sheet.rowCount).toBe(record.activities.length + 1);
      expect(String(sheet.getRow(1).getCell(1).value)).toBe('Purpose (Art. 30(1)(b))');
      expect(String(sheet.getRow(2).getCell(1).value)).toBe(record.activities[0].purpose);
      expect(String(workbook.getWorksheet('Controller')!.getRow(2).getCell(2).value)).toBe(record.controller.name);

      const csv = (await client.gql(FILE, { format: 'CSV' })).recordOfProcessingFile as any;
      expect(csv.contentType).toBe('text/csv; charset=utf-8');
      const text = Buffer.from(csv.base64, 'base64').toString('utf8');
      expect(text.split('\n')[0]).toContain('Purpose (Art. 30(1)(b))');
      expect(text).toContain(record.activities[0].purpose.split(':')[0]);
    },
  );

  it('says what is missing, refuses an unknown version, and cannot be turned into formulas', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant({ jurisdictions: ['EU_GDPR'] });
    const created = await tenant.admin.gql(
      graphql(
        `mutation ($input: CreatePurposeInput!) { createPurpose(input: $input) { __typename ... on ValidationFailed { message } } }`,
      ),
      { input: { name: '=1+2 newsletter', legalBasis: 'CONSENT', retention: { general: true } } },
    );
    expect(created.createPurpose).toEqual({ __typename: 'Purpose' });
    const record = (await tenant.admin.gql(RECORD, {})).recordOfProcessing as any;
    expect(record).toMatchObject({ required: true, regimes: ['EU GDPR'] });
    expect(record.activities[0].missing).toEqual(['dataSubjects', 'personalData', 'retention', 'security']);
    expect(record.activities[0].retention).toMatch(/^Not recorded: /);
    const csv = (await tenant.admin.gql(FILE, { format: 'CSV' })).recordOfProcessingFile as any;
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text).toContain(`'=1+2 newsletter`);
    expect((await tenant.admin.gql(RECORD, { input: { version: 7 } })).recordOfProcessing).toEqual({
      __typename: 'ValidationFailed',
      problems: [{ path: 'version', code: 'UNKNOWN_REFERENCE' }],
    });
  });
});
