export { createI18n, lookupUnit, type UnitText } from './instance.js';
export { loadSiteResources } from './load.js';
export {
  type CodeRef,
  decodeResource,
  encodeResource,
  escapeResourceText,
  type ResourcePart,
} from './markup.js';
export {
  buildResources,
  type LocaleFile,
  type Resources,
  type SiteResources,
  UI_NAMESPACE,
  type UnitInfo,
} from './resources.js';
export { type JsUnit, readWithXliffPackage, toParts } from './xliff-js.js';
