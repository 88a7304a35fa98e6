import { existsSync, readFileSync, renameSync } from 'node:fs';
import { SqliteStateStore } from './sqlite-state-store';
import { metaOf, type SerializedState, type StoredKind } from './state-rows';

export interface OpenedState {
  store: SqliteStateStore;
  /** Undefined for a new state file. */
  saved: SerializedState | undefined;
  /** Set when an older sandbox's JSON state file was imported (and renamed). */
  imported?: { from: string; to: string };
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
export function openStateFile(stateFile: string, kinds: readonly StoredKind[]): OpenedState {
  const paths = statePaths(stateFile);
  const store = SqliteStateStore.open(paths.database, kinds);
  const stored = store.load();
  if (stored) return { store, saved: stored };
  const legacy = readLegacyStateFile(paths.legacyJson);
  if (!legacy) return { store, saved: undefined };
  store.replaceAll(legacy, metaOf(legacy.platformAccountId, legacy.clockOffsetSeconds));
  renameSync(paths.legacyJson, `${paths.legacyJson}.migrated`);
  return { store, saved: legacy, imported: { from: paths.legacyJson, to: paths.database } };
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
