import type { GeneratedFile } from '../core-types';
import { type SessionFile, SessionFolder } from './session-folder';

/** Generated files stay available for this long, then the shell must ask for a new one. */
export const FILE_TTL_MS = 60 * 60_000;

interface Entry extends SessionFile {
  mime: string;
}

/** Generated documents waiting to be delivered, each to the session that asked for it. */
export class FileStore extends SessionFolder<Entry> {
  constructor(dir: string, now: () => Date) {
    super(dir, now, FILE_TTL_MS);
  }

  add(bytes: Buffer, fileName: string, mime: string, ownerToken: string | null): GeneratedFile {
    const { id, path } = this.put(bytes, { mime }, fileName, ownerToken);
    return { id, path, fileName, mime };
  }

  get(id: string, token: string | null): GeneratedFile | null {
    const e = this.find(id, token);
    return e ? { id: e.id, path: e.path, fileName: e.fileName, mime: e.mime } : null;
  }
}
