import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentNode, Kind, type OperationDefinitionNode, buildSchema, specifiedRules, validate } from 'graphql';
import * as generated from '../../admin-ui/src/gql/graphql';
import { MAX_PAGE_SIZE } from '../../server/graphql/page-size';
import { MAX_QUERY_COST, queryCost } from '../../server/graphql/query-cost';
import { queryLimitRules } from '../../server/graphql/query-limits';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));

const operations = Object.entries(generated)
  .filter(([name]) => name.endsWith('Document'))
  .map(([name, document]) => [name, document as unknown as DocumentNode] as const);

/** The largest values the console could send: every Int variable at the largest page size. */
function largestVariables(document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const ints = (operation.variableDefinitions ?? []).filter((variable) => JSON.stringify(variable.type).includes('"Int"'));
  return Object.fromEntries(ints.map((variable) => [variable.variable.name.value, MAX_PAGE_SIZE]));
}

describe("the console's generated operations", () => {
  it('are all there', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations)('%s passes the cost model with every page at its largest', (_name, document) => {
    expect(queryCost(schema, document, largestVariables(document))).toBeLessThanOrEqual(MAX_QUERY_COST);
  });

  it.each(operations)('%s passes the depth, alias and directive limits', (_name, document) => {
    expect(validate(schema, document, [...specifiedRules, ...queryLimitRules()])).toEqual([]);
  });
});
