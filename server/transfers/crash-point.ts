import type { Config } from '../config/config';

export type CrashPoint = NonNullable<Config['money']['crashAfter']>;
export type CrashHook = (point: CrashPoint) => void;

/**
 * Tests prove exactly-once payment across crashes by killing the gateway at a named point of a
 * transfer. Armed only by CRASH_AFTER under NODE_ENV=test (the configuration drops it otherwise).
 */
export function crashHook(armedPoint: CrashPoint | undefined): CrashHook {
  if (!armedPoint) return () => undefined;
  return (point) => {
    if (point === armedPoint) process.kill(process.pid, 'SIGKILL');
  };
}
