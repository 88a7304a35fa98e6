import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitSchema } from '../../server/app/emit-schema';
import { schemaFilePath } from '../../server/config/paths';

describe('schema/schema.graphql', () => {
  it('is in step with the resolvers (run `npm run schema` to regenerate)', async () => {
    const freshPath = join(mkdtempSync(join(tmpdir(), 'schema-')), 'schema.graphql');
    await emitSchema(freshPath);
    const committed = readFileSync(schemaFilePath, 'utf8').split('\n');
    const fresh = readFileSync(freshPath, 'utf8').split('\n');
    expect(committed).toEqual(fresh);
  });
});
