// The host script for pages that embed the explorer (docs/embedding.md). Load it from the
// explorer's own folder, once per page, after the frames or with `defer`:
//
//   <iframe data-twente-embed title="Investeren in Twente" allow="clipboard-write"
//           src="https://explorer.example.nl/twente/nl/projects/?embed=1"></iframe>
//   <script src="https://explorer.example.nl/twente/embed.js" defer></script>
//
// External and without inline code or style attributes, so it runs under a strict
// Content-Security-Policy of the host. For every frame marked `data-twente-embed` it:
// - sets the frame's height to the height of the explorer's content, growing and shrinking;
// - brings the new view's heading into view when the reader opens another view in the frame;
// - takes messages only from that frame's window and the explorer's origin, so several explorers
//   (and other frames) can be on one page.
// It changes the frames' height (through the CSS object model, which a strict CSP allows) and the
// page's scroll position, and nothing else. Until the first message (or where the explorer cannot
// run) a frame keeps the height the host gave it, with its own scroll bar. Messages (version 1): {type: "twente-explorer:height", height} and
// {type: "twente-explorer:navigated", top}, both in CSS pixels.
(() => {
  "use strict";
  const HEIGHT = "twente-explorer:height";
  const NAVIGATED = "twente-explorer:navigated";
  // Room left above the heading when it is scrolled into view, for a host's fixed header.
  const MARGIN = 16;

  const frames = () => Array.from(document.querySelectorAll("iframe[data-twente-embed]"));
  const originOf = (frame) => {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  };
  addEventListener("message", (event) => {
    const data = event.data;
    if (!data || typeof data !== "object" || (data.type !== HEIGHT && data.type !== NAVIGATED)) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || originOf(frame) !== event.origin) return;
    if (data.type === HEIGHT && Number.isFinite(data.height) && data.height > 0) {
      frame.style.height = `${Math.ceil(data.height)}px`;
    } else if (data.type === NAVIGATED && Number.isFinite(data.top)) {
      const top = frame.getBoundingClientRect().top + scrollY + Math.max(0, data.top) - MARGIN;
      // Only when the heading is out of view: a reader who can see it keeps their place.
      const heading = top + MARGIN - scrollY;
      if (heading < 0 || heading > innerHeight - 2 * MARGIN) scrollTo({ top, behavior: "instant" });
    }
  });
})();
