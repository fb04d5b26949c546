import { problem, type Problem } from '../common/problem.js';
import { JURISDICTION_INFO, type Jurisdiction } from '../jurisdictions/jurisdiction.js';
import { grantsRight, type Right } from '../jurisdictions/rights.js';

/** What a data subject asks for. Values double as GraphQL enum values. */
export const REQUEST_TYPES = [
  'ACCESS',
  'RECTIFICATION',
  'ERASURE',
  'RESTRICTION',
  'PORTABILITY',
  'OBJECTION',
  'WITHDRAW_CONSENT',
  'OPT_OUT_SALE_SHARING',
  'LIMIT_SENSITIVE_USE',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** The right each request type exercises. */
export const REQUEST_TYPE_RIGHT: Readonly<Record<RequestType, Right>> = {
  ACCESS: 'ACCESS',
  RECTIFICATION: 'RECTIFICATION',
  ERASURE: 'ERASURE',
  RESTRICTION: 'RESTRICTION',
  PORTABILITY: 'PORTABILITY',
  OBJECTION: 'OBJECTION',
  WITHDRAW_CONSENT: 'WITHDRAW_CONSENT',
  OPT_OUT_SALE_SHARING: 'OPT_OUT_SALE_SHARING',
  LIMIT_SENSITIVE_USE: 'LIMIT_SENSITIVE_USE',
};

/**
 * The CCPA requests that need no verifiable consumer request and may be refused only for a documented,
 * good-faith belief that they are fraudulent (Cal. Code Regs. tit. 11, § 7026(d)-(e), § 7027(e)-(f)); they must
 * be passed on to the third parties the information went to (§ 7026(f)(2), § 7027(g)).
 */
export const CCPA_OPT_OUT_TYPES: readonly RequestType[] = ['OPT_OUT_SALE_SHARING', 'LIMIT_SENSITIVE_USE'];

/** Whether a regime grants the right the request exercises (from the rights table, so the two never disagree). */
export function isRequestTypeAvailable(type: RequestType, jurisdiction: Jurisdiction): boolean {
  return grantsRight(jurisdiction, REQUEST_TYPE_RIGHT[type]);
}

/** The request types a regime allows, in REQUEST_TYPES order. */
export function requestTypesIn(jurisdiction: Jurisdiction): RequestType[] {
  return REQUEST_TYPES.filter((t) => isRequestTypeAvailable(t, jurisdiction));
}

/** The problem for a request type the regime does not grant. */
export const requestTypeNotAvailable = (type: RequestType, jurisdiction: Jurisdiction): Problem =>
  problem(
    'type',
    'NOT_ALLOWED',
    `${JURISDICTION_INFO[jurisdiction].name} does not grant the right behind ${type} requests`,
  );
