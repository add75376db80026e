// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { HOST_BASE, pinStyles, raise } from './host-style';

test('host styles are inline and !important, so no rule of the page outranks them', () => {
  const host = document.createElement('ml-fit-chip');
  pinStyles(host, { ...HOST_BASE, width: '248px', position: 'fixed' });
  expect(host.style.getPropertyValue('width')).toBe('248px');
  expect(host.style.getPropertyPriority('width')).toBe('important');
  expect(host.style.getPropertyPriority('position')).toBe('important');
  expect(host.style.getPropertyValue('overflow')).toBe('visible');
});

test('raise puts a connected host in the top layer, and leaves a host alone where that fails', () => {
  const host = document.createElement('ml-fit-chip');
  const shown: string[] = [];
  Object.assign(host, { showPopover: () => shown.push(host.getAttribute('popover') ?? '') });
  document.body.append(host);
  raise(host);
  expect(shown).toEqual(['manual']);
  const detached = document.createElement('ml-fit-card');
  Object.assign(detached, {
    showPopover: () => {
      throw new Error('not connected');
    },
  });
  expect(() => raise(detached)).not.toThrow();
});
