import { describe, expect, it } from 'vitest';
import { advance, batches, keptPath, splitBySent, startProgress } from './handover-batches.js';

const sized = (path: string, size: number) => ({ path, file: { size } });

describe('batches of a handed-over folder', () => {
  it('puts a few small files in one request, at most the file limit', () => {
    const files = Array.from({ length: 7 }, (_, i) => sized(`f${i}`, 10));
    expect(batches(files, { files: 3, bytes: 1000 }).map((b) => b.map((f) => f.path))).toEqual([['f0', 'f1', 'f2'], ['f3', 'f4', 'f5'], ['f6']]);
  });
  it('sends a file larger than the byte limit alone, and starts a new request before the limit is passed', () => {
    const files = [sized('small-1', 40), sized('small-2', 40), sized('video', 5000), sized('small-3', 70), sized('small-4', 40)];
    expect(batches(files, { files: 10, bytes: 100 }).map((b) => b.map((f) => f.path))).toEqual([['small-1', 'small-2'], ['video'], ['small-3'], ['small-4']]);
  });
  it('makes no request for no files', () => {
    expect(batches([], { files: 3, bytes: 100 })).toEqual([]);
  });
});

describe('telling what was sent after a failed request', () => {
  it('finds the files the handover already holds, by the path as the server keeps it', () => {
    const batch = [sized('usb/a.txt', 1), sized('usb/b\\c.txt', 1), sized('usb/d.txt', 1)];
    const { sent, unsent } = splitBySent(batch, ['usb/a.txt', 'usb/b\\\\c.txt', 'other/x.txt']);
    expect(sent.map((f) => f.path)).toEqual(['usb/a.txt', 'usb/b\\c.txt']);
    expect(unsent.map((f) => f.path)).toEqual(['usb/d.txt']);
    expect(keptPath('a\\b')).toBe('a\\\\b');
  });
});

describe('progress of a handover', () => {
  it('counts files and bytes finished against the whole', () => {
    const files = [sized('a', 100), sized('b', 50), sized('c', 850)];
    const start = startProgress(files);
    expect(start).toEqual({ filesDone: 0, filesTotal: 3, bytesDone: 0, bytesTotal: 1000 });
    expect(advance(start, files.slice(0, 2))).toEqual({ filesDone: 2, filesTotal: 3, bytesDone: 150, bytesTotal: 1000 });
  });
});
