// Loads the islands' code only after the page has painted: when the
// browser is first idle after `load` and the first contentful paint, or
// at the visitor's first interaction, whichever comes first. Nothing the
// page paints waits for it, and nothing preloads it. Islands hydrate one
// per task, so no task is long.
// `js` and `wasm` are the wasm-bindgen module and its binary.
((js, wasm) => {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import(js).then(async (mod) => {
      await mod.default({ module_or_path: wasm });
      mod.hydrate();
      await hydrate(mod);
    });
  };
  // A new task: lets the browser paint and answer input in between.
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  // Leptos's island protocol: an island's function takes its element; an
  // island inside another's children first runs the callback the outer
  // one left on its `leptos-children` element (its reactive context).
  // Islands come in document order, so the outer one has run by then; the
  // rest of the page is never walked.
  const hydrate = async (mod) => {
    for (const island of document.querySelectorAll("leptos-island")) {
      const run = mod[island.dataset.component];
      if (!run) {
        console.warn(`no WASM function for the island ${island.dataset.component}`);
        continue;
      }
      island.parentElement.closest("leptos-children")?.$$on_hydrate?.();
      await run(island);
      await nextTask();
    }
  };
  const events = ["pointerdown", "keydown", "focusin", "touchstart"];
  for (const type of events) addEventListener(type, start, { once: true, passive: true, capture: true });
  const idle = () => ("requestIdleCallback" in window ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 0));
  const loaded = new Promise((resolve) => {
    if (document.readyState === "complete") resolve();
    else addEventListener("load", resolve, { once: true });
  });
  // After the first contentful paint too: `load` and an idle moment can
  // come before it, and a request started before the largest paint is
  // in its way (mobile Lighthouse then put LCP at 1.65 s, FCP at 0.9 s).
  const painted = new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) return resolve();
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      resolve();
    }).observe({ type: "paint", buffered: true });
  });
  Promise.all([loaded, painted]).then(idle);
})
