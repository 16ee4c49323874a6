/** Splits rows so that one multi-row INSERT stays under SQLite's bound-parameter limit. */
export function* chunked<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
