/** A record that passed validation but cannot be mapped meaningfully: it is quarantined. */
export class MappingError extends Error {
  override name = 'MappingError';
}
