// Debian's chromium, as every browser test launches it: through playwright-core, no browser download.
import { chromium, type Browser } from 'playwright-core';
import { findTool } from './helpers.js';

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: findTool('chromium'), args: ['--no-sandbox'] });
