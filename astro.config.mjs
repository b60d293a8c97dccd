// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { earlyWorkerUrl, libOnDemand, pyCellsHast, pyCellsMdast } from './site/cells/build/index.ts';

export default defineConfig({
  srcDir: './site',
  server: { host: 'localhost' },
  vite: {
    // The kernel worker's bundle leaves kernel/lib's Python sources out: fetched when imported.
    worker: { plugins: () => [libOnDemand()] },
  },
  markdown: {
    // ```python cell fences become live cells; the build runs them on the kernel (site/cells/build/).
    processor: satteri({ mdastPlugins: [pyCellsMdast()], hastPlugins: [pyCellsHast()] }),
  },
  integrations: [
    starlight({
      title: 'Heapbook',
      description: 'How CPython manages memory, told with a kernel that emulates CPython 3.11.',
      sidebar: [
        {
          label: 'Chapters',
          items: [
            { label: 'Names and objects', link: '/names-and-objects/' },
            { label: 'Reference counting', link: '/reference-counting/' },
            { label: 'Caches and interning', link: '/caches-and-interning/' },
            { label: 'Objects and their sizes', link: '/objects-and-sizes/' },
            { label: 'The allocator', link: '/the-allocator/' },
            { label: 'Reference cycles and the collector', link: '/reference-cycles/' },
            { label: 'Generations and thresholds', link: '/generations/' },
            { label: 'Finalizers', link: '/finalizers/' },
            { label: 'Weak references', link: '/weak-references/' },
            { label: 'Measuring memory', link: '/measuring-memory/' },
            { label: 'Writing memory-lean Python', link: '/writing-memory-lean-python/' },
            { label: 'How versions differ', link: '/how-versions-differ/' },
          ],
        },
      ],
      components: { MarkdownContent: './site/components/MarkdownContent.astro' },
      customCss: ['./site/styles/cells.css'],
    }),
    // After starlight(): Starlight adds its own mdx() only when none is configured.
    mdx(),
    // The pages start the kernel's worker early (site/components/KernelWorker.astro): its URL.
    earlyWorkerUrl(),
  ],
});
