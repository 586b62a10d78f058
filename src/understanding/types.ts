/** Values the understanding layer produces; shared by dialogs, the knowledge base and the CLI. */
export type Qualification = 'diploma-so' | 'other-qualification' | 'none';
export type Wish = 'study' | 'work' | 'combine' | 'unsure';
export type SchoolStatus = 'at-school' | 'stopping' | 'stopped';
/** Where a young person lives, as far as the rules that differ care. */
export type RegionCode =
  | 'brussel'
  | 'antwerpen'
  | 'limburg'
  | 'oost-vlaanderen'
  | 'vlaams-brabant'
  | 'west-vlaanderen'
  | 'wallonie';

export const QUALIFICATIONS: readonly Qualification[] = ['diploma-so', 'other-qualification', 'none'];
export const WISHES: readonly Wish[] = ['study', 'work', 'combine', 'unsure'];
export const SCHOOL_STATUSES: readonly SchoolStatus[] = ['at-school', 'stopping', 'stopped'];
