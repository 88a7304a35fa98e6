import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(__dirname, '..', '..');

// Codegen is ESM-only inside; it runs in its own Node process and prints what it would write.
const generateInMemory = `
  const { generate, loadCodegenConfig } = await import('@graphql-codegen/cli');
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.ts' });
  const files = await generate({ ...config, silent: true }, false);
  process.stdout.write(JSON.stringify(files.map(({ filename, content }) => ({ filename, content }))));
`;

describe('admin-ui/src/gql', () => {
  it('is in step with schema/schema.graphql and the console operations (run `npm run codegen`)', () => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', generateInMemory], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    const files = JSON.parse(output) as Array<{ filename: string; content: string }>;
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const committed = readFileSync(join(projectRoot, file.filename), 'utf8');
      expect({ file: file.filename, lines: committed.split('\n') }).toEqual({ file: file.filename, lines: file.content.split('\n') });
    }
  });
});
