import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SandboxLogger } from '../sandbox.context';
import type { SerializedState } from './sandbox.state';

/** Changes are written at most this often, so a burst of requests costs one write. */
const SAVE_DELAY_MS = 200;

/** Keeps the sandbox's state in a JSON file so a restarted process carries on where it stopped. */
export class StateFile {
  private pendingSave: NodeJS.Timeout | undefined;

  constructor(
    private readonly path: string,
    private readonly snapshot: () => SerializedState,
    private readonly logger: SandboxLogger,
  ) {}

  load(): SerializedState | undefined {
    if (!existsSync(this.path)) return undefined;
    let saved: SerializedState;
    try {
      saved = JSON.parse(readFileSync(this.path, 'utf8')) as SerializedState;
    } catch (error) {
      throw new Error(`sandbox state file ${this.path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
        cause: error,
      });
    }
    if (saved.version !== 1) throw new Error(`sandbox state file ${this.path} has unknown version ${String(saved.version)}`);
    return saved;
  }

  scheduleSave(): void {
    if (this.pendingSave) return;
    this.pendingSave = setTimeout(() => {
      this.pendingSave = undefined;
      this.save();
    }, SAVE_DELAY_MS);
    this.pendingSave.unref();
  }

  /** Writes now if a save is due (on shutdown). */
  flush(): void {
    if (!this.pendingSave) return;
    clearTimeout(this.pendingSave);
    this.pendingSave = undefined;
    this.save();
  }

  private save(): void {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      // Write then rename, so a crash mid-write never leaves a truncated file behind.
      const temporaryPath = `${this.path}.tmp`;
      writeFileSync(temporaryPath, JSON.stringify(this.snapshot()));
      renameSync(temporaryPath, this.path);
    } catch (error) {
      this.logger.error({ err: error, path: this.path }, 'sandbox: could not save state');
    }
  }
}
