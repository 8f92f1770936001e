// `node dist/build/lexicon.js`: saves the Thai word trie (libthai's word list and the official
// terms) to dist/thai-lexicon.bin (run by `npm run build`), so a process loads it instead of
// building it (thai/trie.ts).
import path from 'node:path';
import { writeFileAtomic } from '../io/output.js';
import { LEXICON_FILE, lexiconKey, lexiconWords } from '../thai/dictionary.js';
import { Trie } from '../thai/trie.js';

const t0 = performance.now();
const trie = Trie.build(lexiconWords());
writeFileAtomic(LEXICON_FILE, trie.toBytes(lexiconKey()));
console.log(`Thai lexicon saved in ${path.relative(process.cwd(), LEXICON_FILE)} (${(performance.now() - t0).toFixed(0)} ms): ${trie.chars.length} nodes`);
