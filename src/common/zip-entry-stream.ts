import type yauzl from 'yauzl';

/**
 * Opens a ZIP entry's bytes. yauzl's entry stream can emit an error after whoever was reading it has given
 * up (an entry that inflates past its declared size fails once in the inflater and once in its size check);
 * an 'error' with no listener ends the process, so a listener stays on it for good. Readers still see the
 * first error through their own iteration or pipeline.
 */
export function openZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream & AsyncIterable<Uint8Array>> {
  // A fault yauzl throws rather than calls back (an unknown compression method) rejects the promise too.
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      stream.on('error', () => undefined);
      resolve(stream as NodeJS.ReadableStream & AsyncIterable<Uint8Array>);
    }),
  );
}
