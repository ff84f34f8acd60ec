import type { Rendered } from './render';

/** Taps a tdesign stand-in the way a finger does: on its drawn view, which forwards tap and click to the page. */
export function tapStandIn(node: Rendered | undefined): void {
  const drawn = node?.querySelector('.stand-in');
  if (drawn === undefined) {
    throw new Error('nothing to tap');
  }
  drawn.dispatchEvent('tap');
}
