/**
 * A page query value as the learner meant it. WeChat hands values over as written in the URL, so a value the
 * opener encoded with encodeURIComponent is decoded here; one that was not (a bare %) is kept as it came.
 */
export function decodeQueryValue(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return value ?? '';
  }
}
