import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const projectRoot = join(__dirname, '..', '..');

interface Violation {
  type: string;
  from: string;
  to: string;
  rule: { name: string };
}

/** The rules of .dependency-cruiser.cjs, applied by dependency-cruiser's API to `paths` under `baseDir`. */
async function violations(baseDir: string, paths: string[]): Promise<Violation[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'cruise.mjs'), baseDir, ...paths], { cwd: projectRoot });
  return JSON.parse(stdout) as Violation[];
}

// DESIGN.md, "Layout": folders depend one way only, from the composition root (server/app) to
// the domains to the kernel; the gateway, the sandbox and the console never import each other.
describe('the folder graph', () => {
  it('goes one way in the gateway, the sandbox and the console', async () => {
    expect(await violations(projectRoot, ['server', 'sandbox', 'admin-ui/src'])).toEqual([]);
  });

  it('is refused when the kernel imports a domain or two folders import each other', async () => {
    const found = await violations(join(__dirname, 'fixtures'), ['server']);
    expect(found.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`).sort()).toEqual([
      'kernel-imports-no-domain: server/money/amount.ts → server/writers/writer.ts',
      'no-circular-folders: server/topups → server/transfers',
      'no-circular-folders: server/transfers → server/topups',
    ]);
  });
});
