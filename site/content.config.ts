// The book's chapters live in the top-level content/ folder, not in site/content/docs/.
// Starlight's docsLoader() only reads site/content/docs/, so the same glob is pointed at content/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
};
