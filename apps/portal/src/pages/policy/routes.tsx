import { Route } from 'react-router';
import { PolicyPage } from './PolicyPage.js';
import { VersionDetail } from './VersionDetail.js';
import { VersionDiff } from './VersionDiff.js';

/** "Publish & versions" of a client, placed inside the signed-in layout by App. */
export const policyRoutes = (
  <>
    <Route path="tenants/:slug/policy" element={<PolicyPage />} />
    <Route path="tenants/:slug/policy/versions/:version" element={<VersionDetail />} />
    <Route path="tenants/:slug/policy/compare" element={<VersionDiff />} />
  </>
);
