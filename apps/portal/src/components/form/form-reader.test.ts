import { describe, expect, it } from 'vitest';
import { withScheme } from './form-reader.js';

describe('a web address as people type it', () => {
  it.each([
    ['example.com', 'https://example.com'],
    ['www.example.com/privacy', 'https://www.example.com/privacy'],
    ['shop.example.co.uk:8443/a?b=c#d', 'https://shop.example.co.uk:8443/a?b=c#d'],
    ['https://example.com', 'https://example.com'],
    ['http://example.com', 'http://example.com'],
    ['mailto:privacy@example.com', 'mailto:privacy@example.com'],
  ])('%s → %s', (typed, read) => {
    expect(withScheme(typed)).toBe(read);
  });

  it.each(['', 'localhost', 'not a url', 'privacy@example.com', '/relative/path'])(
    'leaves %j as typed, for the API to judge',
    (typed) => {
      expect(withScheme(typed)).toBe(typed);
    },
  );
});
