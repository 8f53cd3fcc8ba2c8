/**
 * The image catalogue: every image the simulated registries serve, checked against the schema when
 * the module loads, with each image's tags expanded. The one owner of image facts: the kubelet,
 * logs, exec, the traffic simulation and metrics all ask here.
 */
import { z } from 'zod';
import { imageFactsSchema, type ImageFacts } from './facts.js';
import { BASE_IMAGES } from './catalogue/bases.js';
import { COMMUNITY_IMAGES } from './catalogue/community.js';
import { KUBERNETES_IMAGES } from './catalogue/kubernetes.js';
import { SERVER_IMAGES } from './catalogue/servers.js';
import { WINDOWS_IMAGES } from './catalogue/windows.js';
import { expandTags } from './tags.js';

export interface CatalogueImage {
  readonly facts: ImageFacts;
  readonly tags: ReadonlySet<string>;
}

function load(): { images: readonly CatalogueImage[]; byName: ReadonlyMap<string, CatalogueImage> } {
  const entries = z
    .array(imageFactsSchema)
    .parse([...BASE_IMAGES, ...SERVER_IMAGES, ...KUBERNETES_IMAGES, ...COMMUNITY_IMAGES, ...WINDOWS_IMAGES]);
  const images = entries.map((facts) => ({ facts, tags: expandTags(facts) }));
  const byName = new Map<string, CatalogueImage>();
  for (const image of images)
    for (const name of [image.facts.name, ...image.facts.aliases]) {
      if (byName.has(name)) throw new Error(`image catalogue: ${name} listed twice`);
      byName.set(name, image);
    }
  return { images, byName };
}

const CATALOGUE = load();

export const CATALOGUE_IMAGES: readonly CatalogueImage[] = CATALOGUE.images;

export function catalogueImage(name: string): CatalogueImage | undefined {
  return CATALOGUE.byName.get(name);
}
