import ExcelJS from 'exceljs';
import { ROPA_ELEMENT_REFERENCE, type RecordOfProcessing } from '@noticeboard/domain';

/** The activities' columns: header, the activity's field, and its width in characters. */
const COLUMNS = [
  { header: `Purpose (${ROPA_ELEMENT_REFERENCE.purpose})`, key: 'purpose', width: 40 },
  { header: 'Legal basis', key: 'legalBasis', width: 24 },
  { header: `Categories of data subjects (${ROPA_ELEMENT_REFERENCE.dataSubjects})`, key: 'dataSubjects', width: 30 },
  { header: `Categories of personal data (${ROPA_ELEMENT_REFERENCE.personalData})`, key: 'personalData', width: 40 },
  { header: `Recipients (${ROPA_ELEMENT_REFERENCE.recipients})`, key: 'recipients', width: 40 },
  { header: `Transfers to third countries (${ROPA_ELEMENT_REFERENCE.transfers})`, key: 'transfers', width: 40 },
  { header: `Time limits for erasure (${ROPA_ELEMENT_REFERENCE.retention})`, key: 'retention', width: 36 },
  { header: `Security measures (${ROPA_ELEMENT_REFERENCE.security})`, key: 'security', width: 40 },
  { header: 'Missing', key: 'missing', width: 24 },
] as const;

/**
 * The record as a workbook: a sheet of activities (the one a CSV export holds, each row repeating nothing of the
 * controller, so it reads as a table) and a sheet with the controller's part (Art. 30(1)(a)). Text cells only:
 * nothing a user typed can become a formula.
 */
export function ropaWorkbook(
  record: RecordOfProcessing,
  controllerName: string,
  version: number | null,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Noticeboard';
  workbook.title = `Record of processing activities: ${controllerName}`;
  const activities = workbook.addWorksheet('Activities', { views: [{ state: 'frozen', ySplit: 1 }] });
  activities.columns = COLUMNS.map((c) => ({ ...c }));
  activities.getRow(1).font = { bold: true };
  for (const a of record.activities) {
    activities.addRow(
      Object.fromEntries(COLUMNS.map((c) => [c.key, c.key === 'missing' ? a.missing.join(', ') : literal(a[c.key])])),
    );
  }
  activities.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));

  const controller = workbook.addWorksheet('Controller');
  controller.columns = [
    { header: `Controller (${ROPA_ELEMENT_REFERENCE.controller})`, key: 'label', width: 30 },
    { header: '', key: 'value', width: 80 },
  ];
  controller.getRow(1).font = { bold: true };
  const rows: [string, string][] = [
    ['Name', record.controller.name],
    ['Contact details', record.controller.contact],
    ['Joint controllers', record.controller.jointControllers],
    ['Representatives', record.controller.representatives],
    ['Data protection officer', record.controller.dataProtectionOfficer],
    ['Made from', version === null ? 'the current draft' : `published version ${version}`],
    ['Required by', record.required ? record.regimes.join(', ') : 'no regime the controller serves'],
  ];
  for (const [label, value] of rows) controller.addRow({ label, value: literal(value) });
  return workbook;
}

/**
 * A value spreadsheets will show as typed: a text starting with =, +, - or @ would be read as a formula by
 * the programs opening the CSV (CSV injection), so it is prefixed with an apostrophe.
 */
const literal = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
