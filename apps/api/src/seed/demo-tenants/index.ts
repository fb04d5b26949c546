import { cloudOfficer } from './cloud-officer.js';
import { cloudOps } from './cloudops.js';
import { cloudSentric } from './cloudsentric.js';
import type { DemoTenant } from './demo-tenant.js';

export type { DemoTenant } from './demo-tenant.js';
export { loadDemoTenant, type LoadDemoTenantOptions } from './load-demo-tenant.js';
export { factsMissing, type DemoFacts } from './facts.js';

/** The demo agency's tenants: three real companies' privacy policies as structured data. */
export const DEMO_TENANTS: readonly DemoTenant[] = [cloudOfficer, cloudSentric, cloudOps];
