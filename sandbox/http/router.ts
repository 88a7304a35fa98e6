/**
 * Matches `METHOD /path` against templates written as in Stripe's OpenAPI description
 * (`/v1/transfers/{transfer}`), so a recorded response names the operation that served it.
 */
export interface RouteMatch<H> {
  handler: H;
  template: string;
  pathParams: Record<string, string>;
}

interface CompiledRoute<H> {
  method: string;
  template: string;
  segments: string[];
  handler: H;
}

export class Router<H> {
  private readonly routes: CompiledRoute<H>[] = [];

  add(method: string, template: string, handler: H): this {
    this.routes.push({ method, template, segments: template.split('/'), handler });
    return this;
  }

  match(method: string, path: string): RouteMatch<H> | undefined {
    const segments = path.split('/');
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== segments.length) continue;
      const pathParams = matchSegments(route.segments, segments);
      if (pathParams) return { handler: route.handler, template: route.template, pathParams };
    }
    return undefined;
  }
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  const pathParams: Record<string, string> = {};
  for (let index = 0; index < template.length; index++) {
    const expected = template[index];
    if (expected.startsWith('{')) {
      if (!actual[index]) return undefined;
      pathParams[expected.slice(1, -1)] = decodeURIComponent(actual[index]);
    } else if (expected !== actual[index]) {
      return undefined;
    }
  }
  return pathParams;
}
