/**
 * Web archives made by other tools taken into a case, on SQLite and PostgreSQL: verified first, refused
 * (leaving nothing) when they do not verify, kept with a note of what failed when the importer insists, and
 * their pages' text searchable by URL. Files are the shared test data's (test/fixtures/warc/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { searchEvidenceTexts } from '../src/db/evidence-text-index.js';
import { listEvidence } from '../src/evidence/evidence.js';
import { importWebArchive } from '../src/web-capture/import-web-archive.js';
import { newDossier, PROJECT_ROOT } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

const engines = await enginesUnderTest();
const fixture = (name: string) => path.join(PROJECT_ROOT, 'test/fixtures/warc', name);

describe.each(engines)('web archives imported on $name', (engine) => {
  let dossier: Dossier;
  const search = (text: string) => searchEvidenceTexts(dossier.database.db, dossier.database.engine, text, { caseIds: ['archives'], limit: 10 });

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, 'test:owner', { id: 'archives', title: 'Archived posts' });
  });
  afterAll(async () => {
    await dossier.close();
    await engine.dropAll();
    fs.rmSync(dossier.config.dataDir, { recursive: true, force: true });
  });

  it('takes in a signed WACZ once it verifies, and finds its page by its words', async () => {
    const result = await importWebArchive(dossier, 'test:analyst', fixture('webrecorder-py-wacz/valid_signed_example_1.wacz'), 'archives');
    expect(result).toMatchObject({ kind: 'wacz', valid: true, signature: 'verified', records: 4, pagesIndexed: 1, errors: [] });
    const entry = await dossier.ledger.entry(result.ledgerSeq);
    expect(entry.details.provenance).toEqual({ webArchive: { kind: 'wacz', valid: true, errorCodes: [], signature: 'verified', records: 4, pages: 1 } });
    expect(await search('illustrative examples')).toEqual([expect.objectContaining({ evidenceId: result.item.id, origin: 'web-archive', locator: 'https://example.com/' })]);
    // Taken in again: a second intake, and the same one hit.
    const again = await importWebArchive(dossier, 'test:analyst', fixture('webrecorder-py-wacz/valid_signed_example_1.wacz'), 'archives');
    expect(again).toMatchObject({ duplicate: true, item: { id: result.item.id } });
    expect(await search('illustrative examples')).toHaveLength(1);
    const rows = await dossier.database.db.selectFrom('evidence_texts').select('id').where('evidence_id', '=', result.item.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('reads the text of a WARC page served chunked and compressed', async () => {
    const result = await importWebArchive(dossier, 'test:analyst', fixture('webrecorder-warcio/example-iana.org-chunked.warc'), 'archives');
    expect(result).toMatchObject({ kind: 'warc', valid: true, signature: 'not-applicable', records: 3, pagesIndexed: 1 });
    expect((await search('Internet Assigned Numbers Authority')).map((hit) => [hit.evidenceId, hit.locator])).toEqual([[result.item.id, 'http://www.iana.org/']]);
  });

  it('refuses an archive that does not verify, naming what failed and leaving nothing, unless told to keep it', async () => {
    const before = { items: (await listEvidence(dossier, { caseId: 'archives' })).length, ledger: await dossier.ledger.currentSize() };
    for (const name of ['webrecorder-warcio/example-digest.warc', 'webrecorder-py-wacz/invalid_signed_example_1.wacz', 'webrecorder-warcio/example-bad-non-chunked.warc.gz']) {
      await expect(importWebArchive(dossier, 'test:analyst', fixture(name), 'archives'), name).rejects.toMatchObject({ code: 'WEB_ARCHIVE_INVALID', details: { field: 'path' } });
    }
    expect({ items: (await listEvidence(dossier, { caseId: 'archives' })).length, ledger: await dossier.ledger.currentSize() }).toEqual(before);
    const kept = await importWebArchive(dossier, 'test:analyst', fixture('webrecorder-warcio/example-digest.warc'), 'archives', { acceptInvalid: true });
    expect(kept).toMatchObject({ valid: false, errors: [expect.objectContaining({ code: 'PAYLOAD_DIGEST_MISMATCH' })] });
    expect((await dossier.ledger.entry(kept.ledgerSeq)).details.provenance).toMatchObject({ webArchive: { valid: false, errorCodes: ['PAYLOAD_DIGEST_MISMATCH'] } });
  });

  it('refuses what is not a web archive by its name, and a file that is not there', async () => {
    await expect(importWebArchive(dossier, 'test:analyst', fixture('ORIGIN.md'), 'archives')).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'path' } });
    await expect(importWebArchive(dossier, 'test:analyst', fixture('nothing.wacz'), 'archives')).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'path' } });
  });
});
