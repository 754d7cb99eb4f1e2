import { ExifTool } from 'exiftool-vendored';
const et = new ExifTool({ maxProcs: 1 });
console.log(JSON.stringify(await et.readRaw('/tmp/t.jpg', ['-n', '-G'])).slice(0, 1500));
console.log(await et.version());
await et.end();
