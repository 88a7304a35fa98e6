// A small closed-loop HTTP load generator (keep-alive, N connections each sending one request
// after another), so every figure and its baseline are measured by the same client in one run.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { percentile } from './bench-kit';

export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /** Called for every request: a fixed request, or a fresh one each time (signed webhooks). */
  next: () => LoadRequest;
  /** Stops early once this many requests were answered. */
  maxRequests?: number;
  /** The server's process: its CPU time per answer is measured too (Linux). */
  serverPid?: number;
}

export interface LoadFigures {
  requests: number;
  perSecond: number;
  /** Answers that were not 2xx, by status. */
  refused: Record<number, number>;
  errors: number;
  latencyMs: { p50: number; p99: number };
  /** The requests answered 2xx, for checks that each was applied. */
  accepted: LoadRequest[];
  /** The server's CPU time (user + system) per answer, when its process was given. */
  cpuMicrosPerRequest?: number;
}

/** A process's CPU time so far (user + system, µs); undefined off Linux. */
// utime and stime, in clock ticks (100 a second on Linux), after the command's parenthesis.
const TICKS_PER_SECOND = 100;
export function cpuMicrosOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const [, afterCommand] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ');
    if (afterCommand === undefined) return undefined;
    const fields = afterCommand.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

interface Answer {
  status: number;
  body: string;
}

function send(agent: Agent, url: URL, load: LoadRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: load.path,
        method: 'POST',
        headers: { ...load.headers, 'content-length': Buffer.byteLength(load.body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(load.body);
  });
}

/** Runs the load for `seconds` (or `maxRequests`) and measures what came back. */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const url = new URL(options.url);
  const latencies: number[] = [];
  const refused: Record<number, number> = {};
  const accepted: LoadRequest[] = [];
  let errors = 0;
  let started = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const more = () => performance.now() < deadline && (options.maxRequests === undefined || started < options.maxRequests);
  const loop = async () => {
    while (more()) {
      started += 1;
      const load = options.next();
      const sentAt = performance.now();
      try {
        const answer = await send(agent, url, load);
        latencies.push(performance.now() - sentAt);
        if (answer.status >= 200 && answer.status < 300) accepted.push(load);
        else refused[answer.status] = (refused[answer.status] ?? 0) + 1;
      } catch {
        errors += 1;
      }
    }
  };
  const began = performance.now();
  const cpuAtStart = cpuMicrosOf(options.serverPid);
  await Promise.all(Array.from({ length: options.connections }, loop));
  const elapsedSeconds = (performance.now() - began) / 1000;
  const cpuAtEnd = cpuMicrosOf(options.serverPid);
  agent.destroy();
  latencies.sort((left, right) => left - right);
  return {
    requests: latencies.length,
    perSecond: Math.round(latencies.length / elapsedSeconds),
    refused,
    errors,
    latencyMs: { p50: percentile(latencies, 0.5, 2), p99: percentile(latencies, 0.99, 2) },
    accepted,
    cpuMicrosPerRequest:
      cpuAtStart !== undefined && cpuAtEnd !== undefined && latencies.length > 0 ? Math.round((cpuAtEnd - cpuAtStart) / latencies.length) : undefined,
  };
}

/** A GraphQL POST, as the console and integrators send it. */
export function graphqlRequest(query: string, variables: Record<string, unknown> = {}, token?: string): LoadRequest {
  return {
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  };
}

export const ratio = (measured: LoadFigures, baseline: LoadFigures) => (baseline.perSecond === 0 ? 0 : measured.perSecond / baseline.perSecond);

/** Round by round, `measured` over `baseline`; both ran the same rounds. */
export function ratios(measured: LoadFigures[], baseline: LoadFigures[]): number[] {
  return measured.map((figures, round) => {
    const base = baseline[round];
    if (!base) throw new Error(`no baseline figures for round ${round + 1}`);
    return ratio(figures, base);
  });
}

export function describe(label: string, figures: LoadFigures): string {
  const refusedText = Object.entries(figures.refused)
    .map(([status, count]) => `${count}×${status}`)
    .join(' ');
  const cpuText = figures.cpuMicrosPerRequest === undefined ? '' : `  server CPU ${figures.cpuMicrosPerRequest} µs/req`;
  return `${label.padEnd(34)} ${String(figures.perSecond).padStart(6)} req/s  p50 ${figures.latencyMs.p50} ms  p99 ${figures.latencyMs.p99} ms${cpuText}${refusedText ? `  refused ${refusedText}` : ''}${figures.errors ? `  errors ${figures.errors}` : ''}`;
}
