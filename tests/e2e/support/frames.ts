import type { Page } from 'playwright-core';

/**
 * Watches the page's animation frames: the longest time between two of them is how long the window
 * was frozen. Started before a step, read after it.
 */
export async function watchFrames(page: Page): Promise<{ longestGap: () => Promise<number> }> {
  await page.evaluate(() => {
    const state = { last: performance.now(), longest: 0 };
    (window as unknown as { __frames: typeof state }).__frames = state;
    const tick = (now: number) => {
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return {
    longestGap: () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            // One more frame, so that a freeze still under way when asked is counted.
            requestAnimationFrame(() => resolve((window as unknown as { __frames: { longest: number } }).__frames.longest)),
          ),
      ),
  };
}
