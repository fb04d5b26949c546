import type { PolicySnapshot } from '@noticeboard/domain';
import { displayName } from '@noticeboard/domain';

/**
 * The renderer arrives with the policy-engine issue; until then this package only fixes its public shape:
 * a pure function from a snapshot to a title, so the API and portal can already depend on it.
 */
export function policyTitle(snapshot: Pick<PolicySnapshot, 'controller'>): string {
  return `${displayName(snapshot.controller)} — Privacy Policy`;
}
