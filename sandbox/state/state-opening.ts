import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { SandboxLogger } from '../kernel/sandbox.context';
import type { SerializedState } from '../kernel/sandbox.state';
import { SqliteStateStore } from './sqlite-state-store';
import { metaOf } from './state-rows';

export interface OpenedState {
  store: SqliteStateStore;
  /** Undefined for a new state file. */
  saved: SerializedState | undefined;
}

/**
 * `x.sqlite` (any name but `.json`) holds the state; `x.json` beside it is the file an older
 * sandbox kept. A `.json` name, as older callers pass, stands for the pair.
 */
export function statePaths(stateFile: string): { database: string; legacyJson: string } {
  const base = stateFile.replace(/\.[^./\\]+$/, '');
  return { database: stateFile.endsWith('.json') ? `${base}.sqlite` : stateFile, legacyJson: `${base}.json` };
}

/**
 * Opens the state database. On its first use it imports the JSON state file an older sandbox
 * left, then renames that file so it is neither read again nor taken for the live state.
 */
export function openStateFile(stateFile: string, logger: SandboxLogger): OpenedState {
  const paths = statePaths(stateFile);
  const store = SqliteStateStore.open(paths.database);
  const stored = store.load();
  if (stored) return { store, saved: stored };
  const legacy = readLegacyStateFile(paths.legacyJson);
  if (!legacy) return { store, saved: undefined };
  store.replaceAll(legacy, metaOf(legacy.platformAccountId, legacy.clockOffsetSeconds));
  renameSync(paths.legacyJson, `${paths.legacyJson}.migrated`);
  logger.info({ from: paths.legacyJson, to: paths.database }, 'sandbox: JSON state file imported');
  return { store, saved: legacy };
}

function readLegacyStateFile(path: string): SerializedState | undefined {
  if (!existsSync(path)) return undefined;
  let saved: SerializedState;
  try {
    saved = JSON.parse(readFileSync(path, 'utf8')) as SerializedState;
  } catch (error) {
    throw new Error(`sandbox state file ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (saved.version !== 1) throw new Error(`sandbox state file ${path} has unknown version ${String(saved.version)}`);
  return saved;
}
