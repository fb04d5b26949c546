import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout.js';
import { useAuth } from './lib/auth.js';
import { AgencyHome } from './pages/AgencyHome.js';
import { editRoutes } from './pages/edit/routes.js';
import { NotFound } from './pages/NotFound.js';
import { policyRoutes } from './pages/policy/routes.js';
import { RequestsInbox } from './pages/RequestsInbox.js';
import { settingsRoutes } from './pages/settings/routes.js';
import { SignIn } from './pages/SignIn.js';
import { AcceptInvitation } from './pages/AcceptInvitation.js';
import { ForgotPassword } from './pages/ForgotPassword.js';
import { ResetPassword } from './pages/ResetPassword.js';
import { lazyPage } from './lib/lazy-page.js';

const AccountPage = lazyPage(() => import('./pages/Account.js'), 'AccountPage');
const CatalogPage = lazyPage(() => import('./pages/catalog/CatalogPage.js'), 'CatalogPage');
const ConsentsPage = lazyPage(() => import('./pages/consents/ConsentsPage.js'), 'ConsentsPage');
const RequestDetail = lazyPage(() => import('./pages/RequestDetail.js'), 'RequestDetail');
const RecordOfProcessingPage = lazyPage(
  () => import('./pages/records/RecordOfProcessingPage.js'),
  'RecordOfProcessingPage',
);
const TranslationsPage = lazyPage(() => import('./pages/translations/TranslationsPage.js'), 'TranslationsPage');
const TenantPage = lazyPage(() => import('./pages/TenantPage.js'), 'TenantPage');

/** Pages behind sign-in: without a token, go to the sign-in page and come back afterwards. */
function RequireAuth() {
  const { token } = useAuth();
  const location = useLocation();
  if (!token)
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/sign-in" element={<SignIn />} />
        {/* Emailed links: they work signed in or out. */}
        <Route path="/accept-invitation" element={<AcceptInvitation />} />
        <Route path="/forgot-password" element={<ForgotPassword />} />
        <Route path="/reset-password" element={<ResetPassword />} />
        <Route element={<RequireAuth />}>
          <Route element={<Layout />}>
            <Route index element={<AgencyHome />} />
            <Route path="requests" element={<RequestsInbox />} />
            <Route path="tenants/:slug" element={<TenantPage />} />
            <Route path="tenants/:slug/requests" element={<RequestsInbox />} />
            <Route path="tenants/:slug/requests/:id" element={<RequestDetail />} />
            <Route path="catalog" element={<CatalogPage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="tenants/:slug/consents" element={<ConsentsPage />} />
            <Route path="tenants/:slug/translations" element={<TranslationsPage />} />
            <Route path="tenants/:slug/record" element={<RecordOfProcessingPage />} />
            {settingsRoutes}
            {editRoutes}
            {policyRoutes}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
