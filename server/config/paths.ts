import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The project root, whether running from `dist/server` or from the TypeScript sources.
function findProjectRoot(start: string): string {
  let directory = start;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`package.json not found above ${start}`);
    directory = parent;
  }
  return directory;
}

export const projectRoot = findProjectRoot(__dirname);
export const adminConsoleDirectory = join(projectRoot, 'admin-ui', 'dist');
export const graphiqlDirectory = join(projectRoot, 'admin-ui', 'dist-graphiql');
export const schemaFilePath = join(projectRoot, 'schema', 'schema.graphql');
export const gatewayVersion: string = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version;
