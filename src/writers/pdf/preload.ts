// What must happen before the PDF libraries (pdfmake, pdfkit, fontkit, linebreak) load, so this
// is the PDF writer's first import: their Unicode tables inflate with zlib (fast-inflate.ts), and
// the modules they load but saraban never uses wait until something uses them (deferred.ts).
import { defer } from '../../deferred.js';
import { installFastInflate } from './fast-inflate.js';

installFastInflate();
defer('pdf');
