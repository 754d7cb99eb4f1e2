import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { LEGAL_CATALOGUE_VERSION, suggestedProvisions, TRANSLATED_CATALOGUE } from '../../qualifications/catalogue.js';
import { CONFLICT_TYPES, TARGET_OBJECTS, VOCABULARIES, VOCABULARY_VERSION } from '../../vocab/vocabularies.js';
import { readValueInWords, type ValueInWords } from '../../incidents/quick-entry.js';
import { problemResponses } from '../route-schema.js';

/** Reference data every client needs: vocabularies, the legal catalogue, and the gazetteer. */
export function referenceRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    api.get('/vocabularies', { schema: { tags: ['reference'], summary: 'The controlled vocabularies, versioned; each term labelled in English (label) and in every language of the web app (labels)' }, config: { access: { permission: 'signed-in' } } }, async () => ({
      version: VOCABULARY_VERSION,
      vocabularies: VOCABULARIES,
    }));

    api.get('/legal/provisions', { schema: { tags: ['reference'], summary: 'Rome Statute art. 7 and 8 provisions with their elements (our summaries), in English with translations into French and Arabic' }, config: { access: { permission: 'signed-in' } } }, async () => ({
      version: LEGAL_CATALOGUE_VERSION,
      provisions: TRANSLATED_CATALOGUE,
    }));

    api.get<{ Querystring: { target: (typeof TARGET_OBJECTS)[number]; conflictType: (typeof CONFLICT_TYPES)[number] } }>(
      '/legal/suggestions',
      {
        config: { access: { permission: 'signed-in' } },
        schema: {
          tags: ['reference'],
          summary: 'Provisions a target object suggests for a conflict type, with warnings where the Statute has a gap',
          querystring: {
            type: 'object',
            required: ['target', 'conflictType'],
            additionalProperties: false,
            properties: { target: { type: 'string', enum: [...TARGET_OBJECTS] }, conflictType: { type: 'string', enum: [...CONFLICT_TYPES] } },
          },
          response: problemResponses,
        },
      },
      async (request) => suggestedProvisions(request.query.target, request.query.conflictType),
    );

    // Any form's dates, places and figures typed in words, read without saving anything: reading touches no case.
    api.post<{ Body: { values: ValueInWords[] } }>(
      '/values/read',
      {
        config: { access: { permission: 'signed-in' } },
        schema: {
          tags: ['reference'],
          summary: 'Read dates ("mid-July 2016"), places ("‘Irbīn") and figures ("at least 14") typed in words, and say how each was read',
          body: {
            type: 'object',
            required: ['values'],
            additionalProperties: false,
            properties: {
              values: {
                type: 'array',
                maxItems: 100,
                items: {
                  type: 'object',
                  required: ['field', 'kind', 'text'],
                  additionalProperties: false,
                  properties: {
                    field: { type: 'string', minLength: 1, maxLength: 200, description: 'The form field, named back in the reading and in any error' },
                    kind: { type: 'string', enum: ['date', 'place', 'count'] },
                    text: { type: 'string', minLength: 1, maxLength: 500 },
                    anchor: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
                  },
                },
              },
            },
          },
          response: problemResponses,
        },
      },
      async (request) => {
        const gazetteer = await dossier.places();
        return { values: request.body.values.map((word) => ({ field: word.field, ...readValueInWords(word, gazetteer) })) };
      },
    );

    api.get<{ Querystring: { name: string; limit?: number; country?: string; world?: boolean } }>(
      '/places/search',
      {
        config: { access: { permission: 'signed-in' } },
        schema: {
          tags: ['places'],
          summary: 'Place candidates for a name in Latin or Arabic script, with P-codes, admin names and coordinates',
          querystring: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: {
              name: { type: 'string', minLength: 1, maxLength: 200 },
              limit: { type: 'integer', minimum: 1, maximum: 100 },
              country: { type: 'string', pattern: '^[A-Z]{2}$' },
              world: { type: 'boolean', description: 'Also search world cities (GeoNames)' },
            },
          },
          response: problemResponses,
        },
      },
      async (request) => {
        const gazetteer = await dossier.places();
        if (request.query.world) await gazetteer.loadWorldCities();
        return {
          items: gazetteer.search(request.query.name, {
            limit: request.query.limit ?? 10,
            ...(request.query.country ? { country: request.query.country } : {}),
            ...(request.query.world ? { includeWorld: true } : {}),
          }),
        };
      },
    );

    api.get<{ Querystring: { lat: number; lon: number } }>(
      '/places/admin',
      {
        config: { access: { permission: 'signed-in' } },
        schema: {
          tags: ['places'],
          summary: 'The governorate, district and named areas a point falls in',
          querystring: {
            type: 'object',
            required: ['lat', 'lon'],
            additionalProperties: false,
            properties: { lat: { type: 'number', minimum: -90, maximum: 90 }, lon: { type: 'number', minimum: -180, maximum: 180 } },
          },
          response: problemResponses,
        },
      },
      async (request) => (await dossier.places()).adminFor(request.query.lat, request.query.lon),
    );
  };
}
