// Module suffixes electron-vite understands in the main process (e.g. `./worker?modulePath`).
/// <reference types="electron-vite/node" />
