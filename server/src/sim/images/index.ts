/** The image catalogue and the registries' behaviour: the one place that knows images. */
export { lookupImage, serverProgram, servesWith, type ImageInfo, type ImageLookup } from './lookup.js';
export { parseReference, sameImage, type ImageRef } from './reference.js';
export { accessDenied, goDuration, imageInfo, pullImage, pullMillis, type PullResult } from './pull.js';
export { CATALOGUE_IMAGES, type CatalogueImage } from './catalogue.js';
export { USERLAND_BINARIES, OS_RELEASE, osBinaries, shellOf } from './os.js';
export type { Behaviour, HttpFacts, ImageFacts, OperatingSystem, Userland } from './facts.js';
export { registryCredentials, type RegistryCredentials } from './credentials.js';
