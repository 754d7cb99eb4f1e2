import type { Command } from 'commander';
import { Gazetteer } from '../../places/gazetteer.js';
import { print, table } from '../context.js';

export function registerPlace(program: Command): void {
  const place = program.command('place').description('the gazetteer: Syrian places with OCHA P-codes, and world cities');
  place
    .command('search')
    .description('candidates for a place name in any spelling, Latin or Arabic')
    .argument('<name...>', 'the name')
    .option('--limit <n>', 'how many candidates (default 10)', '10')
    .option('--world', 'also search world cities (GeoNames)')
    .action(async (words: string[], options: { limit: string; world?: boolean }, command: Command) => {
      // The gazetteer ships with the program: no data directory needed.
      const gazetteer = await Gazetteer.load();
      if (options.world) await gazetteer.loadWorldCities();
      const name = words.join(' ');
      const found = gazetteer.search(name, { limit: Number(options.limit) || 10, ...(options.world ? { includeWorld: true } : {}) });
      print(command, found, () =>
        found.length === 0
          ? `No place matches "${name}".`
          : table([
              ['P-CODE', 'NAME', 'ARABIC', 'ADMIN2', 'ADMIN1', 'LAT', 'LON', 'MATCHED'],
              ...found.map((c) => [
                c.pcode ?? c.namedArea ?? c.countryCode,
                c.name,
                c.nameAr ?? '',
                c.admin2 ? `${c.admin2.name} ${c.admin2.pcode}` : '',
                c.admin1 ? `${c.admin1.name} ${c.admin1.pcode}` : '',
                c.lat?.toFixed(4) ?? '',
                c.lon?.toFixed(4) ?? '',
                `${c.matchedBy}: ${c.matchedName}`,
              ]),
            ]),
      );
    });
}
