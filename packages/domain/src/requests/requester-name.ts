import { z } from 'zod';
import { isStorableText } from '../common/fields.js';

/** A person's name, with room for long ones (several given names, double-barrelled surnames, titles). */
export const REQUESTER_NAME_MAX = 200;

/**
 * Characters that break a name out of its one line or hide what it says: control characters (newlines, tabs, C1),
 * the line and paragraph separators, and the bidirectional overrides and isolates that reorder how text displays.
 * Joiners (U+200C, U+200D) stay: Persian, Indic scripts and emoji sequences need them.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const LAYOUT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** Markup: a name never needs angle brackets (nor their full-width forms). */
const MARKUP = /[<>\uff1c\uff1e]/u;

/** The dots a mail client or browser accepts between the labels of a domain: ASCII, ideographic, full-width, half-width. */
const DOT = '[.\\u3002\\uff0e\\uff61]';

/**
 * What mail clients turn into a link (the cases linkify-it and the big webmail linkifiers recognise), without a TLD
 * list, since an attacker picks any TLD (`evil.example`):
 * - a scheme or its remains: `http`/`https` as a word, `://`, `www.`;
 * - a host name: a label, a dot with no space after it, and a label of at least two characters starting with a
 *   letter (`evil.example`, `evil.co.uk`, `bank.com/login`, `пример.рф`); initials (`J.R.R. Tolkien`) and a dot
 *   before a space (`Dr. Müller`, `St. John`) are not host names;
 * - an IPv4 address (`192.0.2.1`).
 */
const LINK = new RegExp(
  [
    '(?<![\\p{L}\\p{N}])https?(?![\\p{L}\\p{N}])',
    ':\\/\\/',
    `(?<![\\p{L}\\p{N}])www${DOT}`,
    `[\\p{L}\\p{N}\\p{M}-]${DOT}\\p{L}[\\p{L}\\p{N}\\p{M}-]`,
    `\\d{1,3}${DOT}\\d{1,3}${DOT}\\d{1,3}${DOT}\\d{1,3}`,
  ].join('|'),
  'iu',
);

/** Why a requester name cannot be accepted, or null. The name is checked as trimmed. */
export function requesterNameProblem(name: string): string | null {
  if (LAYOUT.test(name)) return 'requester name must be one line, without control characters';
  if (MARKUP.test(name)) return 'requester name must not contain < or >';
  if (LINK.test(name))
    return 'requester name must be a name only, without web addresses or domain names (write initials with a space: "J. Smith")';
  return null;
}

/**
 * The name a data-subject request is made in: one line of text, no markup, nothing a mail client would link.
 * Staff read it and it is stored as given; it is never sent back to the address the requester typed, so a name
 * cannot be used to make the tenant send someone else a message.
 */
export const requesterName = z
  .string({ error: 'requester name is required' })
  .trim()
  .min(1, { error: 'requester name is required' })
  .max(REQUESTER_NAME_MAX, { error: `requester name must be at most ${REQUESTER_NAME_MAX} characters` })
  .superRefine((value, ctx) => {
    const message = isStorableText(value)
      ? requesterNameProblem(value)
      : 'requester name must not contain NUL characters or unpaired surrogates';
    if (message) ctx.addIssue({ code: 'custom', message, params: { code: 'INVALID_FORMAT' } });
  });
