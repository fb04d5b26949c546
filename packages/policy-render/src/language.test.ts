import { LANGUAGES } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { RENDER_LANGUAGES } from './index.js';

describe('RENDER_LANGUAGES', () => {
  it('are the languages of the product', () => {
    expect([...RENDER_LANGUAGES].sort()).toEqual([...LANGUAGES].sort());
  });
});
