import { describe, expect, test } from 'vitest';
import {
  bannerSnippet,
  blockingMarkup,
  cspDirectives,
  originsToSave,
  problemsAtRows,
  publicUrlOf,
} from './website-settings.js';

describe('the banner snippet', () => {
  test('finds the public address in a link of the client and builds the script tag from it', () => {
    const publicUrl = publicUrlOf('https://notices.example.com/base/p/acme-shop/privacy-policy', 'acme-shop');
    expect(publicUrl).toBe('https://notices.example.com/base');
    expect(bannerSnippet(publicUrl!, 'acme-shop')).toBe(
      '<script src="https://notices.example.com/base/p/acme-shop/consent.js" async></script>',
    );
  });

  test('gives no public address for a link of another client', () => {
    expect(publicUrlOf('https://notices.example.com/p/other/privacy-policy', 'acme-shop')).toBeNull();
  });

  test('names the origin, not the path, in the Content-Security-Policy directives', () => {
    expect(cspDirectives('https://notices.example.com/base')).toBe(
      "script-src 'nonce-PAGE_NONCE' https://notices.example.com;\nconnect-src https://notices.example.com;",
    );
  });

  test('puts the purpose key in every blocked element', () => {
    const markup = blockingMarkup('purpose-42');
    expect(markup.split('\n')).toHaveLength(3);
    expect(markup.match(/data-consent="purpose-42"/g)).toHaveLength(3);
  });
});

describe('saving the allowed origins', () => {
  test('leaves out blank rows and remembers which row each origin came from', () => {
    expect(originsToSave([' https://www.example.com ', '', '  ', 'https://*.co.uk'])).toEqual({
      origins: ['https://www.example.com', 'https://*.co.uk'],
      rowOf: [0, 3],
    });
  });

  test('moves the problems from the index sent to the row on screen, keeping others as they are', () => {
    const problems = [
      { path: 'allowedOrigins.1', code: 'NOT_ALLOWED', message: 'a public suffix' },
      { path: 'allowedOrigins', code: 'TOO_MANY', message: 'at most 50 origins' },
    ];
    expect(problemsAtRows(problems, [0, 3])).toEqual([
      { path: 'allowedOrigins.3', code: 'NOT_ALLOWED', message: 'a public suffix' },
      { path: 'allowedOrigins', code: 'TOO_MANY', message: 'at most 50 origins' },
    ]);
  });
});
