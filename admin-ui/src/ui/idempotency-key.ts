import { useCallback, useState } from 'react';

// RFC 9562: byte 6 carries the version (4), byte 8 the variant (10xx).
const VERSION_BYTE = 6;
const VARIANT_BYTE = 8;

function stamped(byte: number, index: number): number {
  if (index === VERSION_BYTE) return (byte & 0x0f) | 0x40;
  if (index === VARIANT_BYTE) return (byte & 0x3f) | 0x80;
  return byte;
}

/** A UUID v4; crypto.randomUUID exists only on secure origins, getRandomValues everywhere. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const hex = Array.from(bytes, (byte, index) => stamped(byte, index).toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per form, made when it opens: a double click or a retry after a lost answer sends
 * the same key, so the gateway can never move the money twice. `renew` after a settled outcome.
 */
export function useIdempotencyKey(): [key: string, renew: () => void] {
  const [key, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return [key, renew];
}
