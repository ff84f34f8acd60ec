import { type Rendered, simulate } from './render';

/** The text of every element matching `selector`, trimmed, in page order. */
export function textsOf(page: Rendered, selector: string): (string | undefined)[] {
  return page.querySelectorAll(selector).map((element) => element.dom?.textContent?.trim());
}

/** The text of the first element matching `selector`; undefined when there is none. */
export function textOf(page: Rendered, selector: string): string | undefined {
  return page.querySelector(selector)?.dom?.textContent?.trim();
}

/**
 * Taps what matches `selector` as a finger would: a tdesign stand-in is tapped inside (so it forwards the tap as its
 * tap/click events), and the handlers' awaited work is let run.
 */
export async function tap(page: Rendered, selector: string): Promise<void> {
  const element = page.querySelector(selector);
  if (element === undefined) {
    throw new Error(`nothing matches ${selector}`);
  }
  await tapElement(element);
}

/** Taps one element already found (e.g. the third of a list), as `tap` does. */
export async function tapElement(element: Rendered): Promise<void> {
  (element.querySelector('.stand-in') ?? element).dispatchEvent('tap');
  for (let turn = 0; turn < 5; turn++) {
    await simulate.sleep(0);
  }
}

/** Whether the tdesign stand-in matching `selector` is disabled. */
export function isDisabled(page: Rendered, selector: string): boolean {
  return page.querySelector(selector)?.querySelector('.stand-in')?.dom?.getAttribute('data-disabled') === 'true';
}
