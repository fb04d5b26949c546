import { describe, expect, it } from 'vitest';
import { LANGUAGES, isLanguage } from './language.js';

describe('LANGUAGES', () => {
  it('are English, German, French, Spanish and Italian', () => {
    expect(LANGUAGES).toEqual(['en', 'de', 'fr', 'es', 'it']);
  });
});

describe('isLanguage', () => {
  it.each([
    ['en', true],
    ['de', true],
    ['fr', true],
    ['EN', false],
    ['en-GB', false],
    ['es', true],
    ['it', true],
    ['pt', false],
    ['', false],
  ])('isLanguage(%j) is %s', (value, expected) => {
    expect(isLanguage(value)).toBe(expected);
  });
});
