import { describe, expect, it } from 'vitest';
import { baseProgram } from './base-program.js';
import { buildProgram, COMMAND_MODULES } from './program.js';

describe('the command line loads only the command it runs', () => {
  it('names, for each module, exactly the top-level commands it registers', async () => {
    for (const module of COMMAND_MODULES) {
      const program = baseProgram();
      (await module.load())(program);
      expect(program.commands.map((command) => command.name()).sort()).toEqual([...module.names].sort());
    }
  });

  it('registers one module for a named command, and every module without one', async () => {
    expect((await buildProgram(['--data', 'x', 'add', 'folder', '--case', 'c'])).commands.map((command) => command.name())).toEqual(['add']);
    expect((await buildProgram(['member', 'list'])).commands.map((command) => command.name()).sort()).toEqual(['account', 'member']);
    const all = (await buildProgram(['--help'])).commands.map((command) => command.name());
    expect(all).toHaveLength(COMMAND_MODULES.flatMap((module) => module.names).length);
    // An unknown command gets every command listed, for commander to say what exists.
    expect((await buildProgram(['frobnicate'])).commands).toHaveLength(all.length);
  });
});
