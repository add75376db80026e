/**
 * The content script's JSX factory (wxt.config.ts swaps it in for `preact/jsx-runtime` in that
 * build only). Its JSX is drawn once by ./dom.ts, which reads nothing but a node's type and
 * props, so a node is just those two; Preact's own factory would bring its whole renderer
 * along (its module keeps the component prototype it sets up). The key is not needed: there
 * is no diffing.
 */
export function Fragment(props: { children?: unknown }): unknown {
  return props.children;
}

export function jsx(
  type: unknown,
  props: Record<string, unknown>,
): { type: unknown; props: Record<string, unknown> } {
  return { type, props };
}

export { jsx as jsxs, jsx as jsxDEV };
