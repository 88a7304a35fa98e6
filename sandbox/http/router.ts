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
  for (const [index, expected] of template.entries()) {
    const segment = actual[index];
    if (expected.startsWith('{')) {
      if (!segment) return undefined;
      pathParams[expected.slice(1, -1)] = decodeURIComponent(segment);
    } else if (expected !== segment) {
      return undefined;
    }
  }
  return pathParams;
}

/**
 * The `{name}` part of the path a request came in on. The router matched the route's template,
 * so it is there; a handler asking for a name its template lacks is a bug, and fails loudly.
 */
export function pathParam(request: { readonly pathParams: Readonly<Record<string, string>> }, name: string): string {
  const value = request.pathParams[name];
  if (value === undefined) throw new Error(`sandbox: the route's path has no {${name}}`);
  return value;
}
