/** Starlight's colour scheme (the `data-theme` attribute of <html>), and changes to it. */

export type Scheme = 'light' | 'dark';

export function currentScheme(): Scheme {
  return document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
}

export function onSchemeChange(f: (s: Scheme) => void): void {
  new MutationObserver(() => f(currentScheme())).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
