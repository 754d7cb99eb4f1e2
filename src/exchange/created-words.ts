/** What an import created, in words, for the CLI's report and the web app's (pure: the browser imports it). */
const CREATED_WORDS: Record<string, readonly [one: string, many: string]> = {
  incidents: ['incident', 'incidents'],
  acts: ['act', 'acts'],
  victimGroups: ['victim group', 'victim groups'],
  actors: ['actor', 'actors'],
  involvements: ['involvement', 'involvements'],
  sources: ['source', 'sources'],
  claims: ['claim', 'claims'],
  sites: ['site', 'sites'],
  qualifications: ['qualification', 'qualifications'],
  assessments: ['assessment', 'assessments'],
  contextEvents: ['context event', 'context events'],
};

/** "1 incident", "3 victim groups"; a kind nothing was made of is left out when `omitNone`. */
export function createdInWords(created: Readonly<Record<string, number>>, options: { omitNone?: boolean } = {}): string[] {
  return Object.entries(created)
    .filter(([, n]) => !options.omitNone || n > 0)
    .map(([key, n]) => {
      const [one, many] = CREATED_WORDS[key] ?? [key, key];
      return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
    });
}
