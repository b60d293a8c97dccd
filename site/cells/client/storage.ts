/**
 * A reader's edits, kept in localStorage per page and cell. An edit remembers the code it was made
 * from: when the chapter's own code for the cell changes, the old edit no longer applies and is
 * dropped.
 */

interface Saved {
  original: string;
  source: string;
}

function key(index: number): string {
  return `heapbook:v1:${location.pathname}:cell${index}`;
}

/** The reader's edit of a cell, or null when there is none (or it was made from other code). */
export function loadEdit(index: number, original: string): string | null {
  try {
    const raw = localStorage.getItem(key(index));
    if (raw === null) return null;
    const saved = JSON.parse(raw) as Saved;
    if (saved.original === original && typeof saved.source === 'string') return saved.source;
    localStorage.removeItem(key(index));
  } catch {
    // Storage may be off (private browsing) or hold something else: then there is no edit.
  }
  return null;
}

/** Keeps an edit; an edit back to the original code removes it. */
export function saveEdit(index: number, original: string, source: string): void {
  try {
    if (source === original) localStorage.removeItem(key(index));
    else localStorage.setItem(key(index), JSON.stringify({ original, source } satisfies Saved));
  } catch {
    // Full or disabled storage: the edit lives as long as the page.
  }
}

export function clearEdit(index: number): void {
  try {
    localStorage.removeItem(key(index));
  } catch {
    // As above.
  }
}
