/**
 * Resolves once the frame being prepared now has been painted (requestAnimationFrame, then a
 * task), or after `fallbackMs` when no frame comes (a hidden page). Calls made in order resolve
 * in order. Work that can wait a frame goes here, so that what the worker must see comes first.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(go);
    setTimeout(go, fallbackMs);
  });
}
