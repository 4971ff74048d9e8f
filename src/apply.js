// A choice in the page's settings form applies at once: a country or a
// language loads its page; a period does too until the island that
// switches it in place has hydrated (then the island handles it).
document.addEventListener("change", (event) => {
  const field = event.target;
  const form = field.form;
  if (!form || !form.hasAttribute("data-auto")) return;
  if (field.tagName === "SELECT" || !document.body.hasAttribute("data-hydrated")) form.requestSubmit();
});
