/**
 * Which database engine Dossier runs on. In a file of its own so the migrations and the dialect specifics can
 * name it without importing database.ts, which runs the migrations.
 */
export type Engine = 'sqlite' | 'postgres';
