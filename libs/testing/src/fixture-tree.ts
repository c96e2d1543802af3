import { hash } from 'argon2';
import type { DataSource } from 'typeorm';

/** The password of every fixture user. */
export const PASSWORD = 'Test-password-2025';

export interface Fixture {
  bodies: { root: string; gwh: string; gwhUnit: string; ftz: string; commerce: string };
  users: Record<'admin' | 'rootManager' | 'gwhManager' | 'gwhStaff' | 'gwhUnitStaff' | 'ftzManager' | 'ftzStaff' | 'commerceStaff', { id: string; email: string }>;
}

export const JURISDICTION = '新疆维吾尔自治区';

/**
 * 自治区人民政府 ─┬─ 阿拉山口综合保税区管理委员会 (管委会) ── 综保区招商局
 *                ├─ 自由贸易试验区工作办公室 (自贸办)
 *                └─ 自治区商务部门
 */
export async function createFixture(ds: DataSource): Promise<Fixture> {
  const body = async (name: string, aliases: string[], level: string, kind: string, parentId: string | null) =>
    (await ds.query('INSERT INTO bodies (name, aliases, jurisdiction, level, kind, parent_id) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id', [name, aliases, JURISDICTION, level, kind, parentId]))[0]
      .id as string;
  const root = await body('自治区人民政府', [], '自治区', 'government', null);
  const gwh = await body('阿拉山口综合保税区管理委员会', ['管委会'], '园区', 'zone_administration', root);
  const gwhUnit = await body('综保区招商局', [], '园区', 'department', gwh);
  const ftz = await body('自由贸易试验区工作办公室', ['自贸办'], '自治区', 'committee', root);
  const commerce = await body('自治区商务部门', [], '自治区', 'department', root);
  // Cheap argon2 parameters: verification reads them from the hash, and fixtures need not be slow.
  const passwordHash = await hash(PASSWORD, { memoryCost: 4096, timeCost: 2, parallelism: 1 });
  const user = async (email: string, role: string, bodyId: string | null) => ({
    id: (await ds.query('INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1,$2,$3,$4,$5) RETURNING id', [email, email.split('@')[0], passwordHash, role, bodyId]))[0]
      .id as string,
    email,
  });
  return {
    bodies: { root, gwh, gwhUnit, ftz, commerce },
    users: {
      admin: await user('admin@test.local', 'admin', null),
      rootManager: await user('root.manager@test.local', 'manager', root),
      gwhManager: await user('gwh.manager@test.local', 'manager', gwh),
      gwhStaff: await user('gwh.staff@test.local', 'staff', gwh),
      gwhUnitStaff: await user('gwh.unit.staff@test.local', 'staff', gwhUnit),
      ftzManager: await user('ftz.manager@test.local', 'manager', ftz),
      ftzStaff: await user('ftz.staff@test.local', 'staff', ftz),
      commerceStaff: await user('commerce.staff@test.local', 'staff', commerce),
    },
  };
}
