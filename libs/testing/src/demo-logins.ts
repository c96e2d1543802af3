// The demo users `luyue seed` creates (ops/seed), as the seeded template database holds them.
export const DEMO_PASSWORD = 'Luyue-demo-2025';
export const DEMO = {
  admin: 'admin@luyue.demo',
  managerGwh: 'manager.gwh@luyue.demo',
  staffGwh: 'staff.gwh@luyue.demo',
  managerFtz: 'manager.ftz@luyue.demo',
  staffFtz: 'staff.ftz@luyue.demo',
  managerPort: 'manager.port@luyue.demo',
  staffPort: 'staff.port@luyue.demo',
} as const;
