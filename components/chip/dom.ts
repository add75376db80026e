import type { ComponentChildren, VNode } from 'preact';

/**
 * Turns a tree of stateless function components (JSX, as the popup renders them with Preact)
 * into DOM nodes once, without Preact's renderer: the content script draws the chip's panel
 * from the very components the popup uses (components/fit/FitExplanation.tsx) and carries
 * only this instead of the diffing engine (about a fifth of its size). No state, hooks,
 * class components or keyed updates: a redraw builds the nodes again. Attributes follow
 * Preact's choices for what these components use (`class`, style objects, aria-*="false",
 * on* listeners); dom.test.ts checks the output against Preact's own for the shared views.
 * Text and attribute values are set as text, never parsed as HTML.
 */
export function toDom(doc: Document, node: ComponentChildren): Node {
  const out = doc.createDocumentFragment();
  append(doc, out, node);
  return out;
}

function append(doc: Document, parent: Node, node: ComponentChildren): void {
  if (node == null || typeof node === 'boolean') return;
  if (Array.isArray(node)) {
    for (const child of node) append(doc, parent, child);
    return;
  }
  if (typeof node !== 'object') {
    parent.appendChild(doc.createTextNode(String(node)));
    return;
  }
  const { type, props } = node as VNode<Record<string, unknown>>;
  if (typeof type === 'function') {
    // Fragments are functions too (they return their children). Class components cannot
    // reach here: the content script's build has no Preact (wxt.config.ts).
    append(doc, parent, (type as (p: object) => ComponentChildren)(props));
    return;
  }
  const el = doc.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'key' || name === 'ref' || value == null) continue;
    if (name === 'dangerouslySetInnerHTML') throw new Error('toDom: dangerouslySetInnerHTML is disabled');
    if (name === 'style' && typeof value === 'object') {
      for (const [key, v] of Object.entries(value))
        el.style.setProperty(
          key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
          String(v),
        );
    } else if (name[0] === 'o' && name[1] === 'n' && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    } else if (value !== false || name[4] === '-') {
      el.setAttribute(name, String(value));
    }
  }
  append(doc, el, props.children as ComponentChildren);
  parent.appendChild(el);
}
