/**
 * Items in chunks whose sizes are powers of two, largest first (13 → 8, 4, 1): a statement
 * built for each chunk's size then takes a handful of forms, each one prepared once and kept
 * in the driver's statement cache, where one form per batch size would push everything out.
 */
export function powerOfTwoChunks<TItem>(items: TItem[], largest: number): TItem[][] {
  const chunks: TItem[][] = [];
  let start = 0;
  for (let size = largest; size >= 1; size /= 2) {
    while (items.length - start >= size) {
      chunks.push(items.slice(start, start + size));
      start += size;
    }
  }
  return chunks;
}
