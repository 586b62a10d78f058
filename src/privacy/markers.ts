import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/yamlFile.js';
import { findPersonalData } from './findings.js';
import type { RedactionKind } from './types.js';

/** The text that replaces one kind of personal data; it must not look like personal data itself. */
const markerSchema = z
  .string()
  .trim()
  .min(1)
  .refine((marker) => findPersonalData(marker).length === 0, 'a marker must not itself look like personal data');

/** content/privacy.yaml: for each kind of personal data, the marker that replaces it. */
export const markersSchema = z.strictObject({
  phone: markerSchema,
  email: markerSchema,
  insz: markerSchema,
  iban: markerSchema,
  address: markerSchema,
  name: markerSchema,
  birthdate: markerSchema,
  handle: markerSchema,
  school: markerSchema,
  class: markerSchema,
  plate: markerSchema,
  returnCode: markerSchema,
} satisfies Record<RedactionKind, typeof markerSchema>);

export type Markers = Readonly<Record<RedactionKind, string>>;

export const MARKERS_FILE = 'privacy.yaml';

export function loadMarkers(contentDir: string): Markers {
  return readYamlFile(join(contentDir, MARKERS_FILE), markersSchema);
}
