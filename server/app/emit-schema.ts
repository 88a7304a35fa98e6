import 'reflect-metadata';
import { buildGatewaySchema } from './schema';
import { createGatewayPubSub } from '../pubsub/pubsub';
import { schemaFilePath } from '../config/paths';

// `npm run schema`: writes schema/schema.graphql from the resolvers (the committed contract).
export async function emitSchema(path = schemaFilePath): Promise<void> {
  await buildGatewaySchema({
    container: { get: () => ({}) },
    pubSub: createGatewayPubSub(),
    emitSchemaFile: path,
  });
}

if (require.main === module) {
  emitSchema().then(
    () => process.stdout.write(`Wrote ${schemaFilePath}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
