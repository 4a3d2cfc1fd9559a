// Builds DOM nodes from data. Text always goes in as text nodes, never as HTML, so nothing the bot
// or a person wrote can inject markup into the page.

/** Creates an element: `props` sets attributes (`class`, `testid`, `on<event>` handlers). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'testid') node.dataset.testid = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children: nodes as they are, anything else as text. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Local date and time of an instant in a timezone, e.g. "Mon 23 Nov, 09:00". */
export function formatInstant(iso, timeZone, withYear = false, locale = 'en-GB') {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  return format.format(new Date(iso));
}

let toastTimer;

/** A short notice at the bottom of the page, e.g. an error from the server. */
export function toast(text, kind = 'info') {
  const box = document.getElementById('toast');
  if (!box) return;
  box.className = `toast visible ${kind}`;
  box.textContent = text;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => box.classList.remove('visible'), kind === 'error' ? 8000 : 4000);
}
