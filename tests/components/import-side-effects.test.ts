// @vitest-environment jsdom
import { expect, it } from 'vitest';

it('importing the components changes neither the document nor the globals', async () => {
  const html = document.documentElement.outerHTML;
  const globals = new Set(Object.getOwnPropertyNames(globalThis));
  const mod = await import('../../components/index');
  expect(typeof mod.Sidebar).toBe('function');
  expect(typeof mod.SIDEBAR_CSS).toBe('string');
  expect(document.documentElement.outerHTML).toBe(html);
  expect(Object.getOwnPropertyNames(globalThis).filter((k) => !globals.has(k))).toEqual([]);
});
