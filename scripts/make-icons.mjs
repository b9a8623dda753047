#!/usr/bin/env node
// Renders resources/icon.svg into the icon files the app ships, next to it in resources/:
//   icon.png   512 px: the Linux window icon and the browser's favicon fallback
//   icon.ico   Windows window and executable icon
//   icon.icns  macOS application bundle icon
// Every size is rendered from the vector source rather than scaled down from one bitmap, so
// the small sizes stay sharp. Run after editing the SVG: npm run icons

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Icns, IcnsImage } from '@fiahfy/icns';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');
const SOURCE = path.join(RESOURCES, 'icon.svg');

// 20 and 40 are the 125 % DPI steps Electron's nativeImage documentation asks for in an ICO.
const ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256];

// Legacy RGB + mask entries for the small sizes, PNG for the rest, as Finder and the Dock read them.
const ICNS_ENTRIES = [
  ['is32', 16],
  ['s8mk', 16],
  ['il32', 32],
  ['l8mk', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

const svg = fs.readFileSync(SOURCE, 'utf8');
const rendered = new Map();

/** The icon as a PNG of size × size pixels. */
function png(size) {
  if (!rendered.has(size)) {
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
    if (image.width !== size || image.height !== size) {
      throw new Error(
        `icon.svg rendered at ${image.width}×${image.height}, expected ${size}×${size}: is it square?`,
      );
    }
    rendered.set(size, image.asPng());
  }
  return rendered.get(size);
}

function write(name, data) {
  fs.writeFileSync(path.join(RESOURCES, name), data);
  console.log(`resources/${name}  ${(data.length / 1024).toFixed(1)} KB`);
}

write('icon.png', png(512));
write('icon.ico', await pngToIco(ICO_SIZES.map(png)));

const icns = new Icns();
for (const [osType, size] of ICNS_ENTRIES) icns.append(IcnsImage.fromPNG(png(size), osType));
write('icon.icns', icns.data);
