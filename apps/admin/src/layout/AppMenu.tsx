import MenuItem from '@mui/material/MenuItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import QueueIcon from '@mui/icons-material/Queue';
import RateReviewIcon from '@mui/icons-material/RateReview';
import NotificationsIcon from '@mui/icons-material/Notifications';
import SmartToyIcon from '@mui/icons-material/SmartToy';
import CleaningServicesIcon from '@mui/icons-material/CleaningServices';
import { Menu, useSidebarState, useTranslate } from 'react-admin';
import { useRole } from '../common/useRole';

/** Role-aware menu: everyone sees the work; only admins see review, users, notifications, queues (the api answers 403 otherwise). */
export function AppMenu() {
  const role = useRole();
  const isAdmin = role === 'admin';
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="obligations" />
      {isAdmin && (
        <Menu.Item
          to="/review"
          primaryText="luyue.menu.review"
          leftIcon={<RateReviewIcon />}
          data-testid="menu-review"
        />
      )}
      <Menu.ResourceItem name="regulations" />
      <Menu.ResourceItem name="bodies" />
      {(isAdmin || role === 'manager') && (
        <Menu.Item
          to="/channels"
          primaryText="luyue.notify.menu_channels"
          leftIcon={<SmartToyIcon />}
          data-testid="menu-channels"
        />
      )}
      <Menu.Item
        to="/my-notifications"
        primaryText="luyue.notify.menu_preferences"
        leftIcon={<NotificationsIcon />}
        data-testid="menu-my-notifications"
      />
      {isAdmin && (
        <Menu.Item
          to="/body-registry"
          primaryText="luyue.backoffice.registry.title"
          leftIcon={<CleaningServicesIcon />}
          data-testid="menu-body-registry"
        />
      )}
      {isAdmin && <Menu.ResourceItem name="users" />}
      {isAdmin && <Menu.ResourceItem name="notifications" />}
      {isAdmin && <QueueBoardLink />}
    </Menu>
  );
}

/** Bull Board is served by the api, outside the SPA; the login cookie authorises it. */
function QueueBoardLink() {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return (
    <MenuItem
      component="a"
      href="/api/admin/queues"
      target="_blank"
      rel="noopener"
      data-testid="menu-queues"
    >
      <ListItemIcon>
        <QueueIcon fontSize="small" />
      </ListItemIcon>
      {open && translate('luyue.menu.queues')}
    </MenuItem>
  );
}
