import type { SandboxContext } from '../kernel/sandbox.context';

/** A browser request to one of the sandbox's hosted pages. */
export interface PageRequest {
  pathParams: Record<string, string>;
  /** The decoded query string (`stripe_user[email]`, `suggested_capabilities[]`). */
  query: Record<string, unknown>;
  form: Record<string, unknown>;
  ip: string;
  userAgent: string | null;
}

export interface PageResult {
  status: number;
  html?: string;
  location?: string;
}

export interface PageRoute {
  method: 'GET' | 'POST';
  path: string;
  handler: (context: SandboxContext, request: PageRequest) => PageResult;
}

/** 303 so the browser follows with a GET whatever the form's method was. */
export function redirectTo(location: string): PageResult {
  return { status: 303, location };
}
