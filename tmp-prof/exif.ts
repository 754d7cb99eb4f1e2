import { ExifTool } from 'exiftool-vendored';
import fs from 'node:fs';
const et = new ExifTool({ maxProcs: 1 });
// a tiny JPEG: 1x1
const jpeg = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');
fs.writeFileSync('/tmp/t.jpg', jpeg);
await et.write('/tmp/t.jpg', { Make: 'Samsung', Model: 'SM-G930F', DateTimeOriginal: '2017:02:14 10:31:05', OffsetTimeOriginal: '+03:00', GPSLatitude: 33.5512, GPSLatitudeRef: 'N', GPSLongitude: 36.4061, GPSLongitudeRef: 'E', Software: 'G930FXXU1DQB3' } as never, { writeArgs: ['-overwrite_original'] });
const tags = await et.read('/tmp/t.jpg');
console.log(tags.Make, tags.Model, String(tags.DateTimeOriginal), tags.GPSLatitude, tags.GPSLongitude, tags.Software, tags.OffsetTimeOriginal);
await et.end();
