import { type Answer, type Args, SlackFailure } from './workspace.js';

/** A file a person shared with the bot, as Slack keeps it behind `url_private`. */
export interface SharedFile {
  id: string;
  name: string;
  mimetype: string;
  content: Buffer;
  /** What Slack reports as the size; the real size unless a test says otherwise. */
  size: number;
  user: string;
}

/** Files people shared: `files.info` describes them, the private URL serves them to the bot token only. */
export class SharedFiles {
  readonly files = new Map<string, SharedFile>();
  /** Private downloads served, by file id: what the bot fetched. */
  readonly downloads: string[] = [];

  add(file: Omit<SharedFile, 'id' | 'size'> & { size?: number }): SharedFile {
    const id = `FU${String(this.files.size + 1).padStart(8, '0')}`;
    const shared = { ...file, id, size: file.size ?? file.content.length };
    this.files.set(id, shared);
    return shared;
  }

  /** The file object of Slack's events and `files.info`, with its private URLs. */
  describe(file: SharedFile, baseUrl: string): Answer {
    const url = `${baseUrl}files-pri/${file.id}/${encodeURIComponent(file.name)}`;
    return {
      id: file.id,
      name: file.name,
      title: file.name,
      mimetype: file.mimetype,
      filetype: file.name.split('.').pop() ?? '',
      size: file.size,
      user: file.user,
      url_private: url,
      url_private_download: `${url}?download=1`,
    };
  }

  info(args: Args, baseUrl: string): Answer {
    const file = this.files.get(String(args.file ?? ''));
    if (!file) throw new SlackFailure('file_not_found');
    return { file: this.describe(file, baseUrl) };
  }

  /** The bytes behind a private URL path (`<id>/<name>`), or null when there is no such file. */
  download(path: string): Buffer | null {
    const id = path.split('/')[0] ?? '';
    const file = this.files.get(id);
    if (!file) return null;
    this.downloads.push(id);
    return file.content;
  }
}
