/**
 * The sidebar's filter box: fuse.js token search over each item's passages, outlets, kind and summary.
 * Every word typed must match somewhere in the item (tokenMatch 'all'), so adding a word narrows the list,
 * and each word tolerates a typo.
 */
import Fuse from 'fuse.js';
import { kindLabel } from './kinds';
import type { SidebarItem } from './items';

interface FilterRecord {
  key: string;
  text: string[];
  outlets: string[];
  kind: string;
}

function recordOf(item: SidebarItem): FilterRecord {
  if (item.type === 'addition') {
    return { key: item.key, text: [item.addition.text], outlets: item.addition.outlets, kind: 'addition' };
  }
  if (item.type === 'divergence') {
    const d = item.divergence;
    return { key: item.key, text: [d.page.text, d.other.text, d.summary], outlets: [d.other.outlet], kind: kindLabel(d.kind) };
  }
  return { key: item.key, text: [], outlets: item.outlet ? [item.outlet] : [], kind: 'match' };
}

/** Builds a matcher over `items`; the returned function gives the keys that match a query (all keys for a blank one). */
export function createItemFilter(items: readonly SidebarItem[]): (query: string) => Set<string> {
  const records = items.map(recordOf);
  const all = new Set(records.map((r) => r.key));
  const fuse = new Fuse(records, {
    keys: [
      { name: 'text', weight: 1 },
      { name: 'outlets', weight: 1 },
      { name: 'kind', weight: 0.5 },
    ],
    useTokenSearch: true,
    tokenMatch: 'all',
    ignoreLocation: true,
    threshold: 0.3,
  });
  return (query: string) => {
    const q = query.trim();
    if (q === '') return all;
    return new Set(fuse.search(q).map((r) => r.item.key));
  };
}
