import { Route } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

const PolicyPage = lazyPage(() => import('./PolicyPage.js'), 'PolicyPage');
const VersionDetail = lazyPage(() => import('./VersionDetail.js'), 'VersionDetail');
const VersionDiff = lazyPage(() => import('./VersionDiff.js'), 'VersionDiff');

/** "Publish & versions" of a client, placed inside the signed-in layout by App. */
export const policyRoutes = (
  <>
    <Route path="tenants/:slug/policy" element={<PolicyPage />} />
    <Route path="tenants/:slug/policy/versions/:version" element={<VersionDetail />} />
    <Route path="tenants/:slug/policy/compare" element={<VersionDiff />} />
  </>
);
