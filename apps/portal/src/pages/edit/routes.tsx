import { Route } from 'react-router';
import { EDITOR_SECTIONS } from '../../lib/policy-location.js';
import { lazyPage } from '../../lib/lazy-page.js';

const AudiencesEditor = lazyPage(() => import('./AudiencesEditor.js'), 'AudiencesEditor');
const ClausesEditor = lazyPage(() => import('./ClausesEditor.js'), 'ClausesEditor');
const CookiesEditor = lazyPage(() => import('./CookiesEditor.js'), 'CookiesEditor');
const DataCategoriesEditor = lazyPage(() => import('./DataCategoriesEditor.js'), 'DataCategoriesEditor');
const EditorIndex = lazyPage(() => import('./EditorIndex.js'), 'EditorIndex');
const EditorLayout = lazyPage(() => import('./EditorLayout.js'), 'EditorLayout');
const ProfileEditor = lazyPage(() => import('./ProfileEditor.js'), 'ProfileEditor');
const PurposesEditor = lazyPage(() => import('./PurposesEditor.js'), 'PurposesEditor');
const RecipientsEditor = lazyPage(() => import('./RecipientsEditor.js'), 'RecipientsEditor');
const SettingsEditor = lazyPage(() => import('./SettingsEditor.js'), 'SettingsEditor');

/** The policy-data editor of a client, placed inside the signed-in layout by App. */
export const editRoutes = (
  <Route path="tenants/:slug/edit" element={<EditorLayout />}>
    <Route index element={<EditorIndex />} />
    <Route path={EDITOR_SECTIONS.CONTROLLER.path} element={<ProfileEditor />} />
    <Route path={EDITOR_SECTIONS.SETTINGS.path} element={<SettingsEditor />} />
    <Route path={EDITOR_SECTIONS.AUDIENCE.path} element={<AudiencesEditor />} />
    <Route path={EDITOR_SECTIONS.DATA_CATEGORY.path} element={<DataCategoriesEditor />} />
    <Route path={EDITOR_SECTIONS.PURPOSE.path} element={<PurposesEditor />} />
    <Route path={EDITOR_SECTIONS.RECIPIENT.path} element={<RecipientsEditor />} />
    <Route path={EDITOR_SECTIONS.COOKIE.path} element={<CookiesEditor />} />
    <Route path={EDITOR_SECTIONS.CLAUSE.path} element={<ClausesEditor />} />
  </Route>
);
