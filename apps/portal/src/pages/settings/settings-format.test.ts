import { describe, expect, test } from 'vitest';
import {
  auditChanges,
  currentCursor,
  dayRange,
  fieldLabel,
  firstPage,
  formatAuditValue,
  formatDuration,
  nextPage,
  pageRange,
  previousPage,
} from './settings-format.js';

describe('audit changes', () => {
  test('a change lists only the fields whose value differs, before and after', () => {
    const rows = auditChanges(
      'UPDATE',
      { role: 'VIEWER', updated_at: '2026-01-01', tenant_id: 't1' },
      { role: 'EDITOR', updated_at: '2026-01-01', tenant_id: 't1' },
    );
    expect(rows).toEqual([{ field: 'role', label: 'Role', before: 'VIEWER', after: 'EDITOR' }]);
  });

  test('a field set from nothing shows an empty before', () => {
    expect(auditChanges('UPDATE', { trading_name: null }, { trading_name: 'Harbour Lights' })).toEqual([
      { field: 'trading_name', label: 'Trading name', before: '', after: 'Harbour Lights' },
    ]);
  });

  test('a field present on one side only still counts as changed', () => {
    expect(auditChanges('UPDATE', { revoked_at: null }, {})).toEqual([]);
    expect(auditChanges('UPDATE', {}, { revoked_at: '2026-03-01T10:00:00Z' })).toEqual([
      { field: 'revoked_at', label: 'Revoked at', before: '', after: '2026-03-01T10:00:00Z' },
    ]);
  });

  test('a creation shows the values set, without ids and empty fields', () => {
    const rows = auditChanges('INSERT', null, {
      id: 'k1',
      tenant_id: 't1',
      name: 'CI',
      role: 'EDITOR',
      revoked_at: null,
      description: '',
    });
    expect(rows).toEqual([
      { field: 'name', label: 'Name', after: 'CI' },
      { field: 'role', label: 'Role', after: 'EDITOR' },
    ]);
  });

  test('a deletion shows the values lost', () => {
    expect(auditChanges('DELETE', { user_id: 'u1', role: 'ADMIN' }, null)).toEqual([
      { field: 'user_id', label: 'User id', before: 'u1' },
      { field: 'role', label: 'Role', before: 'ADMIN' },
    ]);
  });

  test('lists and nested values compare by what is shown', () => {
    expect(auditChanges('UPDATE', { events: ['a', 'b'] }, { events: ['a', 'b'] })).toEqual([]);
    expect(auditChanges('UPDATE', { events: ['a'] }, { events: ['a', 'b'] })).toEqual([
      { field: 'events', label: 'Events', before: 'a', after: 'a, b' },
    ]);
  });
});

describe('values and labels', () => {
  test.each([
    [null, ''],
    [undefined, ''],
    [true, 'yes'],
    [false, 'no'],
    [42, '42'],
    ['text', 'text'],
    [[], '(none)'],
    [['GB', 'DE'], 'GB, DE'],
    [[{ a: 1 }], '[{"a":1}]'],
    [{ country: 'GB' }, '{"country":"GB"}'],
  ])('%j reads as %j', (value, text) => {
    expect(formatAuditValue(value)).toBe(text);
  });

  test('column names read as words', () => {
    expect(fieldLabel('contact_email')).toBe('Contact email');
    expect(fieldLabel('lastUsedAt')).toBe('Last used at');
    expect(fieldLabel('url')).toBe('Url');
  });

  test('durations', () => {
    expect(formatDuration(null)).toBe('');
    expect(formatDuration(12)).toBe('12 ms');
    expect(formatDuration(1340)).toBe('1.3 s');
  });
});

describe('date range', () => {
  test('days are inclusive: until is the start of the day after the last one, in local time', () => {
    const { since, until } = dayRange('2026-03-01', '2026-03-31');
    expect(since).toBe(new Date(2026, 2, 1).toISOString());
    expect(until).toBe(new Date(2026, 3, 1).toISOString());
  });

  test('an empty or malformed day leaves that end open', () => {
    expect(dayRange('', '2026-12-31')).toEqual({ since: null, until: new Date(2027, 0, 1).toISOString() });
    expect(dayRange('yesterday', '')).toEqual({ since: null, until: null });
  });
});

describe('cursor pages', () => {
  test('next and previous walk the cursors opened', () => {
    let pages = firstPage;
    expect(currentCursor(pages)).toBeNull();
    pages = nextPage(pages, 'c25');
    pages = nextPage(pages, 'c50');
    expect(currentCursor(pages)).toBe('c50');
    pages = previousPage(pages);
    expect(currentCursor(pages)).toBe('c25');
    expect(previousPage(previousPage(pages))).toEqual(firstPage);
  });

  test('without an end cursor there is no next page', () => {
    expect(nextPage(firstPage, null)).toBe(firstPage);
  });

  test('the range shown', () => {
    expect(pageRange(0, 25, 25, 73)).toBe('1–25 of 73');
    expect(pageRange(2, 25, 23, 73)).toBe('51–73 of 73');
    expect(pageRange(0, 25, 0, 0)).toBe('0 of 0');
  });
});
