import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import type { Role } from '@luyue/contracts';
import { authProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { dataProvider } from './api/dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './layout/NotFoundPage';
import { Dashboard } from './dashboard/Dashboard';
import obligations from './obligations';
import regulations from './regulations';
import bodies from './bodies';
import users from './users';
import notifications from './notifications';
import { lazyPage } from './common/lazyPage';

const ChannelsPage = lazyPage(() =>
  import('./channels/ChannelsPage').then((m) => m.ChannelsPage),
);
const MyNotificationsPage = lazyPage(() =>
  import('./notifications/MyNotificationsPage').then(
    (m) => m.MyNotificationsPage,
  ),
);
const ReviewQueue = lazyPage(() =>
  import('./review/ReviewQueue').then((m) => m.ReviewQueue),
);
const BodyRegistryPage = lazyPage(() =>
  import('./bodies/registry/BodyRegistryPage').then((m) => m.BodyRegistryPage),
);

/** Resources depend on the role: the menu hides what the api would refuse anyway. */
function resourcesFor(role: Role | undefined) {
  const isAdmin = role === 'admin';
  const canEdit = role === 'admin' || role === 'manager';
  return (
    <>
      <Resource
        name="obligations"
        {...obligations}
        edit={canEdit ? obligations.edit : undefined}
      />
      <Resource
        name="regulations"
        {...regulations}
        create={isAdmin ? regulations.create : undefined}
      />
      <Resource
        name="bodies"
        {...bodies}
        edit={isAdmin ? bodies.edit : undefined}
        create={isAdmin ? bodies.create : undefined}
      />
      {isAdmin && <Resource name="users" {...users} />}
      {isAdmin && <Resource name="notifications" {...notifications} />}
      {/* Registered without views so references and labels resolve. */}
      <Resource name="provisions" />
      <Resource name="obligation-events" />
      {isAdmin && (
        <CustomRoutes>
          <Route path="/review" element={<ReviewQueue />} />
          <Route path="/body-registry" element={<BodyRegistryPage />} />
        </CustomRoutes>
      )}
      {/* Issue 17: 我的通知 for everyone; a body's 通知渠道 for admins and managers. */}
      <CustomRoutes>
        <Route path="/my-notifications" element={<MyNotificationsPage />} />
        {canEdit && <Route path="/channels" element={<ChannelsPage />} />}
      </CustomRoutes>
    </>
  );
}

export function App() {
  return (
    <Admin
      title="luyue.app.title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={AppLayout}
      dashboard={Dashboard}
      loginPage={LoginPage}
      catchAll={NotFoundPage}
      // No `requireAuth`: with it, a visitor without a session went through hundreds of
      // checkAuth → redirect rounds (12–17 s of CPU) before the login form settled. Each page
      // still checks the session itself, and the api refuses every call without a token.
      disableTelemetry
    >
      {(permissions: Role | undefined) => resourcesFor(permissions)}
    </Admin>
  );
}
