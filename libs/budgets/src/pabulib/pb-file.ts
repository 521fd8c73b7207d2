/** A pabulib `.pb` file as read: META key/value pairs, PROJECTS and VOTES rows keyed by their header. */
export interface PbFile {
  meta: Record<string, string>;
  projects: Record<string, string>[];
  votes: Record<string, string>[];
}

export class PbFormatError extends Error {
  constructor(message: string) {
    super(`Not a valid .pb file: ${message}`);
    this.name = 'PbFormatError';
  }
}
