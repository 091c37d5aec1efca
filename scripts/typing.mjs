// The typing both the in-browser benchmark and the keystroke profile measure: in the explorer's
// search field, one `input` event per keystroke, each timed until the list has changed and the
// next animation frame has come.
export const KEYSTROKES = 50;
// Typing and deleting parts of words, so every keystroke changes the query (and the DOM).
export const SEQUENCE = ["t", "w", "e", "n", "t", "s", " ", "d", "a", "t", "a", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace"];

/** Types `count` keystrokes into the page's search field; returns each one's time in ms. */
export function typeKeystrokes(page, count = KEYSTROKES) {
  return page.evaluate(async ({ count, sequence }) => {
    const input = document.querySelector("#search-input");
    const main = document.querySelector("main");
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const times = [];
    for (let i = 0; i < count; i++) {
      const key = sequence[i % sequence.length];
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          resolve();
        }, 5000);
      });
      const start = performance.now();
      input.value = key === "Backspace" ? input.value.slice(0, -1) : input.value + key;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await changed;
      await frame();
      times.push(performance.now() - start);
    }
    return times;
  }, { count, sequence: SEQUENCE });
}
