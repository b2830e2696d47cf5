/** The server of {@link startStaticServer}. */
export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  /** The path of every request received, in order. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** Serves the files under `root` (index.html for directories, 204 for a missing favicon, 404 for the rest) on 127.0.0.1. */
export function startStaticServer(root: string): Promise<StaticServer>;
