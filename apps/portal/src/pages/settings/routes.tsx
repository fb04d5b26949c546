import { Route } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

const AgencySettings = lazyPage(() => import('./AgencySettings.js'), 'AgencySettings');
const ApiKeysSettings = lazyPage(() => import('./ApiKeysSettings.js'), 'ApiKeysSettings');
const AuditSettings = lazyPage(() => import('./AuditSettings.js'), 'AuditSettings');
const MembersSettings = lazyPage(() => import('./MembersSettings.js'), 'MembersSettings');
const OutboxMessage = lazyPage(() => import('./OutboxSettings.js'), 'OutboxMessage');
const OutboxSettings = lazyPage(() => import('./OutboxSettings.js'), 'OutboxSettings');
const SubscribersSettings = lazyPage(() => import('./SubscribersSettings.js'), 'SubscribersSettings');
const TenantSettingsIndex = lazyPage(() => import('./TenantSettingsLayout.js'), 'TenantSettingsIndex');
const TenantSettingsLayout = lazyPage(() => import('./TenantSettingsLayout.js'), 'TenantSettingsLayout');
const WebhookDeliveries = lazyPage(() => import('./WebhookDeliveries.js'), 'WebhookDeliveries');
const WebhooksSettings = lazyPage(() => import('./WebhooksSettings.js'), 'WebhooksSettings');
const WebsiteSettings = lazyPage(() => import('./WebsiteSettings.js'), 'WebsiteSettings');

/** The agency's and each client's settings pages, placed inside the signed-in layout by App. */
export const settingsRoutes = (
  <>
    <Route path="settings" element={<AgencySettings />} />
    <Route path="tenants/:slug/settings" element={<TenantSettingsLayout />}>
      <Route index element={<TenantSettingsIndex />} />
      <Route path="members" element={<MembersSettings />} />
      <Route path="api-keys" element={<ApiKeysSettings />} />
      <Route path="webhooks" element={<WebhooksSettings />} />
      <Route path="webhooks/:endpointId" element={<WebhookDeliveries />} />
      <Route path="website" element={<WebsiteSettings />} />
      <Route path="subscribers" element={<SubscribersSettings />} />
      <Route path="outbox" element={<OutboxSettings />} />
      <Route path="outbox/:messageId" element={<OutboxMessage />} />
      <Route path="audit" element={<AuditSettings />} />
    </Route>
  </>
);
