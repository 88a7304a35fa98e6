// How many items a connection page holds: the resolvers enforce it and the query cost counts it.
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
