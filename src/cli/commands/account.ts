import type { Command } from 'commander';
import { createAccount, listAccounts, newOneTimePassword, resetPassword } from '../../access/accounts.js';
import { listMembers, setMember } from '../../access/members.js';
import { getCase } from '../../cases/cases.js';
import { print, table, withDossier } from '../context.js';

/**
 * Accounts and memberships, managed on the data directory itself: whoever can run this holds the files
 * already, so it is the way back in when the last administrator is locked out.
 */
export function registerAccount(program: Command): void {
  const account = program.command('account').description('accounts of the web server and API (acting on the local data directory)');
  account
    .command('create')
    .description('create an account with a one-time password, printed once')
    .argument('<username>')
    .option('--name <display>', 'the name shown to others')
    .option('--admin', 'an instance administrator (manages accounts, sees no case it is not a member of)')
    .action(async (username: string, options: { name?: string; admin?: boolean }, command: Command) => {
      const password = newOneTimePassword();
      const created = await withDossier(command, (d) =>
        createAccount(d.database.db, d.config.actor, { username, password, ...(options.name ? { displayName: options.name } : {}), isAdmin: options.admin === true, mustChangePassword: true }),
      );
      print(command, { ...created, oneTimePassword: password }, () => `Created ${created.username}. One-time password (shown once; to be changed at first sign-in): ${password}`);
    });
  account
    .command('list')
    .description('list accounts')
    .action(async (_options: unknown, command: Command) => {
      const accounts = await withDossier(command, (d) => listAccounts(d.database.db));
      print(command, accounts, () => table([['USERNAME', 'NAME', 'ADMIN', 'TOTP', 'CREATED'], ...accounts.map((a) => [a.username, a.displayName, a.isAdmin ? 'yes' : '', a.totp ? 'yes' : '', a.createdAt])]));
    });
  account
    .command('reset-password')
    .description('give an account a new one-time password: unlocks it and ends its sessions')
    .argument('<username>')
    .action(async (username: string, _options: unknown, command: Command) => {
      const password = newOneTimePassword();
      await withDossier(command, (d) => resetPassword(d.database.db, d.config.actor, username, password));
      print(command, { username, oneTimePassword: password }, () => `New one-time password for ${username} (shown once): ${password}`);
    });

  const member = program.command('member').description('who may do what in a case');
  member
    .command('set')
    .description('give an account a role in a case (owner, investigator, analyst, reviewer, external_counsel)')
    .argument('<case>')
    .argument('<username>')
    .argument('<role>')
    .action(async (caseId: string, username: string, role: string, _options: unknown, command: Command) => {
      const set = await withDossier(command, async (d) => {
        await getCase(d, caseId);
        return setMember(d.database.db, d.config.actor, caseId, username, role);
      });
      print(command, set, () => `${set.username} is now ${set.role} in ${caseId}.`);
    });
  member
    .command('list')
    .description('the members of a case and their roles')
    .argument('<case>')
    .action(async (caseId: string, _options: unknown, command: Command) => {
      const members = await withDossier(command, async (d) => {
        await getCase(d, caseId);
        return listMembers(d.database.db, caseId);
      });
      print(command, members, () => table([['USERNAME', 'ROLE', 'SINCE', 'BY'], ...members.map((m) => [m.username, m.role, m.grantedAt, m.grantedBy])]));
    });
}
