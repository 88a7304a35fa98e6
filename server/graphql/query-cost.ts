import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';
import { ErrorCode } from '../errors/errors';

// The cost of a query is what it asks the gateway to resolve: every field counts once per item
// it is resolved for. A connection's `edges` and `nodes` hold as many items as its `first` asks
// for (default DEFAULT_PAGE_SIZE), whatever the data holds; other lists count as their known
// bound. `first: 10000` therefore costs what 10,000 rows would, and is refused before it runs.
export const MAX_QUERY_COST = 5000;

/** Lists that are not connections, by `Type.field`: their bound, or the argument that sets it. */
export const LIST_BOUNDS: Readonly<Record<string, number | { argument: string; default: number }>> = {
  'Writer.onboardingLinks': 10,
  'Writer.allowedActions': 7,
  'Writer.requirements': 50,
  'Transfer.reversals': 10,
  'Payment.refunds': 10,
  // Stripe opens at most one dispute per charge (an inquiry may precede it).
  'Payment.disputes': 2,
  'Query.disputesNeedingResponse': 50,
  'PlatformBalance.available': 10,
  'PlatformBalance.pending': 10,
  'ConnectedBalance.available': 10,
  'ConnectedBalance.pending': 10,
  'Query.writerStatusCounts': 6,
  'Query.moneyActivity': { argument: 'days', default: 14 },
  'Query.teamMembers': 20,
  'Query.teamInvites': 20,
};

/** How every `first` argument is described in the schema, so integrators see what a page costs. */
export const PAGE_SIZE_DESCRIPTION = `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}). The query cost counts each field under this connection once per item asked for; a query may cost at most ${MAX_QUERY_COST}.`;

// A list nobody bounded counts as the largest page.
const UNKNOWN_LIST_BOUND = MAX_PAGE_SIZE;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Fragments being walked, so a cycle (refused by validation) cannot loop here. */
  visiting: Set<string>;
}

/** A numeric argument as the request gives it: literal, variable, or undefined when absent. */
function argumentValue(walk: Walk, field: FieldNode, name: string): number | undefined {
  const value = field.arguments?.find((argument) => argument.name.value === name)?.value;
  if (value?.kind === Kind.INT) return Number.parseInt(value.value, 10);
  const given = value?.kind === Kind.VARIABLE ? walk.variables[value.name.value] : undefined;
  return typeof given === 'number' && Number.isFinite(given) ? given : undefined;
}

const isConnection = (type: GraphQLNamedType) => type.name.endsWith('Connection');

/** How many items a list field holds, as the request asks. */
function itemsOf(walk: Walk, parent: GraphQLNamedType, field: FieldNode, pageSize: number | undefined): number {
  const name = field.name.value;
  if (pageSize !== undefined && isConnection(parent) && (name === 'edges' || name === 'nodes')) return pageSize;
  const bound = LIST_BOUNDS[`${parent.name}.${name}`] ?? UNKNOWN_LIST_BOUND;
  return typeof bound === 'number' ? bound : (argumentValue(walk, field, bound.argument) ?? bound.default);
}

function fieldCost(walk: Walk, field: FieldNode, parent: GraphQLNamedType, multiplier: number, pageSize: number | undefined): number {
  const name = field.name.value;
  // __typename, and introspection (off in production, bounded by the depth limit) count once.
  if (name.startsWith('__') || !field.selectionSet) return multiplier;
  const definition: GraphQLField<unknown, unknown> | undefined = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  if (!definition) return multiplier;
  const type = getNamedType(definition.type);
  const items = isListType(getNullableType(definition.type)) ? itemsOf(walk, parent, field, pageSize) : 1;
  const innerPageSize = isConnection(type) ? Math.max(0, argumentValue(walk, field, 'first') ?? DEFAULT_PAGE_SIZE) : undefined;
  return multiplier + selectionSetCost(walk, field.selectionSet, type, multiplier * items, innerPageSize);
}

function selectionSetCost(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLNamedType, multiplier: number, pageSize: number | undefined): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(walk, selection, parent, multiplier, pageSize);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
    if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && walk.visiting.has(selection.name.value))) continue;
    const typeName = fragment.typeCondition?.name.value;
    const type = (typeName && walk.schema.getType(typeName)) || parent;
    if (selection.kind === Kind.FRAGMENT_SPREAD) walk.visiting.add(selection.name.value);
    total += selectionSetCost(walk, fragment.selectionSet, type, multiplier, pageSize);
    if (selection.kind === Kind.FRAGMENT_SPREAD) walk.visiting.delete(selection.name.value);
  }
  return total;
}

function operationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((operation) => operation.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

/** The cost of the operation that would run, with the request's variables. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): number {
  const operation = operationOf(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return selectionSetCost({ schema, fragments, variables: variables ?? {}, visiting: new Set() }, operation.selectionSet, root, 1, undefined);
}

/** QUERY_TOO_COSTLY when the operation asks for more than MAX_QUERY_COST; undefined otherwise. */
export function queryCostError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): GraphQLError | undefined {
  const cost = queryCost(schema, document, variables, operationName);
  if (cost <= MAX_QUERY_COST) return undefined;
  return new GraphQLError(
    `Query cost ${cost} exceeds the limit of ${MAX_QUERY_COST}: each field counts once per item asked for (a connection's \`first\`, default ${DEFAULT_PAGE_SIZE}; a list's bound). Ask for fewer items or fewer fields.`,
    { extensions: { code: ErrorCode.QueryTooCostly, cost, maxCost: MAX_QUERY_COST } },
  );
}
