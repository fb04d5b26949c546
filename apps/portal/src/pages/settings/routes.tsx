import { Route } from 'react-router';
import { AgencySettings } from './AgencySettings.js';
import { ApiKeysSettings } from './ApiKeysSettings.js';
import { AuditSettings } from './AuditSettings.js';
import { MembersSettings } from './MembersSettings.js';
import { OutboxMessage, OutboxSettings } from './OutboxSettings.js';
import { SubscribersSettings } from './SubscribersSettings.js';
import { TenantSettingsIndex, TenantSettingsLayout } from './TenantSettingsLayout.js';
import { WebhookDeliveries } from './WebhookDeliveries.js';
import { WebhooksSettings } from './WebhooksSettings.js';

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
      <Route path="subscribers" element={<SubscribersSettings />} />
      <Route path="outbox" element={<OutboxSettings />} />
      <Route path="outbox/:messageId" element={<OutboxMessage />} />
      <Route path="audit" element={<AuditSettings />} />
    </Route>
  </>
);
