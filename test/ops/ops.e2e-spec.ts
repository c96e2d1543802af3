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

  it('docker-compose runs postgres, redis (persistent), one-shot migrations, two apis and two workers of the built image behind a proxy', () => {
    const compose = load(readFileSync(join(root, 'ops/docker-compose.yml'), 'utf8')) as {
      services: Record<string, { command?: string[]; image?: string; deploy?: { replicas?: number }; volumes?: string[] }>;
    };
    const { services } = compose;
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'migrate', 'api', 'worker', 'proxy']));
    expect(services['redis'].command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    expect([services['api'].deploy?.replicas, services['worker'].deploy?.replicas]).toEqual([2, 2]);
    for (const name of ['migrate', 'api', 'worker']) expect(services[name].command?.slice(0, 2)).toEqual(['node', expect.stringMatching(/^dist\/server\/apps\/(cli|api|worker)\/src\/main\.js$/)]);
    expect(services['proxy'].volumes?.[0]).toMatch(/^\.\/nginx\.conf:/);
    const dockerfile = readFileSync(join(root, 'ops/Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM .+ AS build$/m);
    expect(dockerfile).toMatch(/--omit=dev/);
    expect(dockerfile).toMatch(/^USER luyue$/m);
  });

  it('env.example documents every configuration variable', () => {
    const example = readFileSync(join(root, 'ops/env.example'), 'utf8');
    const schema = readFileSync(join(root, 'libs/config/src/env.schema.ts'), 'utf8');
    const variables = [...schema.matchAll(/^\s+([A-Z][A-Z0-9_]+)[?]?(?: =|:)/gm)].map((m) => m[1]);
    expect(variables.length).toBeGreaterThan(10);
    for (const name of variables) expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });
});
