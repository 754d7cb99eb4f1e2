import { pathBytes, pathText } from '../src/evidence/path-text.js';
const b = new Uint8Array([]);
try { console.log(JSON.stringify(pathText(b)), pathBytes(pathText(b)).equals(Buffer.from(b))); } catch (e) { console.log('ERR', e); }
