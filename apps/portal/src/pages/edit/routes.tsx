import { Route } from 'react-router';
import { EDITOR_SECTIONS } from '../../lib/policy-location.js';
import { AudiencesEditor } from './AudiencesEditor.js';
import { ClausesEditor } from './ClausesEditor.js';
import { CookiesEditor } from './CookiesEditor.js';
import { DataCategoriesEditor } from './DataCategoriesEditor.js';
import { EditorIndex } from './EditorIndex.js';
import { EditorLayout } from './EditorLayout.js';
import { ProfileEditor } from './ProfileEditor.js';
import { PurposesEditor } from './PurposesEditor.js';
import { RecipientsEditor } from './RecipientsEditor.js';
import { SettingsEditor } from './SettingsEditor.js';

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
