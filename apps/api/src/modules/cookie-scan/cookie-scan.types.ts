import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { FIELD_LIMITS } from '@noticeboard/domain';
import { ConnectionType } from '../../graphql/connection.js';
import { ResultUnion } from '../../graphql/user-error.js';
import { SCAN_LIMITS } from './cookie-scan.browser.js';
import { COOKIE_SCAN_STATUSES, type CookieScanStatus } from './cookie-scan.entity.js';

export const CookieScanStatusEnum = Object.fromEntries(COOKIE_SCAN_STATUSES.map((s) => [s, s])) as {
  [S in CookieScanStatus]: S;
};
registerEnumType(CookieScanStatusEnum, {
  name: 'CookieScanStatus',
  description: 'QUEUED until a worker takes it, RUNNING while the browser works, then SUCCEEDED or FAILED.',
});

/** The longest accept selector taken: a CSS selector, not a script. */
export const ACCEPT_SELECTOR_MAX = 500;

@ObjectType({
  description:
    "A scan of a website's cookies and storage: a browser loads the start page and same-site pages linked from it (depth 2 at most) without consent, then accepts (the Noticeboard banner, else the accept selector) and loads them again.",
})
export class CookieScan {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => String, { nullable: true }) acceptSelector: string | null;
  @Field(() => Int, { description: 'Pages visited per phase at most.' }) maxPages: number;
  @Field(() => CookieScanStatusEnum) status: CookieScanStatus;
  @Field(() => String, {
    nullable: true,
    description:
      'Why it failed: PRIVATE_ADDRESS (the site is not on a public address), UNREACHABLE (the start page did not load), INVALID_URL, or SCAN_FAILED.',
  })
  errorCode: string | null;
  @Field(() => String, { nullable: true }) errorMessage: string | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Once SUCCEEDED: `scan` (pages, cookies with domain, path, lifetime, flags, party and phase; storage keys; how consent was given; blocked hosts; whether links were left) and `comparison` with the declared cookies (`matches`, `undeclared` with a proposed kind and duration, `notSeen`, `groupsNotChecked`).',
  })
  report: Record<string, unknown> | null;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field() createdAt: Date;
}

export const CookieScanConnection = ConnectionType(CookieScan);
export const CookieScanResult = ResultUnion('CookieScanResult', CookieScan);

@InputType()
export class StartCookieScanInput {
  @Field({ description: 'An http(s) URL; in production https is not required, but the address must be public.' })
  @MaxLength(FIELD_LIMITS.url)
  url: string;
  @Field(() => String, {
    nullable: true,
    description: 'A CSS selector to click to accept cookies on a site without the Noticeboard banner.',
  })
  @IsOptional()
  @MaxLength(ACCEPT_SELECTOR_MAX)
  acceptSelector?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: `Pages per phase, 1 to ${SCAN_LIMITS.maxPages}; default ${SCAN_LIMITS.defaultPages}.`,
  })
  @IsOptional()
  @Min(1)
  @Max(SCAN_LIMITS.maxPages)
  maxPages?: number | null;
}
