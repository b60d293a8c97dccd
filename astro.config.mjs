// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';

export default defineConfig({
  srcDir: './site',
  server: { host: 'localhost' },
  integrations: [
    starlight({
      title: 'Heapbook',
      description: 'How CPython manages memory, told with a kernel that emulates CPython 3.11.',
      sidebar: [
        { label: 'Chapters', items: [{ label: 'Objects and references', link: '/objects-and-references/' }] },
      ],
    }),
    // After starlight(): Starlight adds its own mdx() only when none is configured.
    mdx(),
  ],
});
