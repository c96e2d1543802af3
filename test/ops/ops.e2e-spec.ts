import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const root = join(__dirname, '../..');

describe('ops', () => {
  it('services.sh is safe to run again and again', () => {
    for (let i = 0; i < 2; i++) {
      const out = execFileSync('bash', ['ops/services.sh'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(out).toBe('');
    }
  });

  it('docker-compose describes postgres, redis (persistent), api and worker', () => {
    const compose = load(readFileSync(join(root, 'ops/docker-compose.yml'), 'utf8')) as {
      services: Record<string, { command?: string[]; image?: string }>;
    };
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'api', 'worker']));
    expect(compose.services['redis'].command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
  });

  it('env.example documents every configuration variable', () => {
    const example = readFileSync(join(root, 'ops/env.example'), 'utf8');
    const schema = readFileSync(join(root, 'libs/config/src/env.schema.ts'), 'utf8');
    const variables = [...schema.matchAll(/^\s+([A-Z][A-Z0-9_]+)[?]?(?: =|:)/gm)].map((m) => m[1]);
    expect(variables.length).toBeGreaterThan(10);
    for (const name of variables) expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });
});
