import { useEffect, useRef, useState } from 'react';
import { updateQuery, useLocation } from '../router';
import { useDebounced } from './useDebounced';

const SEARCH_DELAY_MS = 250;

/**
 * A search box whose settled text lives in the URL (`?q=`), replacing the history entry as it
 * is typed; Back, Forward and reload put the text back in the box.
 */
export function useUrlSearch(name = 'q'): { text: string; setText: (text: string) => void; search: string } {
  const { query } = useLocation();
  const inUrl = query.get(name) ?? '';
  const [text, setText] = useState(inUrl);
  const settled = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const written = useRef(inUrl);
  useEffect(() => {
    if (inUrl === written.current) return;
    written.current = inUrl;
    setText(inUrl);
  }, [inUrl]);
  useEffect(() => {
    if (settled === written.current) return;
    written.current = settled;
    updateQuery({ [name]: settled, after: null, page: null }, { replace: true });
  }, [settled, name]);
  return { text, setText, search: inUrl };
}

/** One of `allowed` from the URL, or '' when absent or unknown. */
export function useUrlChoice<TValue extends string>(name: string, allowed: readonly TValue[]): TValue | '' {
  const value = useLocation().query.get(name);
  return allowed.includes(value as TValue) ? (value as TValue) : '';
}
