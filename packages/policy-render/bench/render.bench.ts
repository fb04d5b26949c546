/**
 * How long one render takes (tree + HTML document + fragment + text) for a large policy, per language.
 * Run with `pnpm bench` (vitest bench). No assertions: figures go to BENCHMARK.md.
 */
import { bench, describe } from 'vitest';
import { RENDER_LANGUAGES, renderPolicy } from '../src/index.js';
import { syntheticSnapshot } from './synthetic.js';

const snapshot = syntheticSnapshot();
const options = { effectiveDate: '2026-11-22', version: 7, publicUrl: 'https://bench.example/privacy' } as const;

describe('renderPolicy — 50 recipients, 30 purposes, 24 categories, 6 audiences, 40 cookies (HTML + fragment + text)', () => {
  for (const language of RENDER_LANGUAGES) {
    bench(
      language,
      () => {
        renderPolicy(snapshot, { ...options, language });
      },
      { time: 2000, warmupTime: 500 },
    );
  }
});
